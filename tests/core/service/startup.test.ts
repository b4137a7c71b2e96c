import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EvaluationHarness } from '../../../core/service/serviceContext.ts';
import {
  getJob,
  getRequest,
  markRequestAnswered,
  markRequestRunning,
  recordRequest,
  type Database,
  type RequestPlatform,
} from '../../../core/storage/index.ts';
import { createFixedGenerator } from '../../helpers/createFixedGenerator.ts';
import { admin, CIRCLE_CODE, openTestService, student } from './openTestService.ts';

function seed(db: Database, platform: RequestPlatform, state: 'queued' | 'running' | 'answered'): string {
  const { id } = recordRequest(db, { platform, platformUserId: 'u', kind: 'diagram', requestText: 'a circle', createdAtMs: Date.now() - 5000 });
  if (state !== 'queued') markRequestRunning(db, id);
  if (state === 'answered') markRequestAnswered(db, id);
  return id;
}

test('on start-up, requests a crash left queued or running are marked failed with INTERRUPTED', async (t) => {
  const ids: Record<string, string> = {};
  const { db } = openTestService(t, {
    seed: (db) => {
      ids.running = seed(db, 'discord', 'running');
      ids.queued = seed(db, 'discord', 'queued');
      ids.answered = seed(db, 'discord', 'answered');
    },
  });
  for (const key of ['running', 'queued']) {
    const row = getRequest(db, ids[key]!)!;
    assert.deepEqual([row.status, row.errorCode], ['failed', 'INTERRUPTED'], key);
    assert.ok(row.answeredAtMs !== null);
  }
  assert.equal(getRequest(db, ids.answered!)!.status, 'answered');
});

test("a bot that recovers only its own platform leaves another bot's live requests alone", async (t) => {
  const ids: Record<string, string> = {};
  const { db } = openTestService(t, {
    deps: { recoverPlatforms: ['slack'] },
    seed: (db) => {
      ids.slack = seed(db, 'slack', 'running');
      ids.discord = seed(db, 'discord', 'running');
      ids.eval = seed(db, 'eval', 'running');
    },
  });
  assert.equal(getRequest(db, ids.slack!)!.errorCode, 'INTERRUPTED');
  assert.equal(getRequest(db, ids.discord!)!.status, 'running');
  assert.equal(getRequest(db, ids.eval!)!.status, 'running');
});

test('close lets admitted requests finish, refuses new ones, and calls onClose once', async (t) => {
  let closedCalls = 0;
  const generator = createFixedGenerator({ candidates: [CIRCLE_CODE], delayMs: 300 });
  const { service, db } = openTestService(t, { generator, config: { concurrency: 1 }, deps: { onClose: () => { closedCalls += 1; } } });
  const first = service.diagram(student('a'), { text: 'a circle' });
  const second = service.diagram(student('b'), { text: 'a circle' });
  const closing = service.close();
  const late = await service.diagram(student('c'), { text: 'a circle' });
  assert.equal(late.errorCode, 'SHUTTING_DOWN');
  assert.match(late.text, /restarting/);
  await closing;
  assert.equal(closedCalls, 1);
  assert.deepEqual([(await first).ok, (await second).ok], [true, true]);
  assert.equal(getRequest(db, late.requestId)!.errorCode, 'SHUTTING_DOWN');
  await service.close();
  assert.equal(closedCalls, 1, 'close is idempotent');
});

test('close marks a running eval job as interrupted instead of waiting for it', async (t) => {
  let release!: () => void;
  const slowHarness: EvaluationHarness = {
    describe: () => 'a slow set',
    unavailableReason: () => null,
    run: () => new Promise((resolve) => { release = () => resolve({ summary: 'done' }); }),
  };
  const { service, db } = openTestService(t, { deps: { evaluation: slowHarness } });
  const started = await service.runEval(admin());
  assert.equal(started.ok, true);
  await service.close();
  const job = getJob(db, started.jobId!)!;
  assert.equal(job.status, 'failed');
  assert.match(job.error!, /INTERRUPTED/);
  release();
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(getJob(db, started.jobId!)!.status, 'failed', 'a late finish does not overwrite it');
});
