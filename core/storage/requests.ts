// One row per user request, from arrival to reply.
import { StorageError } from './errors.ts';
import { allRows, getReturnedRow, getRow, newId, type Database } from './sql.ts';

export const REQUEST_PLATFORMS = ['discord', 'slack', 'console', 'cli', 'eval'] as const;
export type RequestPlatform = (typeof REQUEST_PLATFORMS)[number];
export const REQUEST_KINDS = ['diagram', 'render', 'regenerate', 'fix'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_STATUSES = ['queued', 'running', 'answered', 'failed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface RequestRow {
  id: string;
  platform: RequestPlatform;
  platformUserId: string;
  guildId: string | null;
  channelId: string | null;
  kind: RequestKind;
  requestText: string;
  theme: string | null;
  parentRequestId: string | null;
  status: RequestStatus;
  errorCode: string | null;
  createdAtMs: number;
  answeredAtMs: number | null;
}

export interface RecordRequestInput {
  id?: string; // default: a random UUID
  platform: RequestPlatform;
  platformUserId: string;
  guildId?: string | null;
  channelId?: string | null;
  kind: RequestKind;
  requestText: string;
  theme?: string | null;
  parentRequestId?: string | null;
  createdAtMs?: number; // default: now
}

const COLUMNS = `id, platform, platform_user_id AS platformUserId, guild_id AS guildId, channel_id AS channelId,
  kind, request_text AS requestText, theme, parent_request_id AS parentRequestId, status,
  error_code AS errorCode, created_at_ms AS createdAtMs, answered_at_ms AS answeredAtMs`;

export function recordRequest(db: Database, input: RecordRequestInput): RequestRow {
  return getReturnedRow<RequestRow>(
    db,
    'recordRequest',
    `INSERT INTO requests (id, platform, platform_user_id, guild_id, channel_id, kind, request_text, theme,
       parent_request_id, created_at_ms)
     VALUES (@id, @platform, @platformUserId, @guildId, @channelId, @kind, @requestText, @theme,
       @parentRequestId, @createdAtMs)
     RETURNING ${COLUMNS}`,
    {
      id: input.id ?? newId(),
      platform: input.platform,
      platformUserId: input.platformUserId,
      guildId: input.guildId ?? null,
      channelId: input.channelId ?? null,
      kind: input.kind,
      requestText: input.requestText,
      theme: input.theme ?? null,
      parentRequestId: input.parentRequestId ?? null,
      createdAtMs: input.createdAtMs ?? Date.now(),
    },
  );
}

export function getRequest(db: Database, id: string): RequestRow | undefined {
  return getRow<RequestRow>(db, 'getRequest', `SELECT ${COLUMNS} FROM requests WHERE id = @id`, { id });
}

// Allowed moves: queued -> running, and queued|running -> answered|failed. Finished rows stay finished.
function finishOrStart(
  db: Database,
  what: string,
  id: string,
  to: RequestStatus,
  from: readonly RequestStatus[],
  errorCode: string | null,
  atMs: number | null,
): RequestRow {
  const row = getRow<RequestRow>(
    db,
    what,
    `UPDATE requests SET status = @to, error_code = @errorCode, answered_at_ms = @atMs
     WHERE id = @id AND status IN (SELECT value FROM json_each(@from))
     RETURNING ${COLUMNS}`,
    { id, to, errorCode, atMs, from: JSON.stringify(from) },
  );
  if (row !== undefined) return row;
  const existing = getRequest(db, id);
  if (existing === undefined) throw new StorageError('STORAGE_NOT_FOUND', `${what}: no request with id ${id}`);
  throw new StorageError(
    'STORAGE_INVALID_STATE',
    `${what}: request ${id} must be ${from.join(' or ')} to become ${to}, but it is ${existing.status}`,
  );
}

export function markRequestRunning(db: Database, id: string): RequestRow {
  return finishOrStart(db, 'markRequestRunning', id, 'running', ['queued'], null, null);
}

export function markRequestAnswered(db: Database, id: string, atMs: number = Date.now()): RequestRow {
  return finishOrStart(db, 'markRequestAnswered', id, 'answered', ['queued', 'running'], null, atMs);
}

/** `errorCode` is the stable code of the error the user was shown, e.g. 'COMPILE_TIMEOUT'. */
export function markRequestFailed(db: Database, id: string, errorCode: string, atMs: number = Date.now()): RequestRow {
  return finishOrStart(db, 'markRequestFailed', id, 'failed', ['queued', 'running'], errorCode, atMs);
}

/** Requests by one user at or after `sinceMs`; the rate limiter's query. */
export function countRecentRequests(
  db: Database,
  query: { platform: RequestPlatform; platformUserId: string; sinceMs: number },
): number {
  const row = getRow<{ n: number }>(
    db,
    'countRecentRequests',
    `SELECT count(*) AS n FROM requests
     WHERE platform = @platform AND platform_user_id = @platformUserId AND created_at_ms >= @sinceMs`,
    query,
  );
  return row?.n ?? 0;
}

/**
 * Start-up recovery: marks every queued or running request of `platforms` created before `beforeMs` as failed
 * with `errorCode` (e.g. 'INTERRUPTED'), since the process that was answering them died. Scoped by platform and
 * time so a bot starting beside another one never fails that one's live requests. Returns the ids it marked.
 */
export function failUnfinishedRequests(
  db: Database,
  query: { platforms: readonly RequestPlatform[]; beforeMs: number; errorCode: string; atMs?: number },
): string[] {
  return allRows<{ id: string }>(
    db,
    'failUnfinishedRequests',
    `UPDATE requests SET status = 'failed', error_code = @errorCode, answered_at_ms = @atMs
     WHERE status IN ('queued', 'running') AND created_at_ms < @beforeMs
       AND platform IN (SELECT value FROM json_each(@platforms))
     RETURNING id`,
    {
      platforms: JSON.stringify(query.platforms),
      beforeMs: query.beforeMs,
      errorCode: query.errorCode,
      atMs: query.atMs ?? Date.now(),
    },
  ).map((row) => row.id);
}
