// Votes and teacher fixes on generations: the raw material of the nightly dataset fold.
import { allRows, getReturnedRow, getRow, newId, type Database } from './sql.ts';
import type { RequestKind, RequestPlatform } from './requests.ts';

export type FeedbackKind = 'vote' | 'fix';

export interface FeedbackRow {
  id: string;
  generationId: string;
  platform: RequestPlatform;
  platformUserId: string;
  kind: FeedbackKind;
  vote: 1 | -1 | null; // set when kind = 'vote'
  correctedCode: string | null; // set when kind = 'fix'
  createdAtMs: number;
  updatedAtMs: number; // later than createdAtMs once a vote was changed
}

interface FeedbackAuthor {
  id?: string;
  generationId: string;
  platform: RequestPlatform;
  platformUserId: string;
  atMs?: number; // default: now
}

export type RecordFeedbackInput =
  | (FeedbackAuthor & { kind: 'vote'; vote: 1 | -1 })
  | (FeedbackAuthor & { kind: 'fix'; correctedCode: string });

/** Feedback with what it is about, so the fold needs no further queries. */
export interface FeedbackWithContextRow extends FeedbackRow {
  requestId: string;
  requestKind: RequestKind;
  requestText: string;
  theme: string | null;
  modelId: string;
  generatedCode: string;
}

const COLUMNS = `id, generation_id AS generationId, platform, platform_user_id AS platformUserId, kind, vote,
  corrected_code AS correctedCode, created_at_ms AS createdAtMs, updated_at_ms AS updatedAtMs`;

/**
 * Stores a vote or a fix. A second vote by the same user on the same generation replaces the
 * first (keeping its id and createdAtMs); fixes always add a row.
 */
export function recordFeedback(db: Database, input: RecordFeedbackInput): FeedbackRow {
  const atMs = input.atMs ?? Date.now();
  return getReturnedRow<FeedbackRow>(
    db,
    'recordFeedback',
    `INSERT INTO feedback (id, generation_id, platform, platform_user_id, kind, vote, corrected_code, created_at_ms,
       updated_at_ms)
     VALUES (@id, @generationId, @platform, @platformUserId, @kind, @vote, @correctedCode, @atMs, @atMs)
     ON CONFLICT (generation_id, platform, platform_user_id) WHERE kind = 'vote'
       DO UPDATE SET vote = excluded.vote, updated_at_ms = excluded.updated_at_ms
     RETURNING ${COLUMNS}`,
    {
      id: input.id ?? newId(),
      generationId: input.generationId,
      platform: input.platform,
      platformUserId: input.platformUserId,
      kind: input.kind,
      vote: input.kind === 'vote' ? input.vote : null,
      correctedCode: input.kind === 'fix' ? input.correctedCode : null,
      atMs,
    },
  );
}

export function getFeedback(db: Database, id: string): FeedbackRow | undefined {
  return getRow<FeedbackRow>(db, 'getFeedback', `SELECT ${COLUMNS} FROM feedback WHERE id = @id`, { id });
}

// Windows are half-open, [sinceMs, untilMs), so a job can pass last run's untilMs as this run's
// sinceMs and see every row exactly once. Changed votes reappear because they key on updated_at_ms.
export function listFeedbackSince(
  db: Database,
  sinceMs: number,
  untilMs: number = Number.MAX_SAFE_INTEGER,
): FeedbackWithContextRow[] {
  return allRows<FeedbackWithContextRow>(
    db,
    'listFeedbackSince',
    `SELECT f.id, f.generation_id AS generationId, f.platform, f.platform_user_id AS platformUserId, f.kind, f.vote,
       f.corrected_code AS correctedCode, f.created_at_ms AS createdAtMs, f.updated_at_ms AS updatedAtMs,
       r.id AS requestId, r.kind AS requestKind, r.request_text AS requestText, r.theme,
       g.model_id AS modelId, g.code AS generatedCode
     FROM feedback f
     JOIN generations g ON g.id = f.generation_id
     JOIN requests r ON r.id = g.request_id
     WHERE f.updated_at_ms >= @sinceMs AND f.updated_at_ms < @untilMs
     ORDER BY f.updated_at_ms, f.id`,
    { sinceMs, untilMs },
  );
}

/** Votes and fixes created or changed in [sinceMs, now]; the retrain trigger's threshold check. */
export function countRecentFeedback(db: Database, sinceMs: number): number {
  const row = getRow<{ n: number }>(
    db,
    'countRecentFeedback',
    'SELECT count(*) AS n FROM feedback WHERE updated_at_ms >= @sinceMs',
    { sinceMs },
  );
  return row?.n ?? 0;
}
