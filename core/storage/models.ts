// The model registry. Exactly one model may be active; the partial unique index
// models_one_active enforces it, and setActiveModel swaps in one transaction.
import { StorageError } from './errors.ts';
import { allRows, fromJson, getReturnedRow, getRow, newId, runSql, toJson, type Database } from './sql.ts';

export type ModelStatus = 'candidate' | 'active' | 'retired' | 'rejected';

export interface ModelRow {
  id: string;
  datasetVersionId: string | null; // null only for weights not trained here
  parentModelId: string | null;
  path: string;
  metrics: unknown; // parsed metrics_json, e.g. training loss
  status: ModelStatus;
  createdAtMs: number;
  promotedAtMs: number | null; // last time it became active
}

export interface RegisterModelInput {
  id?: string; // default: a random UUID; the model folder name is a good choice
  datasetVersionId?: string | null;
  parentModelId?: string | null;
  path: string;
  metrics?: unknown;
  createdAtMs?: number;
}

interface StoredModel extends Omit<ModelRow, 'metrics'> {
  metricsJson: string | null;
}

const COLUMNS = `id, dataset_version_id AS datasetVersionId, parent_model_id AS parentModelId, path,
  metrics_json AS metricsJson, status, created_at_ms AS createdAtMs, promoted_at_ms AS promotedAtMs`;

function toModelRow({ metricsJson, ...stored }: StoredModel): ModelRow {
  return { ...stored, metrics: fromJson(metricsJson) };
}

/** Adds a model as a 'candidate'; only setActiveModel makes one active. */
export function registerModel(db: Database, input: RegisterModelInput): ModelRow {
  const stored = getReturnedRow<StoredModel>(
    db,
    'registerModel',
    `INSERT INTO models (id, dataset_version_id, parent_model_id, path, metrics_json, created_at_ms)
     VALUES (@id, @datasetVersionId, @parentModelId, @path, @metricsJson, @createdAtMs)
     RETURNING ${COLUMNS}`,
    {
      id: input.id ?? newId(),
      datasetVersionId: input.datasetVersionId ?? null,
      parentModelId: input.parentModelId ?? null,
      path: input.path,
      metricsJson: toJson(input.metrics),
      createdAtMs: input.createdAtMs ?? Date.now(),
    },
  );
  return toModelRow(stored);
}

export function getModel(db: Database, id: string): ModelRow | undefined {
  const stored = getRow<StoredModel>(db, 'getModel', `SELECT ${COLUMNS} FROM models WHERE id = @id`, { id });
  return stored === undefined ? undefined : toModelRow(stored);
}

export function getActiveModel(db: Database): ModelRow | undefined {
  const stored = getRow<StoredModel>(db, 'getActiveModel', `SELECT ${COLUMNS} FROM models WHERE status = 'active'`);
  return stored === undefined ? undefined : toModelRow(stored);
}

/** Newest first. */
export function listModels(db: Database): ModelRow[] {
  const sql = `SELECT ${COLUMNS} FROM models ORDER BY created_at_ms DESC, rowid DESC`;
  return allRows<StoredModel>(db, 'listModels', sql).map(toModelRow);
}

/**
 * Makes `id` the active model and retires the one it replaces, atomically. Works for promotion
 * (candidate -> active) and rollback (retired -> active). Returns the model it replaced.
 */
export function setActiveModel(
  db: Database,
  id: string,
  atMs: number = Date.now(),
): { previousModelId: string | null } {
  const swap = db.transaction(() => {
    const target = getModel(db, id);
    if (target === undefined) throw new StorageError('STORAGE_NOT_FOUND', `setActiveModel: no model with id ${id}`);
    if (target.status === 'active') return { previousModelId: id };
    if (target.status === 'rejected') {
      throw new StorageError('STORAGE_INVALID_STATE', `setActiveModel: model ${id} was rejected and cannot be activated`);
    }
    const previous = getActiveModel(db);
    runSql(db, 'setActiveModel', `UPDATE models SET status = 'retired' WHERE status = 'active'`);
    runSql(db, 'setActiveModel', `UPDATE models SET status = 'active', promoted_at_ms = @atMs WHERE id = @id`, {
      id,
      atMs,
    });
    return { previousModelId: previous?.id ?? null };
  });
  return swap.immediate();
}

/** Marks a candidate that failed evaluation, so it is never promoted. */
export function rejectModel(db: Database, id: string): ModelRow {
  const stored = getRow<StoredModel>(
    db,
    'rejectModel',
    `UPDATE models SET status = 'rejected' WHERE id = @id AND status = 'candidate' RETURNING ${COLUMNS}`,
    { id },
  );
  if (stored !== undefined) return toModelRow(stored);
  const existing = getModel(db, id);
  if (existing === undefined) throw new StorageError('STORAGE_NOT_FOUND', `rejectModel: no model with id ${id}`);
  throw new StorageError('STORAGE_INVALID_STATE', `rejectModel: model ${id} must be candidate, but it is ${existing.status}`);
}
