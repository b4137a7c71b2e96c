// Every failure that leaves core/storage is a StorageError, so callers branch on `code`
// and never on better-sqlite3's error shapes. The driver's error stays in `cause`.

export type StorageErrorCode =
  | 'STORAGE_OPEN_FAILED' // file missing permissions, not a database, pragma refused
  | 'STORAGE_SCHEMA_TOO_NEW' // the file was migrated by a newer asybot than this one
  | 'STORAGE_MIGRATION_FAILED' // a migration threw; its transaction was rolled back
  | 'STORAGE_CONSTRAINT_FAILED' // CHECK, UNIQUE, NOT NULL or FOREIGN KEY rejected a write
  | 'STORAGE_BUSY' // another connection held the write lock past busy_timeout
  | 'STORAGE_QUERY_FAILED' // any other SQLite error
  | 'STORAGE_NOT_FOUND' // an update named a row that does not exist
  | 'STORAGE_INVALID_STATE' // the row exists but is not in a state that allows the change
  | 'STORAGE_JOB_ALREADY_RUNNING'; // startJob found a running job of the same kind

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isStorageError(error: unknown, code?: StorageErrorCode): error is StorageError {
  return error instanceof StorageError && (code === undefined || error.code === code);
}
