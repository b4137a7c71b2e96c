import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import {
  applyMigrations,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  openDatabase,
  readSchemaVersion,
  StorageError,
  type Migration,
} from '../../../core/storage/index.ts';
import { makeTempDir, openTempDatabase } from './tempDatabase.ts';

test('migrations apply once and a second pass applies nothing', (t) => {
  const path = join(makeTempDir(t), 'db.sqlite');
  const raw = new BetterSqlite3(path);
  t.after(() => raw.close());
  assert.deepEqual(applyMigrations(raw), MIGRATIONS.map((migration) => migration.version));
  assert.deepEqual(applyMigrations(raw), []);
  assert.equal(readSchemaVersion(raw), LATEST_SCHEMA_VERSION);
});

test('opening the same file twice keeps its schema and data', (t) => {
  const { db, open } = openTempDatabase(t);
  db.prepare(`INSERT INTO jobs (id, kind, triggered_by, started_at_ms) VALUES ('j1', 'nightly', 'test', 1)`).run();
  const schemaBefore = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all();
  const again = open();
  assert.equal(readSchemaVersion(again), LATEST_SCHEMA_VERSION);
  assert.deepEqual(again.prepare('SELECT sql FROM sqlite_schema ORDER BY name').pluck().all(), schemaBefore);
  assert.equal(again.prepare('SELECT count(*) FROM jobs').pluck().get(), 1);
});

test('a later migration applies on top of an existing database', (t) => {
  const path = join(makeTempDir(t), 'db.sqlite');
  openDatabase(path).close();
  const next: Migration = { version: LATEST_SCHEMA_VERSION + 1, name: 'add note', up: 'ALTER TABLE jobs ADD COLUMN note TEXT' };
  const db = openDatabase(path, { migrations: [...MIGRATIONS, next] });
  t.after(() => db.close());
  assert.equal(readSchemaVersion(db), next.version);
  const columns = db.prepare(`SELECT name FROM pragma_table_info('jobs')`).pluck().all();
  assert.ok(columns.includes('note'));
});

test('a failing migration rolls back entirely and leaves the version unchanged', (t) => {
  const path = join(makeTempDir(t), 'db.sqlite');
  const broken: Migration[] = [
    { version: 1, name: 'ok', up: 'CREATE TABLE a (x INTEGER)' },
    { version: 2, name: 'half', up: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);' },
  ];
  assert.throws(() => openDatabase(path, { migrations: broken }), (error: unknown) => {
    assert.ok(error instanceof StorageError);
    assert.equal(error.code, 'STORAGE_MIGRATION_FAILED');
    assert.match(error.message, /migration 2 \(half\)/);
    assert.ok(error.cause instanceof Error);
    return true;
  });
  const raw = new BetterSqlite3(path);
  t.after(() => raw.close());
  assert.equal(readSchemaVersion(raw), 1);
  const tables = raw.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all();
  assert.deepEqual(tables, ['a']);
});

test('a database newer than the code is refused with STORAGE_SCHEMA_TOO_NEW', (t) => {
  const path = join(makeTempDir(t), 'db.sqlite');
  openDatabase(path).close();
  const raw = new BetterSqlite3(path);
  raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
  raw.close();
  assert.throws(() => openDatabase(path), (error: unknown) => {
    assert.ok(error instanceof StorageError);
    assert.equal(error.code, 'STORAGE_SCHEMA_TOO_NEW');
    assert.match(error.message, new RegExp(`version ${LATEST_SCHEMA_VERSION + 5} is newer .*\\(latest ${LATEST_SCHEMA_VERSION}\\)`));
    return true;
  });
});

test('a migration list with a gap is rejected before anything runs', (t) => {
  const path = join(makeTempDir(t), 'db.sqlite');
  const gappy: Migration[] = [
    { version: 1, name: 'one', up: 'CREATE TABLE a (x INTEGER)' },
    { version: 3, name: 'three', up: 'CREATE TABLE c (x INTEGER)' },
  ];
  assert.throws(() => openDatabase(path, { migrations: gappy }), { code: 'STORAGE_MIGRATION_FAILED' });
  const raw = new BetterSqlite3(path);
  t.after(() => raw.close());
  assert.equal(readSchemaVersion(raw), 0);
});

test('the schema passes SQLite integrity and foreign key checks', (t) => {
  const { db } = openTempDatabase(t);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(db.pragma('foreign_key_check'), []);
});
