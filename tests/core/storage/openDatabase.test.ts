import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LATEST_SCHEMA_VERSION, openDatabase, readSchemaVersion, StorageError } from '../../../core/storage/index.ts';
import { makeTempDir, openTempDatabase } from './tempDatabase.ts';

test('openDatabase turns on WAL, foreign keys, a busy timeout and NORMAL sync', (t) => {
  const { db } = openTempDatabase(t);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.equal(db.pragma('busy_timeout', { simple: true }), 5000);
  assert.equal(db.pragma('synchronous', { simple: true }), 1); // 1 = NORMAL
});

test('openDatabase honours a custom busy timeout', (t) => {
  const path = join(makeTempDir(t), 'db.sqlite');
  const db = openDatabase(path, { busyTimeoutMs: 250 });
  t.after(() => db.close());
  assert.equal(db.pragma('busy_timeout', { simple: true }), 250);
});

test('openDatabase creates missing parent folders', (t) => {
  const path = join(makeTempDir(t), 'var', 'nested', 'asybot.sqlite');
  const db = openDatabase(path);
  db.close();
  assert.ok(existsSync(path));
});

test('openDatabase migrates a new file to the latest schema', (t) => {
  const { db } = openTempDatabase(t);
  assert.equal(readSchemaVersion(db), LATEST_SCHEMA_VERSION);
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all();
  assert.deepEqual(tables, ['compiles', 'dataset_versions', 'eval_runs', 'feedback', 'generations', 'jobs', 'models', 'requests']);
});

test('openDatabase accepts :memory:', () => {
  const db = openDatabase(':memory:');
  try {
    assert.equal(readSchemaVersion(db), LATEST_SCHEMA_VERSION);
    assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  } finally {
    db.close();
  }
});

test('openDatabase reports a file that is not a database as STORAGE_OPEN_FAILED', (t) => {
  const path = join(makeTempDir(t), 'not-a-db.sqlite');
  writeFileSync(path, 'this is plainly not an SQLite file, it is text long enough to fill a header '.repeat(20));
  assert.throws(
    () => openDatabase(path),
    (error: unknown) => error instanceof StorageError && error.code === 'STORAGE_OPEN_FAILED' && error.cause !== undefined,
  );
});

test('openDatabase reports a path that is a folder as STORAGE_OPEN_FAILED', (t) => {
  const path = join(makeTempDir(t), 'a-folder');
  mkdirSync(path);
  assert.throws(() => openDatabase(path), { name: 'StorageError', code: 'STORAGE_OPEN_FAILED' });
});
