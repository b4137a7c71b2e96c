import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getCompile, listCompilesForRequest, recordCompile, recordFeedback } from '../../../core/storage/index.ts';
import { openTempDatabase, seedGeneration, seedRequest, sha256Hex } from './tempDatabase.ts';

test('recordCompile stores a generated-code compile and getCompile reads it back', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  const row = recordCompile(db, {
    id: 'cmp-1',
    requestId: generation.requestId,
    generationId: generation.id,
    codeSha256: sha256Hex(generation.code),
    ok: false,
    timedOut: false,
    cached: false,
    exitCode: 1,
    error: { line: 3, column: 7, message: 'no matching function' },
    durationMs: 640,
    createdAtMs: 10,
  });
  assert.deepEqual(row, {
    id: 'cmp-1',
    requestId: generation.requestId,
    generationId: generation.id,
    codeSha256: sha256Hex(generation.code),
    ok: false,
    timedOut: false,
    cached: false,
    exitCode: 1,
    error: { line: 3, column: 7, message: 'no matching function' },
    durationMs: 640,
    pngPath: null,
    pngBytes: null,
    pngSha256: null,
    createdAtMs: 10,
  });
  assert.deepEqual(getCompile(db, 'cmp-1'), row);
});

test('a render compile has no generation and records its PNG', (t) => {
  const { db } = openTempDatabase(t);
  const request = seedRequest(db, { kind: 'render', requestText: 'draw(unitsquare);' });
  const row = recordCompile(db, {
    requestId: request.id,
    codeSha256: sha256Hex(request.requestText),
    ok: true,
    cached: true,
    durationMs: 3,
    pngPath: 'var/png/ab.png',
    pngBytes: 2048,
    pngSha256: sha256Hex('png bytes'),
  });
  assert.equal(row.generationId, null);
  assert.equal(row.ok, true);
  assert.equal(row.cached, true);
  assert.equal(row.timedOut, false);
  assert.equal(row.error, null);
  assert.deepEqual(listCompilesForRequest(db, request.id), [row]);
});

test('a compile that names another request’s generation is rejected', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  const otherRequest = seedRequest(db);
  assert.throws(
    () =>
      recordCompile(db, {
        requestId: otherRequest.id,
        generationId: generation.id,
        codeSha256: sha256Hex('x'),
        ok: true,
        durationMs: 1,
      }),
    { code: 'STORAGE_CONSTRAINT_FAILED', message: /FOREIGN KEY/ },
  );
});

test('a code hash that is not sha256 hex is rejected', (t) => {
  const { db } = openTempDatabase(t);
  const request = seedRequest(db);
  assert.throws(() => recordCompile(db, { requestId: request.id, codeSha256: 'abc', ok: true, durationMs: 1 }), {
    code: 'STORAGE_CONSTRAINT_FAILED',
  });
  assert.throws(
    () => recordCompile(db, { requestId: request.id, codeSha256: sha256Hex('x').toUpperCase(), ok: true, durationMs: 1 }),
    { code: 'STORAGE_CONSTRAINT_FAILED' },
  );
});

test('deleting a request removes its generations, compiles and feedback', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  recordCompile(db, { requestId: generation.requestId, generationId: generation.id, codeSha256: sha256Hex('x'), ok: true, durationMs: 1 });
  recordFeedback(db, { generationId: generation.id, platform: 'discord', platformUserId: 'u', kind: 'vote', vote: 1 });
  db.prepare('DELETE FROM requests WHERE id = ?').run(generation.requestId);
  assert.equal(db.prepare('SELECT count(*) FROM generations').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM compiles').pluck().get(), 0);
  assert.equal(db.prepare('SELECT count(*) FROM feedback').pluck().get(), 0);
});
