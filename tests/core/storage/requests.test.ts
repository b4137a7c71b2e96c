import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  countRecentRequests,
  failUnfinishedRequests,
  getRequest,
  markRequestAnswered,
  markRequestFailed,
  markRequestRunning,
  recordRequest,
  REQUEST_KINDS,
  REQUEST_PLATFORMS,
  type RequestPlatform,
} from '../../../core/storage/index.ts';
import { openTempDatabase, seedRequest } from './tempDatabase.ts';

test('recordRequest stores every field and getRequest reads it back', (t) => {
  const { db } = openTempDatabase(t);
  const parent = seedRequest(db);
  const row = recordRequest(db, {
    id: 'req-1',
    platform: 'slack',
    platformUserId: 'U123',
    guildId: 'T9',
    channelId: 'C7',
    kind: 'regenerate',
    requestText: 'again, but label the feet of the altitudes',
    theme: 'dark',
    parentRequestId: parent.id,
    createdAtMs: 1_700_000_000_000,
  });
  assert.deepEqual(row, {
    id: 'req-1',
    platform: 'slack',
    platformUserId: 'U123',
    guildId: 'T9',
    channelId: 'C7',
    kind: 'regenerate',
    requestText: 'again, but label the feet of the altitudes',
    theme: 'dark',
    parentRequestId: parent.id,
    status: 'queued',
    errorCode: null,
    createdAtMs: 1_700_000_000_000,
    answeredAtMs: null,
  });
  assert.deepEqual(getRequest(db, 'req-1'), row);
});

test('recordRequest fills a UUID, the current time and nulls for what is left out', (t) => {
  const { db } = openTempDatabase(t);
  const beforeMs = Date.now();
  const row = recordRequest(db, { platform: 'console', platformUserId: 'me', kind: 'render', requestText: 'draw((0,0)--(1,1));' });
  assert.match(row.id, /^[0-9a-f-]{36}$/);
  assert.ok(row.createdAtMs >= beforeMs && row.createdAtMs <= Date.now());
  assert.equal(row.guildId, null);
  assert.equal(row.theme, null);
});

test('the schema accepts every platform and kind the types name, and nothing else', (t) => {
  const { db } = openTempDatabase(t);
  for (const platform of REQUEST_PLATFORMS) {
    for (const kind of REQUEST_KINDS) {
      recordRequest(db, { platform, platformUserId: 'u', kind, requestText: 'x' });
    }
  }
  assert.throws(
    () => recordRequest(db, { platform: 'irc' as RequestPlatform, platformUserId: 'u', kind: 'diagram', requestText: 'x' }),
    { code: 'STORAGE_CONSTRAINT_FAILED' },
  );
});

test('a request whose parent does not exist is rejected', (t) => {
  const { db } = openTempDatabase(t);
  assert.throws(() => seedRequest(db, { kind: 'fix', parentRequestId: 'missing' }), { code: 'STORAGE_CONSTRAINT_FAILED' });
});

test('a request moves queued -> running -> answered with its answer time', (t) => {
  const { db } = openTempDatabase(t);
  const { id } = seedRequest(db);
  assert.equal(markRequestRunning(db, id).status, 'running');
  const answered = markRequestAnswered(db, id, 1234);
  assert.equal(answered.status, 'answered');
  assert.equal(answered.answeredAtMs, 1234);
  assert.equal(answered.errorCode, null);
});

test('a failed request keeps the error code the user was shown', (t) => {
  const { db } = openTempDatabase(t);
  const { id } = seedRequest(db);
  const failed = markRequestFailed(db, id, 'COMPILE_TIMEOUT', 99);
  assert.equal(failed.status, 'failed');
  assert.equal(failed.errorCode, 'COMPILE_TIMEOUT');
  assert.equal(getRequest(db, id)?.answeredAtMs, 99);
});

test('a finished request cannot be started or finished again', (t) => {
  const { db } = openTempDatabase(t);
  const { id } = seedRequest(db);
  markRequestAnswered(db, id);
  assert.throws(() => markRequestRunning(db, id), { code: 'STORAGE_INVALID_STATE', message: /must be queued .* it is answered/ });
  assert.throws(() => markRequestFailed(db, id, 'X'), { code: 'STORAGE_INVALID_STATE' });
  assert.equal(getRequest(db, id)?.status, 'answered');
});

test('updating a request that does not exist fails with STORAGE_NOT_FOUND', (t) => {
  const { db } = openTempDatabase(t);
  assert.throws(() => markRequestAnswered(db, 'nope'), { code: 'STORAGE_NOT_FOUND' });
});

test('countRecentRequests counts one user on one platform from sinceMs on', (t) => {
  const { db } = openTempDatabase(t);
  for (const createdAtMs of [100, 200, 300]) seedRequest(db, { platformUserId: 'alice', createdAtMs });
  seedRequest(db, { platformUserId: 'bob', createdAtMs: 300 });
  seedRequest(db, { platform: 'slack', platformUserId: 'alice', createdAtMs: 300 });
  assert.equal(countRecentRequests(db, { platform: 'discord', platformUserId: 'alice', sinceMs: 200 }), 2);
  assert.equal(countRecentRequests(db, { platform: 'discord', platformUserId: 'alice', sinceMs: 0 }), 3);
  assert.equal(countRecentRequests(db, { platform: 'discord', platformUserId: 'carol', sinceMs: 0 }), 0);
});

test('the rate-limit count uses the user+time index', (t) => {
  const { db } = openTempDatabase(t);
  const plan = db
    .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM requests WHERE platform = ? AND platform_user_id = ? AND created_at_ms >= ?`)
    .all('discord', 'u', 0) as { detail: string }[];
  assert.match(plan.map((step) => step.detail).join('\n'), /requests_by_user_time/);
});

test('failUnfinishedRequests fails only queued and running rows of the named platforms created before the cut-off', (t) => {
  const { db } = openTempDatabase(t);
  const old = (platform: RequestPlatform) => recordRequest(db, { platform, platformUserId: 'u', kind: 'diagram', requestText: 'x', createdAtMs: 1000 });
  const queued = old('discord');
  const running = old('console');
  markRequestRunning(db, running.id);
  const answered = old('discord');
  markRequestAnswered(db, answered.id);
  const otherPlatform = old('slack');
  const fresh = recordRequest(db, { platform: 'discord', platformUserId: 'u', kind: 'diagram', requestText: 'x', createdAtMs: 5000 });

  const failed = failUnfinishedRequests(db, { platforms: ['discord', 'console'], beforeMs: 2000, errorCode: 'INTERRUPTED', atMs: 3000 });
  assert.deepEqual(failed.sort(), [queued.id, running.id].sort());
  assert.deepEqual([getRequest(db, queued.id)!.status, getRequest(db, queued.id)!.errorCode, getRequest(db, queued.id)!.answeredAtMs], ['failed', 'INTERRUPTED', 3000]);
  assert.equal(getRequest(db, running.id)!.status, 'failed');
  assert.equal(getRequest(db, answered.id)!.status, 'answered');
  assert.equal(getRequest(db, otherPlatform.id)!.status, 'queued');
  assert.equal(getRequest(db, fresh.id)!.status, 'queued');
});
