import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GeneratorError } from '../../../core/generation/types.ts';
import {
  getRequest,
  listCompilesForRequest,
  listGenerationsForRequest,
} from '../../../core/storage/index.ts';
import { createFixedGenerator } from '../../helpers/createFixedGenerator.ts';
import { BROKEN_CODE, CIRCLE_CODE, isPng, openTestService, student } from './openTestService.ts';

test('diagram answers with a PNG, the code and the model id, and every step is a row', async (t) => {
  const { service, db } = openTestService(t);
  const reply = await service.diagram(student(), { text: 'a circle with its centre O', theme: 'dark' });
  assert.equal(reply.ok, true, reply.text);
  assert.ok(isPng(reply.png));
  assert.equal(reply.code, CIRCLE_CODE);
  assert.equal(reply.modelId, 'fixed-test-model');
  assert.match(reply.text, /^Here is your diagram \(fixed-test-model, \d+\.\d s\)\.$/);
  assert.ok(reply.durationMs > 0);

  const request = getRequest(db, reply.requestId)!;
  assert.equal(request.status, 'answered');
  assert.equal(request.kind, 'diagram');
  assert.equal(request.platform, 'discord');
  assert.equal(request.platformUserId, 'student-1');
  assert.equal(request.guildId, 'g-1');
  assert.equal(request.theme, 'dark');
  assert.equal(request.requestText, 'a circle with its centre O');
  assert.ok(request.answeredAtMs! >= request.createdAtMs);

  const [generation, ...moreGenerations] = listGenerationsForRequest(db, reply.requestId);
  assert.equal(moreGenerations.length, 0);
  assert.equal(generation!.id, reply.generationId);
  assert.equal(generation!.modelId, 'fixed-test-model');
  assert.equal(generation!.code, CIRCLE_CODE);
  const [compile, ...moreCompiles] = listCompilesForRequest(db, reply.requestId);
  assert.equal(moreCompiles.length, 0);
  assert.equal(compile!.generationId, generation!.id);
  assert.equal(compile!.ok, true);
  assert.equal(compile!.pngBytes, reply.png!.length);
  assert.match(compile!.pngSha256!, /^[0-9a-f]{64}$/);
});

test('an empty or over-long request gets a short error, is recorded, and no work is done', async (t) => {
  const generator = createFixedGenerator({ candidates: [CIRCLE_CODE] });
  const { service, db } = openTestService(t, { generator, config: { maxRequestChars: 50 } });

  const empty = await service.diagram(student(), { text: '   ' });
  assert.equal(empty.ok, false);
  assert.equal(empty.errorCode, 'EMPTY_REQUEST');
  assert.match(empty.text, /Tell me what to draw/);

  const long = await service.diagram(student(), { text: 'x'.repeat(51) });
  assert.equal(long.errorCode, 'REQUEST_TOO_LONG');
  assert.match(long.text, /51 characters.*under 50/);

  const badTheme = await service.diagram(student(), { text: 'a circle', theme: 'neon' as never });
  assert.equal(badTheme.errorCode, 'INVALID_THEME');

  assert.equal(generator.calls.length, 0);
  for (const reply of [empty, long, badTheme]) {
    const row = getRequest(db, reply.requestId)!;
    assert.equal(row.status, 'failed');
    assert.equal(row.errorCode, reply.errorCode);
  }
});

test('code that does not compile goes back to the generator, which offers its next candidate', async (t) => {
  const generator = createFixedGenerator({ candidates: [BROKEN_CODE, CIRCLE_CODE] });
  const { service, db } = openTestService(t, { generator });
  const reply = await service.diagram(student(), { text: 'a circle' });
  assert.equal(reply.ok, true, reply.text);
  assert.equal(reply.code, CIRCLE_CODE);
  assert.match(reply.text, /attempt 2/);
  assert.equal(generator.calls[1]!.previous[0]!.code, BROKEN_CODE);
  assert.match(generator.calls[1]!.previous[0]!.errors[0]!.message, /no matching variable 'B'/);

  const generations = listGenerationsForRequest(db, reply.requestId);
  assert.deepEqual(generations.map((g) => g.attempt), [1, 2]);
  const compiles = listCompilesForRequest(db, reply.requestId);
  assert.deepEqual(compiles.map((c) => [c.generationId, c.ok]), [[generations[0]!.id, false], [generations[1]!.id, true]]);
  assert.deepEqual((compiles[0]!.error as { errorCode: string }).errorCode, 'COMPILE_ERROR');
  assert.equal(reply.generationId, generations[1]!.id);
});

test('when no attempt compiles, the reply says so and carries the compiler message with a caret', async (t) => {
  const generator = createFixedGenerator({ candidates: [BROKEN_CODE] });
  const { service, db } = openTestService(t, { generator, config: { maxAttempts: 2 } });
  const reply = await service.diagram(student(), { text: 'a segment to B' });
  assert.equal(reply.ok, false);
  assert.equal(reply.errorCode, 'COMPILE_ERROR');
  assert.match(reply.text, /^I couldn't draw that: the code still failed after 2 attempts \(line 2: no matching variable 'B'\)\.$/);
  assert.match(reply.detail!, /line 2: no matching variable 'B'\n {2}draw\(\(0,0\)--B\);\n {2} {12}\^/);
  assert.equal(reply.code, BROKEN_CODE);
  assert.ok(reply.generationId, 'a failed attempt can still be voted on and fixed');
  assert.equal(getRequest(db, reply.requestId)!.errorCode, 'COMPILE_ERROR');
  assert.equal(listGenerationsForRequest(db, reply.requestId).length, 2);
});

test('a generator crash becomes a clear message, never a stack trace', async (t) => {
  const generator = createFixedGenerator({ candidates: [CIRCLE_CODE], failWith: new GeneratorError('MODEL_UNREACHABLE', 'connect ECONNREFUSED 127.0.0.1:8080') });
  const { service, db } = openTestService(t, { generator });
  const reply = await service.diagram(student(), { text: 'a circle' });
  assert.equal(reply.ok, false);
  assert.equal(reply.errorCode, 'GENERATION_FAILED');
  assert.equal(reply.text, 'The model could not write code for that right now. Please try again later.');
  assert.doesNotMatch(reply.text + (reply.detail ?? ''), /\n\s+at /);
  assert.equal(reply.generationId, undefined);
  assert.equal(getRequest(db, reply.requestId)!.errorCode, 'GENERATION_FAILED');
});

test('a generator that hangs is stopped at the deadline and the user is told', async (t) => {
  const generator = createFixedGenerator({ candidates: [CIRCLE_CODE], delayMs: 1500, respectAbort: false });
  const { service, db } = openTestService(t, { generator, config: { requestTimeoutMs: 300 } });
  const startedAt = performance.now();
  const reply = await service.diagram(student(), { text: 'a circle' });
  assert.ok(performance.now() - startedAt < 2000);
  assert.equal(reply.errorCode, 'TIMEOUT');
  assert.equal(reply.text, 'That took longer than 1 s, so I stopped. Try a simpler request.');
  assert.equal(getRequest(db, reply.requestId)!.status, 'failed');
  assert.equal(generator.calls[0]!.signal?.aborted, true, 'the generator was asked to stop');
});

test('a user over the rate limit is told when to retry; other users are not affected; the window moves on', async (t) => {
  let nowMs = Date.now();
  const { service, db } = openTestService(t, {
    config: { rateLimitRequests: 2, rateLimitWindowS: 60 },
    deps: { now: () => nowMs },
  });
  assert.equal((await service.diagram(student('eager'), { text: 'a circle' })).ok, true);
  nowMs += 10_000;
  assert.equal((await service.render(student('eager'), { code: CIRCLE_CODE })).ok, true);
  nowMs += 5_000;
  const limited = await service.diagram(student('eager'), { text: 'a circle' });
  assert.equal(limited.ok, false);
  assert.equal(limited.errorCode, 'RATE_LIMITED');
  assert.equal(limited.retryAfterS, 45, 'the first request leaves the 60 s window 45 s from now');
  assert.match(limited.text, /Please wait 45 s/);
  assert.equal(getRequest(db, limited.requestId)!.errorCode, 'RATE_LIMITED');

  assert.equal((await service.diagram(student('patient'), { text: 'a circle' })).ok, true);
  assert.equal((await service.diagram(student('eager', 'slack'), { text: 'a circle' })).ok, true, 'limits are per platform user');

  nowMs += 45_000;
  assert.equal((await service.diagram(student('eager'), { text: 'a circle' })).ok, true);
});

test('twenty concurrent requests are all answered, and waiting ones are told their place as it improves', async (t) => {
  const generator = createFixedGenerator({ candidates: [CIRCLE_CODE], delayMs: 50 });
  const { service, db } = openTestService(t, { generator, config: { concurrency: 2, queueMax: 30 } });
  const positions: number[][] = Array.from({ length: 20 }, () => []);
  let working = 0;
  const replies = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    service.diagram(student(`user-${i}`), { text: `circle number ${i}` }, {
      queued: (position) => positions[i]!.push(position),
      working: () => { working += 1; },
    })));

  assert.equal(replies.filter((reply) => reply.ok).length, 20, replies.map((r) => r.text).join('\n'));
  assert.equal(new Set(replies.map((reply) => reply.requestId)).size, 20);
  assert.equal(working, 20);
  // The first two start at once; the other eighteen queue at places 1..18 in arrival order.
  assert.deepEqual(positions.map((p) => p[0] ?? 0), [0, 0, ...Array.from({ length: 18 }, (_, i) => i + 1)]);
  for (const seen of positions.slice(2)) {
    assert.deepEqual(seen, [...seen].sort((a, b) => b - a), 'places only improve');
    assert.equal(seen.at(-1), 1, 'everyone reaches the front');
  }
  const answered = db.prepare(`SELECT count(*) AS n FROM requests WHERE status = 'answered'`).get() as { n: number };
  assert.equal(answered.n, 20);
  assert.equal(service.queueLength, 0);
});

test('over the queue cap, requests are refused at once with a polite wait estimate', async (t) => {
  const generator = createFixedGenerator({ candidates: [CIRCLE_CODE], delayMs: 200 });
  const { service, db } = openTestService(t, { generator, config: { concurrency: 1, queueMax: 3 } });
  const replies = await Promise.all(Array.from({ length: 7 }, (_, i) => service.diagram(student(`user-${i}`), { text: 'a circle' })));
  assert.deepEqual(replies.map((reply) => reply.ok), [true, true, true, true, false, false, false]);
  for (const busy of replies.slice(4)) {
    assert.equal(busy.errorCode, 'BUSY');
    assert.ok(busy.retryAfterS! >= 1);
    assert.match(busy.text, /busy with 3 other diagrams.*try again in \d+ s/);
    assert.equal(getRequest(db, busy.requestId)!.errorCode, 'BUSY');
  }
  // A refused request does not use up the user's rate limit.
  const again = await service.diagram(student('user-6'), { text: 'a circle' });
  assert.equal(again.ok, true);
});

test('a progress listener that throws does not fail the request', async (t) => {
  const { service } = openTestService(t);
  const reply = await service.diagram(student(), { text: 'a circle' }, {
    working: () => { throw new Error('the chat message was deleted'); },
  });
  assert.equal(reply.ok, true);
});
