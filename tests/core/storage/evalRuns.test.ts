import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLatestEvalRun, listEvalRuns, recordEvalRun, startJob, type RecordEvalRunInput } from '../../../core/storage/index.ts';
import { openTempDatabase } from './tempDatabase.ts';

const metrics = {
  n: 40,
  compileRate: 0.9,
  nonBlankRate: 0.85,
  labelRecall: 0.7,
  predicatePassRate: 0.6,
  p50Ms: 410.5,
  p95Ms: 1900,
};

test('recordEvalRun stores a run and listEvalRuns reads it back', (t) => {
  const { db } = openTempDatabase(t);
  const job = startJob(db, { kind: 'eval', triggeredBy: 'test' });
  const row = recordEvalRun(db, {
    id: 'ev-1',
    modelId: 'm-1',
    jobId: job.id,
    setName: 'geometry-v1',
    ...metrics,
    reportPath: 'out/eval/ev-1.json',
    createdAtMs: 7,
  });
  assert.deepEqual(row, {
    id: 'ev-1',
    modelId: 'm-1',
    jobId: job.id,
    setName: 'geometry-v1',
    ...metrics,
    reportPath: 'out/eval/ev-1.json',
    createdAtMs: 7,
  });
  assert.deepEqual(listEvalRuns(db), [row]);
});

test('listEvalRuns filters by model and set, newest first; getLatestEvalRun picks one', (t) => {
  const { db } = openTempDatabase(t);
  const run = (modelId: string, setName: string, createdAtMs: number): void => {
    recordEvalRun(db, { modelId, setName, createdAtMs, ...metrics });
  };
  run('a', 'dev', 1);
  run('a', 'dev', 3);
  run('a', 'hard', 2);
  run('b', 'dev', 4);
  assert.deepEqual(listEvalRuns(db, { modelId: 'a' }).map((r) => r.createdAtMs), [3, 2, 1]);
  assert.deepEqual(listEvalRuns(db, { setName: 'dev' }).map((r) => r.createdAtMs), [4, 3, 1]);
  assert.deepEqual(listEvalRuns(db, { modelId: 'a', setName: 'hard' }).map((r) => r.createdAtMs), [2]);
  assert.equal(getLatestEvalRun(db, 'a', 'dev')?.createdAtMs, 3);
  assert.equal(getLatestEvalRun(db, 'c', 'dev'), undefined);
});

test('a rate outside [0, 1] or an unknown job is rejected', (t) => {
  const { db } = openTempDatabase(t);
  const base: RecordEvalRunInput = { modelId: 'm', setName: 'dev', ...metrics };
  assert.throws(() => recordEvalRun(db, { ...base, compileRate: 1.5 }), { code: 'STORAGE_CONSTRAINT_FAILED' });
  assert.throws(() => recordEvalRun(db, { ...base, jobId: 'missing' }), { code: 'STORAGE_CONSTRAINT_FAILED' });
});
