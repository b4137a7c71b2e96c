import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRateLimiter } from '../../../core/service/createRateLimiter.ts';

test('the limiter admits `limit` requests per sliding window and says when the next one fits', () => {
  let nowMs = 1_000_000;
  const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => nowMs });
  assert.deepEqual(limiter.take('discord:a'), { ok: true });
  nowMs += 20_000;
  assert.deepEqual(limiter.take('discord:a'), { ok: true });
  nowMs += 1_000;
  assert.deepEqual(limiter.take('discord:a'), { ok: false, retryAfterMs: 39_000 });
  assert.deepEqual(limiter.take('discord:b'), { ok: true }, 'users are counted apart');
  nowMs += 39_000;
  assert.deepEqual(limiter.take('discord:a'), { ok: true }, 'the first request has left the window');
  assert.equal(limiter.take('discord:a').ok, false);
});

test('refused attempts do not count, and a refund gives the last admission back', () => {
  let nowMs = 0;
  const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, now: () => nowMs });
  limiter.take('u');
  for (let i = 0; i < 5; i++) assert.equal(limiter.take('u').ok, false);
  nowMs = 10_001;
  assert.equal(limiter.take('u').ok, true, 'hammering during the wait did not extend it');
  limiter.refund('u');
  assert.equal(limiter.take('u').ok, true);
});
