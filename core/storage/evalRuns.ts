// Offline evaluation results: one row per (model, eval set) run. Rates are fractions in [0, 1].
import { allRows, getReturnedRow, getRow, newId, type Database } from './sql.ts';

export interface EvalRunRow {
  id: string;
  modelId: string;
  jobId: string | null;
  setName: string;
  n: number; // prompts evaluated
  compileRate: number;
  nonBlankRate: number;
  labelRecall: number;
  predicatePassRate: number;
  p50Ms: number; // generation + compile latency percentiles
  p95Ms: number;
  reportPath: string | null;
  createdAtMs: number;
}

export interface RecordEvalRunInput extends Omit<EvalRunRow, 'id' | 'jobId' | 'reportPath' | 'createdAtMs'> {
  id?: string;
  jobId?: string | null;
  reportPath?: string | null;
  createdAtMs?: number;
}

const COLUMNS = `id, model_id AS modelId, job_id AS jobId, set_name AS setName, n, compile_rate AS compileRate,
  non_blank_rate AS nonBlankRate, label_recall AS labelRecall, predicate_pass_rate AS predicatePassRate,
  p50_ms AS p50Ms, p95_ms AS p95Ms, report_path AS reportPath, created_at_ms AS createdAtMs`;

export function recordEvalRun(db: Database, input: RecordEvalRunInput): EvalRunRow {
  return getReturnedRow<EvalRunRow>(
    db,
    'recordEvalRun',
    `INSERT INTO eval_runs (id, model_id, job_id, set_name, n, compile_rate, non_blank_rate, label_recall,
       predicate_pass_rate, p50_ms, p95_ms, report_path, created_at_ms)
     VALUES (@id, @modelId, @jobId, @setName, @n, @compileRate, @nonBlankRate, @labelRecall,
       @predicatePassRate, @p50Ms, @p95Ms, @reportPath, @createdAtMs)
     RETURNING ${COLUMNS}`,
    {
      id: input.id ?? newId(),
      modelId: input.modelId,
      jobId: input.jobId ?? null,
      setName: input.setName,
      n: input.n,
      compileRate: input.compileRate,
      nonBlankRate: input.nonBlankRate,
      labelRecall: input.labelRecall,
      predicatePassRate: input.predicatePassRate,
      p50Ms: input.p50Ms,
      p95Ms: input.p95Ms,
      reportPath: input.reportPath ?? null,
      createdAtMs: input.createdAtMs ?? Date.now(),
    },
  );
}

/** Newest first; either filter may be left out. */
export function listEvalRuns(db: Database, filter: { modelId?: string; setName?: string } = {}): EvalRunRow[] {
  return allRows<EvalRunRow>(
    db,
    'listEvalRuns',
    `SELECT ${COLUMNS} FROM eval_runs
     WHERE (@modelId IS NULL OR model_id = @modelId) AND (@setName IS NULL OR set_name = @setName)
     ORDER BY created_at_ms DESC, rowid DESC`,
    { modelId: filter.modelId ?? null, setName: filter.setName ?? null },
  );
}

/** The newest run of one model on one set: what promotion compares. */
export function getLatestEvalRun(db: Database, modelId: string, setName: string): EvalRunRow | undefined {
  return getRow<EvalRunRow>(
    db,
    'getLatestEvalRun',
    `SELECT ${COLUMNS} FROM eval_runs WHERE model_id = @modelId AND set_name = @setName
     ORDER BY created_at_ms DESC, rowid DESC LIMIT 1`,
    { modelId, setName },
  );
}
