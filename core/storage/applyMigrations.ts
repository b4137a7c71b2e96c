// Brings a connection's schema up to date. The version lives in PRAGMA user_version (a field in
// the file header), so it commits and rolls back with the migration's own transaction.
import { StorageError } from './errors.ts';
import { MIGRATIONS, type Migration } from './migrations.ts';
import type { Database } from './sql.ts';

export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertContiguous(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new StorageError(
        'STORAGE_MIGRATION_FAILED',
        `migration list is invalid: expected version ${index + 1} at position ${index}, got ${migration.version}`,
      );
    }
  });
}

/**
 * Applies every migration newer than the database, each in its own transaction.
 * Returns the versions applied (empty when already current).
 * Throws STORAGE_SCHEMA_TOO_NEW when the file is ahead of `migrations`.
 */
export function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  assertContiguous(migrations);
  const latest = migrations.length;
  const found = readSchemaVersion(db);
  if (found > latest) {
    throw new StorageError(
      'STORAGE_SCHEMA_TOO_NEW',
      `database schema version ${found} is newer than this code knows (latest ${latest}); upgrade asybot before opening ${db.name}`,
    );
  }

  const applied: number[] = [];
  for (const migration of migrations.slice(found)) {
    // IMMEDIATE takes the write lock before reading the version, so two processes opening the
    // same new file at once serialise here and the second one sees the work already done.
    const step = db.transaction(() => {
      if (readSchemaVersion(db) >= migration.version) return false;
      db.exec(migration.up);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(`${violations.length} foreign key violation(s) after migration`);
      }
      db.pragma(`user_version = ${migration.version}`);
      return true;
    });
    try {
      if (step.immediate()) applied.push(migration.version);
    } catch (error) {
      throw new StorageError(
        'STORAGE_MIGRATION_FAILED',
        `migration ${migration.version} (${migration.name}) failed and was rolled back: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return applied;
}
