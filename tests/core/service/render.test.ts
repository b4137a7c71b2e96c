import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getRequest, listCompilesForRequest, listGenerationsForRequest } from '../../../core/storage/index.ts';
import { BROKEN_CODE, CIRCLE_CODE, isPng, openTestService, student } from './openTestService.ts';

test('render unwraps an [asy] block from a pasted problem, renders it and stores the compile', async (t) => {
  const { service, db } = openTestService(t);
  const pasted = `Problem 4. In the figure below, find the radius.\n[asy]\n${CIRCLE_CODE}\n[/asy]\nGood luck!`;
  const reply = await service.render(student(), { code: pasted, theme: 'transparent' });
  assert.equal(reply.ok, true, reply.text);
  assert.ok(isPng(reply.png));
  assert.equal(reply.code, CIRCLE_CODE);
  assert.match(reply.text, /^Rendered your code in \d+\.\d s\.$/);
  assert.equal(reply.generationId, undefined, 'nothing was generated');

  const request = getRequest(db, reply.requestId)!;
  assert.deepEqual([request.kind, request.status, request.requestText, request.theme], ['render', 'answered', pasted, 'transparent']);
  const [compile] = listCompilesForRequest(db, reply.requestId);
  assert.equal(compile!.generationId, null);
  assert.equal(compile!.ok, true);
  assert.equal(listGenerationsForRequest(db, reply.requestId).length, 0);
});

test('render names which block it drew when a message holds several', async (t) => {
  const { service } = openTestService(t);
  const reply = await service.render(student(), { code: `[asy]${CIRCLE_CODE}[/asy] and [asy]draw(unitsquare);[/asy]` });
  assert.equal(reply.ok, true);
  assert.match(reply.text, /the first of 2 code blocks/);
});

test('a render that fails to compile gets a readable line and the detail with a caret', async (t) => {
  const { service, db } = openTestService(t);
  const reply = await service.render(student(), { code: BROKEN_CODE });
  assert.equal(reply.ok, false);
  assert.equal(reply.errorCode, 'COMPILE_ERROR');
  assert.equal(reply.text, "I couldn't render that: Asymptote reported an error (line 2: no matching variable 'B').");
  assert.match(reply.detail!, /draw\(\(0,0\)--B\);\n\s+\^/);
  assert.equal(reply.png, undefined);
  assert.equal(getRequest(db, reply.requestId)!.errorCode, 'COMPILE_ERROR');
  assert.equal(listCompilesForRequest(db, reply.requestId)[0]!.ok, false);
});

test('a message without code is answered without running anything', async (t) => {
  const { service, db } = openTestService(t);
  const reply = await service.render(student(), { code: '  \n ' });
  assert.equal(reply.errorCode, 'NO_CODE');
  assert.match(reply.text, /no Asymptote code/);
  assert.equal(listCompilesForRequest(db, reply.requestId).length, 0);
});

test("hostile code fails on its own and never affects another user's request", async (t) => {
  const { service, db } = openTestService(t, { compile: { timeoutMs: 2000 } });
  // Runs at the same time as the loop below: answered normally, long before the loop is killed.
  const loop = service.render(student('mallory'), { code: 'while(true) {}' });
  const reader = service.render(student('mallory'), { code: 'file f = input("/etc/passwd"); string s = f; label(s, (0,0));' });
  const normalStartedAt = performance.now();
  const normal = await service.diagram(student('alice'), { text: 'a circle with centre O' });
  const normalMs = performance.now() - normalStartedAt;

  assert.equal(normal.ok, true, normal.text);
  assert.ok(isPng(normal.png));
  const [loopReply, readerReply] = await Promise.all([loop, reader]);
  assert.equal(loopReply.ok, false);
  assert.equal(loopReply.errorCode, 'COMPILE_TIMEOUT');
  assert.match(loopReply.text, /longer than the time limit/);
  assert.equal(readerReply.ok, false);
  assert.doesNotMatch(JSON.stringify(readerReply), /root:x:0:0/);
  assert.ok(normalMs < 8000, `the normal request took ${normalMs} ms`);

  const after = await service.render(student('bob'), { code: CIRCLE_CODE });
  assert.equal(after.ok, true);
  assert.equal(getRequest(db, loopReply.requestId)!.errorCode, 'COMPILE_TIMEOUT');
  assert.equal(listCompilesForRequest(db, loopReply.requestId)[0]!.timedOut, true);
});
