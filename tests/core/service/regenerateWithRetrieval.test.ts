import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRetrievalGenerator } from '../../../core/generation/retrieval/createRetrievalGenerator.ts';
import { FIXTURE_SAMPLES } from '../../fixtures/retrievalSamples.ts';
import { openTestService, student } from './openTestService.ts';

// The same contract with the real baseline (over the hand-written fixture corpus) instead of the fixed-code double.

test('with the retrieval baseline, a diagram is drawn and regenerate serves a different code', async (t) => {
  const generator = createRetrievalGenerator({ samples: FIXTURE_SAMPLES });
  const { service } = openTestService(t, { generator });
  const first = await service.diagram(student(), { text: 'a circle with centre O' });
  assert.equal(first.ok, true, first.text);
  assert.match(first.modelId!, /^retrieval-bm25@/);
  const again = await service.regenerate(student(), first.requestId);
  assert.equal(again.ok, true, again.text);
  assert.notEqual(again.code, first.code);
});

test('regenerate after an adapted answer offers another scene, not the same one with the names undone', async (t) => {
  const generator = createRetrievalGenerator({ samples: FIXTURE_SAMPLES });
  const { service } = openTestService(t, { generator });
  const first = await service.diagram(student(), { text: 'Draw right triangle PQR with the right angle at P and legs PQ = 7 and PR = 2.' });
  assert.match(first.code!, /"\$P\$"/);
  const again = await service.regenerate(student(), first.requestId);
  assert.match(again.code!, /"\$P\$"/, 'the redraw still uses the names the student asked for');
});
