import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failJob, finishJob, getJob, getRunningJob, JOB_KINDS, startJob, StorageError } from '../../../core/storage/index.ts';
import { openTempDatabase } from './tempDatabase.ts';

test('startJob records a running job and getJob reads it back', (t) => {
  const { db } = openTempDatabase(t);
  const row = startJob(db, { id: 'job-1', kind: 'nightly', triggeredBy: 'schedule', detail: { since: 0 }, startedAtMs: 10 });
  assert.deepEqual(row, {
    id: 'job-1',
    kind: 'nightly',
    status: 'running',
    triggeredBy: 'schedule',
    detail: { since: 0 },
    error: null,
    startedAtMs: 10,
    finishedAtMs: null,
  });
  assert.deepEqual(getJob(db, 'job-1'), row);
  assert.deepEqual(getRunningJob(db, 'nightly'), row);
});

test('finishJob marks success, stamps the end and replaces the detail', (t) => {
  const { db } = openTempDatabase(t);
  const { id } = startJob(db, { kind: 'retrain', triggeredBy: 'cli:alice', detail: { step: 'start' } });
  const done = finishJob(db, id, { detail: { promoted: true }, finishedAtMs: 99 });
  assert.equal(done.status, 'succeeded');
  assert.equal(done.finishedAtMs, 99);
  assert.deepEqual(done.detail, { promoted: true });
  assert.equal(getRunningJob(db, 'retrain'), undefined);
});

test('failJob keeps the error and, when no detail is given, the start detail', (t) => {
  const { db } = openTempDatabase(t);
  const { id } = startJob(db, { kind: 'eval', triggeredBy: 'schedule', detail: { set: 'dev' } });
  const failed = failJob(db, id, 'asy not found on PATH', { finishedAtMs: 5 });
  assert.equal(failed.status, 'failed');
  assert.equal(failed.error, 'asy not found on PATH');
  assert.deepEqual(failed.detail, { set: 'dev' });
});

test('a second job of the same kind is refused while the first runs; other kinds may run', (t) => {
  const { db } = openTempDatabase(t);
  const first = startJob(db, { kind: 'nightly', triggeredBy: 'schedule' });
  assert.throws(
    () => startJob(db, { kind: 'nightly', triggeredBy: 'cli:bob' }),
    (error: unknown) =>
      error instanceof StorageError && error.code === 'STORAGE_JOB_ALREADY_RUNNING' && error.message.includes(first.id),
  );
  startJob(db, { kind: 'corpus', triggeredBy: 'cli:bob' });
  failJob(db, first.id, 'stale: process died');
  assert.equal(startJob(db, { kind: 'nightly', triggeredBy: 'schedule' }).status, 'running');
});

test('the running-job lock holds across connections', (t) => {
  const { db, open } = openTempDatabase(t);
  const other = open();
  startJob(db, { kind: 'retrain', triggeredBy: 'schedule' });
  assert.throws(() => startJob(other, { kind: 'retrain', triggeredBy: 'schedule' }), { code: 'STORAGE_JOB_ALREADY_RUNNING' });
});

test('a finished job cannot be finished or failed again', (t) => {
  const { db } = openTempDatabase(t);
  const { id } = startJob(db, { kind: 'rollback', triggeredBy: 'cli:alice' });
  finishJob(db, id);
  assert.throws(() => finishJob(db, id), { code: 'STORAGE_INVALID_STATE' });
  assert.throws(() => failJob(db, id, 'late'), { code: 'STORAGE_INVALID_STATE' });
  assert.throws(() => finishJob(db, 'missing'), { code: 'STORAGE_NOT_FOUND' });
});

test('the schema accepts every job kind the types name', (t) => {
  const { db } = openTempDatabase(t);
  for (const kind of JOB_KINDS) assert.equal(startJob(db, { kind, triggeredBy: 'test' }).kind, kind);
});
