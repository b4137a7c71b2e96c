import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getDatasetVersion, getLatestDatasetVersion, recordDatasetVersion } from '../../../core/storage/index.ts';
import { openTempDatabase, sha256Hex } from './tempDatabase.ts';

test('recordDatasetVersion stores a version and getDatasetVersion reads it back', (t) => {
  const { db } = openTempDatabase(t);
  const parent = recordDatasetVersion(db, { id: sha256Hex('v1'), sampleCount: 10, path: 'data/v1', createdAtMs: 1 });
  const row = recordDatasetVersion(db, {
    id: sha256Hex('v2'),
    parentId: parent.id,
    sampleCount: 12,
    path: 'data/v2',
    notes: { addedFromFeedback: 2, droppedDuplicates: 0 },
    createdAtMs: 2,
  });
  assert.deepEqual(row, {
    id: sha256Hex('v2'),
    parentId: parent.id,
    sampleCount: 12,
    path: 'data/v2',
    notes: { addedFromFeedback: 2, droppedDuplicates: 0 },
    createdAtMs: 2,
  });
  assert.deepEqual(getDatasetVersion(db, row.id), row);
  assert.equal(parent.notes, null);
});

test('recording the same content hash twice returns the first row unchanged', (t) => {
  const { db } = openTempDatabase(t);
  const first = recordDatasetVersion(db, { id: sha256Hex('same'), sampleCount: 5, path: 'data/a', createdAtMs: 1 });
  const again = recordDatasetVersion(db, { id: sha256Hex('same'), sampleCount: 5, path: 'data/b', createdAtMs: 9 });
  assert.deepEqual(again, first);
  assert.equal(db.prepare('SELECT count(*) FROM dataset_versions').pluck().get(), 1);
});

test('getLatestDatasetVersion answers the newest, or undefined when there is none', (t) => {
  const { db } = openTempDatabase(t);
  assert.equal(getLatestDatasetVersion(db), undefined);
  recordDatasetVersion(db, { id: sha256Hex('old'), sampleCount: 1, path: 'old', createdAtMs: 1 });
  recordDatasetVersion(db, { id: sha256Hex('new'), sampleCount: 2, path: 'new', createdAtMs: 2 });
  assert.equal(getLatestDatasetVersion(db)?.path, 'new');
});

test('an id that is not a sha256 hex or a parent that does not exist is rejected', (t) => {
  const { db } = openTempDatabase(t);
  assert.throws(() => recordDatasetVersion(db, { id: 'v1', sampleCount: 1, path: 'p' }), { code: 'STORAGE_CONSTRAINT_FAILED' });
  assert.throws(
    () => recordDatasetVersion(db, { id: sha256Hex('x'), parentId: sha256Hex('missing'), sampleCount: 1, path: 'p' }),
    { code: 'STORAGE_CONSTRAINT_FAILED' },
  );
});
