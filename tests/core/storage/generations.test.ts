import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getGeneration, listGenerationsForRequest, recordGeneration } from '../../../core/storage/index.ts';
import { openTempDatabase, seedRequest } from './tempDatabase.ts';

test('recordGeneration stores every field and getGeneration reads it back', (t) => {
  const { db } = openTempDatabase(t);
  const request = seedRequest(db);
  const row = recordGeneration(db, {
    id: 'gen-1',
    requestId: request.id,
    modelId: 'tiny-2025-11-01',
    attempt: 1,
    code: 'import geometry; draw(unitcircle);',
    promptTokens: 42,
    outputTokens: 17,
    durationMs: 812.6,
    createdAtMs: 5,
  });
  assert.deepEqual(row, {
    id: 'gen-1',
    requestId: request.id,
    modelId: 'tiny-2025-11-01',
    attempt: 1,
    code: 'import geometry; draw(unitcircle);',
    promptTokens: 42,
    outputTokens: 17,
    durationMs: 813, // whole ms
    createdAtMs: 5,
  });
  assert.deepEqual(getGeneration(db, 'gen-1'), row);
});

test('attempts number themselves 1, 2, 3 per request when left out', (t) => {
  const { db } = openTempDatabase(t);
  const first = seedRequest(db);
  const second = seedRequest(db);
  const base = { modelId: 'm', code: 'x', durationMs: 1 };
  recordGeneration(db, { ...base, requestId: first.id });
  recordGeneration(db, { ...base, requestId: second.id });
  recordGeneration(db, { ...base, requestId: first.id });
  recordGeneration(db, { ...base, requestId: first.id });
  assert.deepEqual(listGenerationsForRequest(db, first.id).map((row) => row.attempt), [1, 2, 3]);
  assert.deepEqual(listGenerationsForRequest(db, second.id).map((row) => row.attempt), [1]);
});

test('the same attempt number twice for one request is rejected', (t) => {
  const { db } = openTempDatabase(t);
  const { id } = seedRequest(db);
  recordGeneration(db, { requestId: id, modelId: 'm', code: 'x', durationMs: 1, attempt: 1 });
  assert.throws(() => recordGeneration(db, { requestId: id, modelId: 'm', code: 'y', durationMs: 1, attempt: 1 }), {
    code: 'STORAGE_CONSTRAINT_FAILED',
  });
});

test('a generation for a request that does not exist is rejected', (t) => {
  const { db } = openTempDatabase(t);
  assert.throws(() => recordGeneration(db, { requestId: 'missing', modelId: 'm', code: 'x', durationMs: 1 }), {
    code: 'STORAGE_CONSTRAINT_FAILED',
  });
});

test('getGeneration answers undefined for an unknown id', (t) => {
  const { db } = openTempDatabase(t);
  assert.equal(getGeneration(db, 'nope'), undefined);
});
