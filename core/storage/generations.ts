// What a model produced for a request; one row per attempt.
import { allRows, getReturnedRow, getRow, newId, type Database } from './sql.ts';

export interface GenerationRow {
  id: string;
  requestId: string;
  modelId: string;
  attempt: number; // 1 = first try
  code: string;
  promptTokens: number | null;
  outputTokens: number | null;
  durationMs: number;
  createdAtMs: number;
}

export interface RecordGenerationInput {
  id?: string;
  requestId: string;
  modelId: string;
  attempt?: number; // default: one more than the request's last attempt
  code: string;
  promptTokens?: number | null;
  outputTokens?: number | null;
  durationMs: number;
  createdAtMs?: number;
}

const COLUMNS = `id, request_id AS requestId, model_id AS modelId, attempt, code, prompt_tokens AS promptTokens,
  output_tokens AS outputTokens, duration_ms AS durationMs, created_at_ms AS createdAtMs`;

export function recordGeneration(db: Database, input: RecordGenerationInput): GenerationRow {
  return getReturnedRow<GenerationRow>(
    db,
    'recordGeneration',
    `INSERT INTO generations (id, request_id, model_id, attempt, code, prompt_tokens, output_tokens, duration_ms,
       created_at_ms)
     VALUES (@id, @requestId, @modelId,
       coalesce(@attempt, (SELECT coalesce(max(attempt), 0) + 1 FROM generations WHERE request_id = @requestId)),
       @code, @promptTokens, @outputTokens, @durationMs, @createdAtMs)
     RETURNING ${COLUMNS}`,
    {
      id: input.id ?? newId(),
      requestId: input.requestId,
      modelId: input.modelId,
      attempt: input.attempt ?? null,
      code: input.code,
      promptTokens: input.promptTokens ?? null,
      outputTokens: input.outputTokens ?? null,
      durationMs: Math.round(input.durationMs),
      createdAtMs: input.createdAtMs ?? Date.now(),
    },
  );
}

export function getGeneration(db: Database, id: string): GenerationRow | undefined {
  return getRow<GenerationRow>(db, 'getGeneration', `SELECT ${COLUMNS} FROM generations WHERE id = @id`, { id });
}

/** Oldest attempt first. */
export function listGenerationsForRequest(db: Database, requestId: string): GenerationRow[] {
  return allRows<GenerationRow>(
    db,
    'listGenerationsForRequest',
    `SELECT ${COLUMNS} FROM generations WHERE request_id = @requestId ORDER BY attempt`,
    { requestId },
  );
}
