// One row per Asymptote compile, whether of generated code or of code a user pasted.
import { allRows, fromFlag, fromJson, getReturnedRow, getRow, newId, toFlag, toJson, type Database } from './sql.ts';

export interface CompileRow {
  id: string;
  requestId: string;
  generationId: string | null; // null for 'render' requests
  codeSha256: string; // hex
  ok: boolean;
  timedOut: boolean;
  cached: boolean; // served from the compile cache, no asy process ran
  exitCode: number | null;
  error: unknown; // parsed error_json, null when none
  durationMs: number;
  pngPath: string | null;
  pngBytes: number | null;
  pngSha256: string | null;
  createdAtMs: number;
}

export interface RecordCompileInput {
  id?: string;
  requestId: string;
  generationId?: string | null;
  codeSha256: string;
  ok: boolean;
  timedOut?: boolean; // default false
  cached?: boolean; // default false
  exitCode?: number | null;
  error?: unknown; // stored as JSON
  durationMs: number;
  pngPath?: string | null;
  pngBytes?: number | null;
  pngSha256?: string | null;
  createdAtMs?: number;
}

interface StoredCompile extends Omit<CompileRow, 'ok' | 'timedOut' | 'cached' | 'error'> {
  ok: number;
  timedOut: number;
  cached: number;
  errorJson: string | null;
}

const COLUMNS = `id, request_id AS requestId, generation_id AS generationId, code_sha256 AS codeSha256, ok,
  timed_out AS timedOut, cached, exit_code AS exitCode, error_json AS errorJson, duration_ms AS durationMs,
  png_path AS pngPath, png_bytes AS pngBytes, png_sha256 AS pngSha256, created_at_ms AS createdAtMs`;

function toCompileRow({ errorJson, ...stored }: StoredCompile): CompileRow {
  return {
    ...stored,
    ok: fromFlag(stored.ok),
    timedOut: fromFlag(stored.timedOut),
    cached: fromFlag(stored.cached),
    error: fromJson(errorJson),
  };
}

export function recordCompile(db: Database, input: RecordCompileInput): CompileRow {
  const stored = getReturnedRow<StoredCompile>(
    db,
    'recordCompile',
    `INSERT INTO compiles (id, request_id, generation_id, code_sha256, ok, timed_out, cached, exit_code, error_json,
       duration_ms, png_path, png_bytes, png_sha256, created_at_ms)
     VALUES (@id, @requestId, @generationId, @codeSha256, @ok, @timedOut, @cached, @exitCode, @errorJson,
       @durationMs, @pngPath, @pngBytes, @pngSha256, @createdAtMs)
     RETURNING ${COLUMNS}`,
    {
      id: input.id ?? newId(),
      requestId: input.requestId,
      generationId: input.generationId ?? null,
      codeSha256: input.codeSha256,
      ok: toFlag(input.ok),
      timedOut: toFlag(input.timedOut ?? false),
      cached: toFlag(input.cached ?? false),
      exitCode: input.exitCode ?? null,
      errorJson: toJson(input.error),
      durationMs: Math.round(input.durationMs),
      pngPath: input.pngPath ?? null,
      pngBytes: input.pngBytes ?? null,
      pngSha256: input.pngSha256 ?? null,
      createdAtMs: input.createdAtMs ?? Date.now(),
    },
  );
  return toCompileRow(stored);
}

export function getCompile(db: Database, id: string): CompileRow | undefined {
  const stored = getRow<StoredCompile>(db, 'getCompile', `SELECT ${COLUMNS} FROM compiles WHERE id = @id`, { id });
  return stored === undefined ? undefined : toCompileRow(stored);
}

/** Oldest first. */
export function listCompilesForRequest(db: Database, requestId: string): CompileRow[] {
  return allRows<StoredCompile>(
    db,
    'listCompilesForRequest',
    `SELECT ${COLUMNS} FROM compiles WHERE request_id = @requestId ORDER BY created_at_ms, rowid`,
    { requestId },
  ).map(toCompileRow);
}
