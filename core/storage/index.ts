// core/storage: the only module that knows the SQLite schema. Everything else calls these functions.
export { openDatabase, type OpenDatabaseOptions } from './openDatabase.ts';
export { applyMigrations, readSchemaVersion } from './applyMigrations.ts';
export { MIGRATIONS, LATEST_SCHEMA_VERSION, type Migration } from './migrations.ts';
export { StorageError, isStorageError, type StorageErrorCode } from './errors.ts';
export type { Database } from './sql.ts';
export * from './requests.ts';
export * from './generations.ts';
export * from './compiles.ts';
export * from './feedback.ts';
export * from './datasets.ts';
export * from './models.ts';
export * from './evalRuns.ts';
export * from './jobs.ts';
