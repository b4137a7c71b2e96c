import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createEvaluationHarness } from '../../../core/service/createEvaluationHarness.ts';
import {
  getActiveModel,
  getJob,
  getModel,
  listEvalRuns,
  recordEvalRun,
  recordFeedback,
  registerModel,
  rejectModel,
  setActiveModel,
  type Database,
} from '../../../core/storage/index.ts';
import { admin, openTestService, student } from './openTestService.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function countJobs(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM jobs').get() as { n: number }).n;
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('non-admins get a polite refusal from every admin command and nothing is recorded', async (t) => {
  const { service, db } = openTestService(t);
  registerModel(db, { id: 'model-b', path: 'models/b' });
  const who = student();
  for (const reply of [await service.status(who), await service.runEval(who), await service.retrain(who), await service.rollback(who, 'model-b')]) {
    assert.equal(reply.ok, false);
    assert.equal(reply.errorCode, 'NOT_ADMIN');
    assert.match(reply.text, /^Sorry, only asybot admins/);
  }
  assert.equal(countJobs(db), 0);
  assert.equal(getActiveModel(db), undefined);
});

test('status reports the model, its latest eval, the queue and feedback in the last day and week', async (t) => {
  const nowMs = Date.now();
  const { service, db } = openTestService(t, { deps: { now: () => nowMs } });
  const drawn = await service.diagram(student(), { text: 'a circle' });
  registerModel(db, { id: 'model-a', path: 'models/a' });
  setActiveModel(db, 'model-a');
  recordEvalRun(db, {
    modelId: 'fixed-test-model', setName: 'test', n: 40, compileRate: 0.925, nonBlankRate: 0.9, labelRecall: 0.8,
    predicatePassRate: 0.75, p50Ms: 1200, p95Ms: 3400, createdAtMs: nowMs - 1000,
  });
  const vote = (user: string, atMs: number) => recordFeedback(db, {
    kind: 'vote', vote: 1, generationId: drawn.generationId!, platform: 'discord', platformUserId: user, atMs,
  });
  vote('today', nowMs - 1000);
  vote('three-days-ago', nowMs - 3 * DAY_MS);
  vote('last-month', nowMs - 30 * DAY_MS);

  const reply = await service.status(admin());
  assert.equal(reply.ok, true);
  assert.deepEqual(
    { ...reply.status!, latestEval: undefined },
    { servingModelId: 'fixed-test-model', activeModelId: 'model-a', latestEval: undefined, queueLength: 0, running: 0, feedbackLast24h: 1, feedbackLast7d: 2 },
  );
  assert.equal(reply.status!.latestEval!.compileRate, 0.925);
  assert.match(reply.text, /Model: fixed-test-model \(registry's active model: model-a\)/);
  assert.match(reply.text, /compiles 92\.5%, non-blank 90%, labels 80%, predicates 75%, p50 1\.2 s, p95 3\.4 s/);
  assert.match(reply.text, /Queue: 0 waiting, 0 in progress/);
  assert.match(reply.text, /Feedback: 1 in the last 24 h, 2 in the last 7 days/);
});

test('status says plainly when nothing was evaluated or registered', async (t) => {
  const { service } = openTestService(t);
  const reply = await service.status(admin());
  assert.match(reply.text, /registry's active model: none registered/);
  assert.match(reply.text, /Latest eval: none recorded for fixed-test-model/);
});

test('retrain records a job and says honestly that training does not exist yet', async (t) => {
  const { service, db } = openTestService(t);
  const reply = await service.retrain(admin());
  assert.equal(reply.ok, false);
  assert.equal(reply.errorCode, 'TRAINING_UNAVAILABLE');
  assert.match(reply.text, /training is not built yet, so no model was trained/);
  const job = getJob(db, reply.jobId!)!;
  assert.deepEqual([job.kind, job.status, job.triggeredBy], ['retrain', 'failed', 'discord:teacher-1']);
  assert.match(job.error!, /TRAINING_UNAVAILABLE/);
});

test('eval without a harness records the job and says what is missing', async (t) => {
  const { service, db } = openTestService(t);
  const reply = await service.runEval(admin());
  assert.equal(reply.ok, false);
  assert.equal(reply.errorCode, 'EVAL_UNAVAILABLE');
  assert.match(reply.text, /nothing was evaluated: the evaluation harness \(core\/evaluation\) is not part of this build/);
  assert.equal(getJob(db, reply.jobId!)!.status, 'failed');
});

test('eval with a missing set says so before starting anything', async (t) => {
  const { service, db } = openTestService(t, {
    deps: { evaluation: createEvaluationHarness({ dataDir: '/nonexistent', setFile: '/nonexistent/test.jsonl' }) },
  });
  const reply = await service.runEval(admin());
  assert.equal(reply.errorCode, 'EVAL_UNAVAILABLE');
  assert.match(reply.text, /the eval set \/nonexistent\/test\.jsonl does not exist/);
  assert.equal(getJob(db, reply.jobId!)!.status, 'failed');
});

test('eval runs the harness in the background, records an eval run, and status then shows it', async (t) => {
  // The fixed generator answers CIRCLE_CODE, which labels O: the probe must find it in both items.
  const work = mkdtempSync(path.join(os.tmpdir(), 'asybot-eval-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  const setFile = path.join(work, 'set.jsonl');
  const items = [
    { id: 'circle-1', request: 'a circle with centre O', labels: ['O'], predicates: [] },
    { id: 'circle-2', request: 'draw a circle, mark its centre O', labels: ['O'], predicates: [] },
  ];
  writeFileSync(setFile, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
  const { service, db } = openTestService(t, {
    deps: { evaluation: createEvaluationHarness({ dataDir: work, setFile }) },
  });

  const reply = await service.runEval(admin());
  assert.equal(reply.ok, true, reply.text);
  assert.match(reply.text, /^Started evaluating fixed-test-model on set\.jsonl \(job [0-9a-f]{8}\)/);
  const again = await service.runEval(admin());
  assert.equal(again.errorCode, 'JOB_ALREADY_RUNNING');
  assert.equal(again.jobId, reply.jobId);

  await waitFor(() => getJob(db, reply.jobId!)!.status !== 'running', 60_000);
  const job = getJob(db, reply.jobId!)!;
  assert.equal(job.status, 'succeeded', String(job.error));
  const [run] = listEvalRuns(db, { modelId: 'fixed-test-model' });
  assert.deepEqual([run!.setName, run!.n, run!.compileRate, run!.labelRecall, run!.jobId], ['set', 2, 1, 1, reply.jobId]);
  assert.ok(existsSync(run!.reportPath!));
  const status = await service.status(admin());
  assert.match(status.text, /Latest eval of fixed-test-model on set \(n=2/);
});

test('rollback makes an earlier model active and records who did it', async (t) => {
  const { service, db } = openTestService(t);
  registerModel(db, { id: 'model-a', path: 'models/a' });
  registerModel(db, { id: 'model-b', path: 'models/b' });
  setActiveModel(db, 'model-a');
  setActiveModel(db, 'model-b');

  const reply = await service.rollback(admin(), 'model-a');
  assert.equal(reply.ok, true, reply.text);
  assert.match(reply.text, /^Model model-a is now active \(was model-b\)\. Note: \/diagram is answered by fixed-test-model/);
  assert.equal(getActiveModel(db)!.id, 'model-a');
  assert.equal(getModel(db, 'model-b')!.status, 'retired');
  const job = getJob(db, reply.jobId!)!;
  assert.deepEqual([job.kind, job.status, job.triggeredBy, job.detail], ['rollback', 'succeeded', 'discord:teacher-1', { to: 'model-a', from: 'model-b' }]);

  const same = await service.rollback(admin(), 'model-a');
  assert.deepEqual([same.ok, same.text], [true, 'Model model-a is already the active model.']);
});

test('rollback explains unknown, rejected and missing model ids', async (t) => {
  const { service, db } = openTestService(t);
  registerModel(db, { id: 'model-a', path: 'models/a' });
  registerModel(db, { id: 'model-bad', path: 'models/bad' });
  rejectModel(db, 'model-bad');

  const unknown = await service.rollback(admin(), 'model-z');
  assert.equal(unknown.errorCode, 'UNKNOWN_MODEL');
  assert.match(unknown.text, /There is no model "model-z"\. Newest models: model-bad \(rejected\), model-a \(candidate\)\./);
  const rejected = await service.rollback(admin(), 'model-bad');
  assert.equal(rejected.errorCode, 'MODEL_REJECTED');
  assert.match(rejected.text, /was rejected after evaluation/);
  const missing = await service.rollback(admin(), '  ');
  assert.equal(missing.errorCode, 'INVALID_INPUT');
  assert.equal(getActiveModel(db), undefined);
  assert.equal(countJobs(db), 0);
});

test('admins listed in ASYBOT_ADMINS are admins even when the platform says otherwise', async (t) => {
  const { service } = openTestService(t, { config: { admins: new Set(['console:ops']) } });
  assert.equal((await service.status(student('ops', 'console'))).ok, true);
  assert.equal((await service.status(student('ops', 'discord'))).errorCode, 'NOT_ADMIN');
});
