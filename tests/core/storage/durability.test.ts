import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { getRequest, openDatabase, recordFeedback, recordRequest, StorageError } from '../../../core/storage/index.ts';
import { makeTempDir, openTempDatabase, seedGeneration, seedRequest } from './tempDatabase.ts';

test('feedback for a generation that does not exist is rejected by the foreign key', (t) => {
  const { db } = openTempDatabase(t);
  assert.throws(
    () => recordFeedback(db, { generationId: 'no-such-generation', platform: 'discord', platformUserId: 'u', kind: 'vote', vote: 1 }),
    (error: unknown) => {
      assert.ok(error instanceof StorageError);
      assert.equal(error.code, 'STORAGE_CONSTRAINT_FAILED');
      assert.match(error.message, /FOREIGN KEY/);
      assert.equal((error.cause as { code?: string }).code, 'SQLITE_CONSTRAINT_FOREIGNKEY');
      return true;
    },
  );
  assert.equal(db.prepare('SELECT count(*) FROM feedback').pluck().get(), 0);
});

test('a write survives close and reopen', (t) => {
  const path = join(makeTempDir(t), 'db.sqlite');
  const first = openDatabase(path);
  const request = seedRequest(first, { requestText: 'square with diagonals' });
  first.close();
  const second = openDatabase(path);
  t.after(() => second.close());
  assert.deepEqual(getRequest(second, request.id), request);
});

test('a throw inside a transaction leaves nothing half-written', (t) => {
  const { db } = openTempDatabase(t);
  const writeBoth = db.transaction(() => {
    const generation = seedGeneration(db);
    assert.ok(getRequest(db, generation.requestId));
    throw new Error('boom after two inserts');
  });
  assert.throws(() => writeBoth(), /boom/);
  assert.equal(db.prepare('SELECT count(*) FROM requests').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM generations').pluck().get(), 0);
});

test('a process killed mid-transaction leaves nothing half-written', (t) => {
  const path = join(makeTempDir(t), 'db.sqlite');
  openDatabase(path).close();
  // The child writes enough rows, with a tiny page cache, that uncommitted pages spill into the
  // WAL file before it SIGKILLs itself without committing.
  const child = `
    import Database from 'better-sqlite3';
    const db = new Database(process.argv[1]);
    db.pragma('cache_size = 8');
    db.exec('BEGIN');
    const insert = db.prepare("INSERT INTO requests (id, platform, platform_user_id, kind, request_text, created_at_ms) VALUES (?, 'cli', 'u', 'diagram', ?, 1)");
    for (let i = 0; i < 2000; i++) insert.run('r' + i, 'x'.repeat(500));
    process.kill(process.pid, 'SIGKILL');
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child, path], { cwd: process.cwd() });
  assert.equal(result.signal, 'SIGKILL', result.stderr.toString());
  assert.ok(statSync(`${path}-wal`).size > 0, 'uncommitted pages reached the WAL before the kill');
  const db = openDatabase(path);
  t.after(() => db.close());
  assert.equal(db.prepare('SELECT count(*) FROM requests').pluck().get(), 0);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
});

test('a second connection reads committed rows while a write is in progress', (t) => {
  const { db: writer, open } = openTempDatabase(t);
  const reader = open();
  const committed = seedRequest(writer, { requestText: 'committed' });

  writer.exec('BEGIN IMMEDIATE');
  const pending = seedRequest(writer, { requestText: 'pending' });
  // WAL: the reader is not blocked by the open write transaction and sees the last commit only.
  assert.deepEqual(getRequest(reader, committed.id), committed);
  assert.equal(getRequest(reader, pending.id), undefined);
  writer.exec('COMMIT');

  assert.deepEqual(getRequest(reader, pending.id), pending);
});

test('a second writer that cannot get the lock fails with STORAGE_BUSY after its timeout', (t) => {
  const { db: writer, path } = openTempDatabase(t);
  const other = openDatabase(path, { busyTimeoutMs: 50 });
  t.after(() => other.close());
  writer.exec('BEGIN IMMEDIATE');
  t.after(() => writer.inTransaction && writer.exec('ROLLBACK'));
  const startedAtMs = Date.now();
  assert.throws(
    () => recordRequest(other, { platform: 'cli', platformUserId: 'u', kind: 'diagram', requestText: 'x' }),
    (error: unknown) => error instanceof StorageError && error.code === 'STORAGE_BUSY',
  );
  assert.ok(Date.now() - startedAtMs >= 40, 'waited for the busy timeout');
});
