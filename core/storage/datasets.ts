// Versions of the training set. The id is the sha256 of the content, so recording the same
// content twice is a no-op that returns the first row.
import { StorageError } from './errors.ts';
import { fromJson, getRow, runSql, toJson, type Database } from './sql.ts';

export interface DatasetVersionRow {
  id: string; // sha256 hex of the dataset content
  parentId: string | null;
  sampleCount: number;
  path: string;
  notes: unknown; // parsed notes_json
  createdAtMs: number;
}

export interface RecordDatasetVersionInput {
  id: string;
  parentId?: string | null;
  sampleCount: number;
  path: string;
  notes?: unknown;
  createdAtMs?: number;
}

interface StoredDatasetVersion extends Omit<DatasetVersionRow, 'notes'> {
  notesJson: string | null;
}

const COLUMNS = `id, parent_id AS parentId, sample_count AS sampleCount, path, notes_json AS notesJson,
  created_at_ms AS createdAtMs`;

function toDatasetVersionRow({ notesJson, ...stored }: StoredDatasetVersion): DatasetVersionRow {
  return { ...stored, notes: fromJson(notesJson) };
}

export function recordDatasetVersion(db: Database, input: RecordDatasetVersionInput): DatasetVersionRow {
  // Rows are immutable and keyed by content, so insert-if-absent then read needs no transaction.
  runSql(
    db,
    'recordDatasetVersion',
    `INSERT INTO dataset_versions (id, parent_id, sample_count, path, notes_json, created_at_ms)
     VALUES (@id, @parentId, @sampleCount, @path, @notesJson, @createdAtMs)
     ON CONFLICT (id) DO NOTHING`,
    {
      id: input.id,
      parentId: input.parentId ?? null,
      sampleCount: input.sampleCount,
      path: input.path,
      notesJson: toJson(input.notes),
      createdAtMs: input.createdAtMs ?? Date.now(),
    },
  );
  const row = getDatasetVersion(db, input.id);
  if (row === undefined) {
    throw new StorageError('STORAGE_QUERY_FAILED', `recordDatasetVersion: ${input.id} vanished after insert`);
  }
  return row;
}

export function getDatasetVersion(db: Database, id: string): DatasetVersionRow | undefined {
  const stored = getRow<StoredDatasetVersion>(
    db,
    'getDatasetVersion',
    `SELECT ${COLUMNS} FROM dataset_versions WHERE id = @id`,
    { id },
  );
  return stored === undefined ? undefined : toDatasetVersionRow(stored);
}

export function getLatestDatasetVersion(db: Database): DatasetVersionRow | undefined {
  const stored = getRow<StoredDatasetVersion>(
    db,
    'getLatestDatasetVersion',
    `SELECT ${COLUMNS} FROM dataset_versions ORDER BY created_at_ms DESC, rowid DESC LIMIT 1`,
  );
  return stored === undefined ? undefined : toDatasetVersionRow(stored);
}
