import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getRequest, listCompilesForRequest, listFeedbackSince } from '../../../core/storage/index.ts';
import { BROKEN_CODE, isPng, openTestService, student, TRIANGLE_CODE } from './openTestService.ts';

const teacher = student('teacher-7');

test('a fix that compiles is rendered and stored as a gold example for the generation', async (t) => {
  const { service, db } = openTestService(t);
  const drawn = await service.diagram(student(), { text: 'triangle ABC', theme: 'dark' });
  const fix = await service.submitFix(teacher, drawn.generationId!, `Here you go:\n[asy]\n${TRIANGLE_CODE}\n[/asy]`);
  assert.equal(fix.ok, true, fix.text);
  assert.ok(isPng(fix.png));
  assert.equal(fix.code, TRIANGLE_CODE);
  assert.equal(fix.generationId, drawn.generationId);
  assert.match(fix.text, /saved/);

  const [gold, ...rest] = listFeedbackSince(db, 0);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [gold!.kind, gold!.correctedCode, gold!.vote, gold!.generationId, gold!.platformUserId, gold!.requestText],
    ['fix', TRIANGLE_CODE, null, drawn.generationId, 'teacher-7', 'triangle ABC'],
  );
  const request = getRequest(db, fix.requestId)!;
  assert.deepEqual([request.kind, request.parentRequestId, request.theme, request.status], ['fix', drawn.requestId, 'dark', 'answered']);
  assert.equal(listCompilesForRequest(db, fix.requestId)[0]!.ok, true);
});

test('a fix that does not compile is shown with its error and not stored', async (t) => {
  const { service, db } = openTestService(t);
  const drawn = await service.diagram(student(), { text: 'triangle ABC' });
  const fix = await service.submitFix(teacher, drawn.generationId!, BROKEN_CODE);
  assert.equal(fix.ok, false);
  assert.equal(fix.errorCode, 'COMPILE_ERROR');
  assert.match(fix.text, /^Your correction was not saved because it does not render: Asymptote reported an error \(line 2/);
  assert.match(fix.detail!, /\^/);
  assert.equal(listFeedbackSince(db, 0).length, 0);
  assert.equal(getRequest(db, fix.requestId)!.status, 'failed');
});

test('a fix for an unknown generation is refused', async (t) => {
  const { service, db } = openTestService(t);
  const fix = await service.submitFix(teacher, 'no-such-generation', TRIANGLE_CODE);
  assert.deepEqual([fix.ok, fix.errorCode], [false, 'UNKNOWN_GENERATION']);
  assert.equal(listFeedbackSince(db, 0).length, 0);
});
