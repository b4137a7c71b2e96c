// The one way the product opens its SQLite file: pragmas first, then migrations.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { applyMigrations } from './applyMigrations.ts';
import { StorageError } from './errors.ts';
import type { Migration } from './migrations.ts';
import type { Database } from './sql.ts';

export interface OpenDatabaseOptions {
  busyTimeoutMs?: number; // how long a writer waits for another connection's lock; default 5000
  migrations?: readonly Migration[]; // default: the product's MIGRATIONS (tests pass their own)
}

const IN_MEMORY_PATHS = new Set([':memory:', '']);

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  let db: Database | undefined;
  try {
    if (!IN_MEMORY_PATHS.has(path)) mkdirSync(dirname(path), { recursive: true });
    db = new BetterSqlite3(path);
    // WAL: readers never block the writer and vice versa (the bot reads while the nightly job writes).
    // In-memory databases answer 'memory' and ignore it.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON'); // per connection, off by default in SQLite
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    // NORMAL under WAL: a power cut may lose the last commits but never corrupts the file.
    db.pragma('synchronous = NORMAL');
    applyMigrations(db, options.migrations);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StorageError) throw error;
    throw new StorageError(
      'STORAGE_OPEN_FAILED',
      `could not open SQLite database at ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}
