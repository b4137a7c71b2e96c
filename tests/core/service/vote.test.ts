import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listFeedbackSince } from '../../../core/storage/index.ts';
import { openTestService, student } from './openTestService.ts';

test('a vote is committed before the thanks comes back: another connection sees it at once', async (t) => {
  const { service, openAnother } = openTestService(t);
  const drawn = await service.diagram(student('asker'), { text: 'a circle' });
  const reply = await service.vote(student('voter', 'slack'), drawn.generationId!, 1);
  assert.deepEqual(reply, { ok: true, text: 'Thanks for the 👍!' });

  const [stored, ...rest] = listFeedbackSince(openAnother(), 0);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [stored!.kind, stored!.vote, stored!.generationId, stored!.platform, stored!.platformUserId, stored!.requestText],
    ['vote', 1, drawn.generationId, 'slack', 'voter', 'a circle'],
  );
});

test('voting again replaces the earlier vote instead of adding one', async (t) => {
  const { service, db } = openTestService(t);
  const drawn = await service.diagram(student(), { text: 'a circle' });
  await service.vote(student('voter'), drawn.generationId!, 1);
  const changed = await service.vote(student('voter'), drawn.generationId!, -1);
  assert.equal(changed.ok, true);
  assert.match(changed.text, /Vote changed to 👎/);
  const votes = listFeedbackSince(db, 0);
  assert.equal(votes.length, 1);
  assert.equal(votes[0]!.vote, -1);

  await service.vote(student('someone-else'), drawn.generationId!, -1);
  assert.equal(listFeedbackSince(db, 0).length, 2, 'each user has their own vote');
});

test('a vote on an unknown generation, or not up or down, is refused and stores nothing', async (t) => {
  const { service, db } = openTestService(t);
  const unknown = await service.vote(student(), 'no-such-generation', 1);
  assert.deepEqual([unknown.ok, unknown.errorCode], [false, 'UNKNOWN_GENERATION']);
  assert.match(unknown.text, /can't find that diagram/);

  const drawn = await service.diagram(student(), { text: 'a circle' });
  const sideways = await service.vote(student(), drawn.generationId!, 0 as never);
  assert.deepEqual([sideways.ok, sideways.errorCode], [false, 'INVALID_VOTE']);
  assert.equal(listFeedbackSince(db, 0).length, 0);
});
