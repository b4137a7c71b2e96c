// Background jobs (nightly fold, retrain, eval, rollback, corpus build). A running row doubles
// as a lock: the partial unique index jobs_one_running_per_kind lets one job of a kind run at once.
import { StorageError } from './errors.ts';
import { fromJson, getReturnedRow, getRow, newId, toJson, type Database } from './sql.ts';

export const JOB_KINDS = ['nightly', 'retrain', 'eval', 'rollback', 'corpus'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export type JobStatus = 'running' | 'succeeded' | 'failed';

export interface JobRow {
  id: string;
  kind: JobKind;
  status: JobStatus;
  triggeredBy: string; // 'schedule', or who ran it, e.g. 'cli:alice'
  detail: unknown; // parsed detail_json
  error: string | null;
  startedAtMs: number;
  finishedAtMs: number | null;
}

interface StoredJob extends Omit<JobRow, 'detail'> {
  detailJson: string | null;
}

const COLUMNS = `id, kind, status, triggered_by AS triggeredBy, detail_json AS detailJson, error,
  started_at_ms AS startedAtMs, finished_at_ms AS finishedAtMs`;

function toJobRow({ detailJson, ...stored }: StoredJob): JobRow {
  return { ...stored, detail: fromJson(detailJson) };
}

export function getJob(db: Database, id: string): JobRow | undefined {
  const stored = getRow<StoredJob>(db, 'getJob', `SELECT ${COLUMNS} FROM jobs WHERE id = @id`, { id });
  return stored === undefined ? undefined : toJobRow(stored);
}

export function getRunningJob(db: Database, kind: JobKind): JobRow | undefined {
  const stored = getRow<StoredJob>(
    db,
    'getRunningJob',
    `SELECT ${COLUMNS} FROM jobs WHERE kind = @kind AND status = 'running'`,
    { kind },
  );
  return stored === undefined ? undefined : toJobRow(stored);
}

/**
 * Records a job as running. Throws STORAGE_JOB_ALREADY_RUNNING when one of the same kind is
 * still running; if that one died without finishing, failJob it first.
 */
export function startJob(
  db: Database,
  input: { id?: string; kind: JobKind; triggeredBy: string; detail?: unknown; startedAtMs?: number },
): JobRow {
  const start = db.transaction(() => {
    const running = getRunningJob(db, input.kind);
    if (running !== undefined) {
      throw new StorageError(
        'STORAGE_JOB_ALREADY_RUNNING',
        `startJob: a ${input.kind} job (${running.id}, started at ${new Date(running.startedAtMs).toISOString()}) is still running`,
      );
    }
    return getReturnedRow<StoredJob>(
      db,
      'startJob',
      `INSERT INTO jobs (id, kind, triggered_by, detail_json, started_at_ms)
       VALUES (@id, @kind, @triggeredBy, @detailJson, @startedAtMs)
       RETURNING ${COLUMNS}`,
      {
        id: input.id ?? newId(),
        kind: input.kind,
        triggeredBy: input.triggeredBy,
        detailJson: toJson(input.detail),
        startedAtMs: input.startedAtMs ?? Date.now(),
      },
    );
  });
  // IMMEDIATE: check and insert under the write lock, so two processes cannot both pass the check.
  return toJobRow(start.immediate());
}

function endJob(
  db: Database,
  what: string,
  id: string,
  status: 'succeeded' | 'failed',
  error: string | null,
  options: { detail?: unknown; finishedAtMs?: number },
): JobRow {
  const stored = getRow<StoredJob>(
    db,
    what,
    `UPDATE jobs SET status = @status, error = @error, finished_at_ms = @finishedAtMs,
       detail_json = coalesce(@detailJson, detail_json)
     WHERE id = @id AND status = 'running'
     RETURNING ${COLUMNS}`,
    { id, status, error, detailJson: toJson(options.detail), finishedAtMs: options.finishedAtMs ?? Date.now() },
  );
  if (stored !== undefined) return toJobRow(stored);
  const existing = getJob(db, id);
  if (existing === undefined) throw new StorageError('STORAGE_NOT_FOUND', `${what}: no job with id ${id}`);
  throw new StorageError('STORAGE_INVALID_STATE', `${what}: job ${id} must be running, but it is ${existing.status}`);
}

/** `detail`, when given, replaces the detail recorded at start. */
export function finishJob(db: Database, id: string, options: { detail?: unknown; finishedAtMs?: number } = {}): JobRow {
  return endJob(db, 'finishJob', id, 'succeeded', null, options);
}

export function failJob(
  db: Database,
  id: string,
  error: string,
  options: { detail?: unknown; finishedAtMs?: number } = {},
): JobRow {
  return endJob(db, 'failJob', id, 'failed', error, options);
}
