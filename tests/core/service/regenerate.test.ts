import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getRequest } from '../../../core/storage/index.ts';
import { createFixedGenerator } from '../../helpers/createFixedGenerator.ts';
import { CIRCLE_CODE, openTestService, SQUARE_CODE, student, TRIANGLE_CODE } from './openTestService.ts';

test('regenerate makes a new request linked to the first and asks for a different candidate', async (t) => {
  const generator = createFixedGenerator({ candidates: [CIRCLE_CODE, TRIANGLE_CODE, SQUARE_CODE] });
  const { service, db } = openTestService(t, { generator });
  const first = await service.diagram(student(), { text: 'a shape', theme: 'dark' });
  assert.equal(first.code, CIRCLE_CODE);

  const second = await service.regenerate(student('classmate'), first.requestId);
  assert.equal(second.ok, true, second.text);
  assert.equal(second.code, TRIANGLE_CODE);
  assert.notEqual(second.requestId, first.requestId);
  assert.notEqual(second.generationId, first.generationId);
  assert.deepEqual(generator.calls[1]!.previous.map((attempt) => attempt.code), [CIRCLE_CODE]);
  const row = getRequest(db, second.requestId)!;
  assert.deepEqual(
    [row.kind, row.parentRequestId, row.requestText, row.theme, row.platformUserId, row.status],
    ['regenerate', first.requestId, 'a shape', 'dark', 'classmate', 'answered'],
  );

  // Redrawing the redraw moves on again: everything shown along the chain is passed as previous.
  const third = await service.regenerate(student(), second.requestId);
  assert.equal(third.code, SQUARE_CODE);
  assert.deepEqual(generator.calls[2]!.previous.map((attempt) => attempt.code), [CIRCLE_CODE, TRIANGLE_CODE]);
});

test('regenerate refuses unknown requests and requests that were not generated', async (t) => {
  const { service, db } = openTestService(t);
  const unknown = await service.regenerate(student(), 'no-such-request');
  assert.equal(unknown.ok, false);
  assert.equal(unknown.errorCode, 'UNKNOWN_REQUEST');
  assert.equal(getRequest(db, unknown.requestId)!.status, 'failed');

  const rendered = await service.render(student(), { code: CIRCLE_CODE });
  const again = await service.regenerate(student(), rendered.requestId);
  assert.equal(again.errorCode, 'NOT_REGENERABLE');
  assert.match(again.text, /render it again/);
});
