import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  getActiveModel,
  getModel,
  listModels,
  recordDatasetVersion,
  registerModel,
  rejectModel,
  setActiveModel,
} from '../../../core/storage/index.ts';
import { openTempDatabase, sha256Hex } from './tempDatabase.ts';

test('registerModel stores a candidate and getModel reads it back', (t) => {
  const { db } = openTempDatabase(t);
  const dataset = recordDatasetVersion(db, { id: sha256Hex('d1'), sampleCount: 3, path: 'data/d1' });
  const parent = registerModel(db, { id: 'm-0', path: 'models/m-0', createdAtMs: 1 });
  const row = registerModel(db, {
    id: 'm-1',
    datasetVersionId: dataset.id,
    parentModelId: parent.id,
    path: 'models/m-1',
    metrics: { valLoss: 1.25 },
    createdAtMs: 2,
  });
  assert.deepEqual(row, {
    id: 'm-1',
    datasetVersionId: dataset.id,
    parentModelId: 'm-0',
    path: 'models/m-1',
    metrics: { valLoss: 1.25 },
    status: 'candidate',
    createdAtMs: 2,
    promotedAtMs: null,
  });
  assert.deepEqual(getModel(db, 'm-1'), row);
  assert.deepEqual(listModels(db).map((model) => model.id), ['m-1', 'm-0']);
});

test('a model naming an unknown dataset version or parent is rejected', (t) => {
  const { db } = openTempDatabase(t);
  assert.throws(() => registerModel(db, { path: 'p', datasetVersionId: sha256Hex('missing') }), { code: 'STORAGE_CONSTRAINT_FAILED' });
  assert.throws(() => registerModel(db, { path: 'p', parentModelId: 'missing' }), { code: 'STORAGE_CONSTRAINT_FAILED' });
});

test('setActiveModel promotes a candidate and retires the previous active model', (t) => {
  const { db } = openTempDatabase(t);
  registerModel(db, { id: 'a', path: 'models/a' });
  registerModel(db, { id: 'b', path: 'models/b' });
  assert.equal(getActiveModel(db), undefined);

  assert.deepEqual(setActiveModel(db, 'a', 100), { previousModelId: null });
  assert.deepEqual(setActiveModel(db, 'b', 200), { previousModelId: 'a' });
  assert.equal(getActiveModel(db)?.id, 'b');
  assert.equal(getActiveModel(db)?.promotedAtMs, 200);
  assert.equal(getModel(db, 'a')?.status, 'retired');
});

test('setActiveModel rolls back to a retired model', (t) => {
  const { db } = openTempDatabase(t);
  registerModel(db, { id: 'a', path: 'models/a' });
  registerModel(db, { id: 'b', path: 'models/b' });
  setActiveModel(db, 'a', 1);
  setActiveModel(db, 'b', 2);
  assert.deepEqual(setActiveModel(db, 'a', 3), { previousModelId: 'b' });
  assert.equal(getActiveModel(db)?.id, 'a');
  assert.equal(getActiveModel(db)?.promotedAtMs, 3);
});

test('setActiveModel on the active model changes nothing', (t) => {
  const { db } = openTempDatabase(t);
  registerModel(db, { id: 'a', path: 'models/a' });
  setActiveModel(db, 'a', 1);
  assert.deepEqual(setActiveModel(db, 'a', 2), { previousModelId: 'a' });
  assert.equal(getModel(db, 'a')?.promotedAtMs, 1);
});

test('setActiveModel refuses an unknown or rejected model and keeps the active one', (t) => {
  const { db } = openTempDatabase(t);
  registerModel(db, { id: 'a', path: 'models/a' });
  registerModel(db, { id: 'bad', path: 'models/bad' });
  setActiveModel(db, 'a');
  rejectModel(db, 'bad');
  assert.throws(() => setActiveModel(db, 'missing'), { code: 'STORAGE_NOT_FOUND' });
  assert.throws(() => setActiveModel(db, 'bad'), { code: 'STORAGE_INVALID_STATE' });
  assert.equal(getActiveModel(db)?.id, 'a');
});

test('the schema itself refuses a second active model', (t) => {
  const { db } = openTempDatabase(t);
  registerModel(db, { id: 'a', path: 'models/a' });
  registerModel(db, { id: 'b', path: 'models/b' });
  setActiveModel(db, 'a');
  assert.throws(() => db.prepare(`UPDATE models SET status = 'active' WHERE id = 'b'`).run(), {
    code: 'SQLITE_CONSTRAINT_UNIQUE',
  });
});

test('rejectModel marks a candidate and refuses any other status', (t) => {
  const { db } = openTempDatabase(t);
  registerModel(db, { id: 'a', path: 'models/a' });
  registerModel(db, { id: 'b', path: 'models/b' });
  assert.equal(rejectModel(db, 'b').status, 'rejected');
  setActiveModel(db, 'a');
  assert.throws(() => rejectModel(db, 'a'), { code: 'STORAGE_INVALID_STATE', message: /must be candidate, but it is active/ });
  assert.throws(() => rejectModel(db, 'missing'), { code: 'STORAGE_NOT_FOUND' });
});

test('setActiveModel inside an outer transaction that throws is undone with it', (t) => {
  const { db } = openTempDatabase(t);
  registerModel(db, { id: 'a', path: 'models/a' });
  registerModel(db, { id: 'b', path: 'models/b' });
  setActiveModel(db, 'a');
  const promoteThenCrash = db.transaction(() => {
    setActiveModel(db, 'b');
    throw new Error('crash after promotion');
  });
  assert.throws(() => promoteThenCrash(), /crash/);
  assert.equal(getActiveModel(db)?.id, 'a');
  assert.equal(getModel(db, 'b')?.status, 'candidate');
});
