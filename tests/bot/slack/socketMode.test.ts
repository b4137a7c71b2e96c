// The Slack adapter in Socket Mode (the default): apps.connections.open, the hello handshake, envelopes pushed by
// the fake Slack and the client's acks, with the real Bolt app and the real service behind it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PROGRESS_INTERVAL_MS } from '../../../bot/slack/postStatusMessage.ts';
import { appMention, blockAction, refusedConnections, slackEscape, slashCommand } from '../../helpers/fakeSlack/index.ts';
import { findCard, startSlackHarness, threadReplies, type SlackHarness } from './startSlackHarness.ts';

let h: SlackHarness;
before(async () => {
  h = await startSlackHarness({ mode: 'socket', concurrency: 2 });
  await h.fake.socketConnected();
});
after(async () => {
  await h.close();
  assert.deepEqual(refusedConnections, [], 'nothing may leave loopback');
});

test('start-up opens the socket with the app token and the hello handshake', () => {
  const open = h.fake.callsTo('apps.connections.open');
  assert.equal(open.length, 1);
  assert.equal(open[0]!.authorization, `Bearer ${h.fake.appToken}`);
  assert.equal(open[0]!.response.ok, true);
  assert.equal(h.bot.port, undefined, 'Socket Mode listens on no port');
});

test('every envelope is acked (command, button, event) and a /diagram over the socket is answered', async () => {
  const start = h.fake.state.messages.length;
  const command = await h.fake.pushEnvelope('slash_commands', slashCommand(h.fake, '/diagram', 'Draw a circle with center O and a red chord AB.', { userId: 'U0SOCKET001' }));
  assert.ok(command.ack!.atMs - command.pushedAtMs < 3000, 'acked within Slack\'s 3 s');
  const card = await h.fake.waitFor((s) => {
    const found = findCard(s, 'U0SOCKET001', undefined, start);
    return found && threadReplies(s, found.channel, found.ts).length > 0 ? found : undefined;
  }, 30_000, 'the answer');
  assert.match(card.text!, /✅/);
  assert.ok([...h.fake.state.files.values()].some((f) => f.completed && f.channelId === card.channel && f.bytes !== undefined));

  const vote = await h.fake.pushEnvelope('interactive', blockAction(h.fake, card, 'vote_up', { userId: 'U0SOCKET001' }));
  assert.ok(vote.ack);
  await h.fake.waitFor((s) => s.ephemerals.find((e) => e.user === 'U0SOCKET001'), 10_000, 'the vote thanks');
  assert.equal((h.db.prepare("SELECT COUNT(*) AS n FROM feedback WHERE platform_user_id = 'U0SOCKET001'").get() as { n: number }).n, 1);

  const mention = await h.fake.pushEnvelope('events_api', appMention(h.fake, `<@${h.fake.botUserId}> ${slackEscape('```\ndraw((0,0)--(1,1));\n```')}`, { userId: 'U0SOCKET002' }));
  assert.ok(mention.ack);
  await h.fake.waitFor((s) => findCard(s, 'U0SOCKET002'), 30_000, 'the mention answer');

  const usage = await h.fake.pushEnvelope('slash_commands', slashCommand(h.fake, '/diagram', '   '));
  assert.match(JSON.stringify(usage.ack!.payload), /Tell me what to draw/, 'an ack can carry an ephemeral answer');
  assert.ok(h.fake.state.envelopes.every((e) => e.ack !== undefined), 'no envelope left unacknowledged');
  assert.deepEqual(h.fake.state.warnings, []);
});

test('20 concurrent /diagram requests: every one acked and answered, none lost, queue positions reported', async () => {
  const requests = [
    'Draw right triangle ABC with the right angle at A and legs AB = 4 and AC = 3.',
    'Draw a square ABCD with its diagonals.',
    'Draw a regular hexagon.',
    'Draw an equilateral triangle DEF.',
  ];
  const users = Array.from({ length: 20 }, (_, i) => `U0CROWD${String(i).padStart(4, '0')}`);
  const start = h.fake.state.messages.length;
  const startedAt = Date.now();
  const acks = await Promise.all(users.map((userId, i) =>
    h.fake.pushEnvelope('slash_commands', slashCommand(h.fake, '/diagram', requests[i % requests.length]!, { userId }))));
  assert.equal(acks.length, 20);
  assert.ok(acks.every((e) => e.ack !== undefined));

  const cards = await h.fake.waitFor((s) => {
    const found = users.map((userId) => findCard(s, userId, undefined, start));
    if (found.some((card) => card === undefined || threadReplies(s, card.channel, card.ts).length === 0)) return undefined;
    return found as NonNullable<(typeof found)[number]>[];
  }, 50_000, 'all 20 answers');
  const elapsedMs = Date.now() - startedAt;

  assert.equal(new Set(cards.map((c) => c.ts)).size, 20, 'one card per request');
  assert.ok(cards.every((c) => c.text!.includes('✅')), 'every request was drawn');
  const pngs = [...h.fake.state.files.values()].filter((f) => f.filename === 'diagram.png' && f.completed && f.channelId === 'C0CLASS0001');
  assert.ok(pngs.length >= 20);
  // 2 at a time: the other 18 waited and were told their place in the queue, in their first message already.
  const firstPositions = cards.map((c) => /#(\d+) in the queue/.exec(c.history[0]!)?.[1]).filter((p) => p !== undefined).map(Number);
  assert.equal(firstPositions.length, 18, `queued requests: ${firstPositions.length}`);
  assert.deepEqual([...firstPositions].sort((a, b) => a - b), Array.from({ length: 18 }, (_, i) => i + 1));
  const answered = h.db.prepare("SELECT COUNT(*) AS n FROM requests WHERE platform_user_id LIKE 'U0CROWD%' AND status = 'answered'").get() as { n: number };
  assert.equal(answered.n, 20);
  // Progress updates are coalesced and spaced (every move shown would be 17 + 16 + … = 153 calls).
  const updates = h.fake.callsTo('chat.update').filter((c) => String(c.params.text).includes('U0CROWD')).length;
  const maxPerMessage = Math.ceil(elapsedMs / PROGRESS_INTERVAL_MS) + 1;
  for (const card of cards) assert.ok(card.history.length - 2 <= maxPerMessage, `progress updates: ${card.history.length - 2}`);
  console.log(`# 20 concurrent /diagram: answered in ${elapsedMs} ms, ${updates} chat.update calls`);
  assert.deepEqual(h.fake.state.warnings, []);
  assert.deepEqual(h.serviceLog.filter((line) => line.startsWith('error')), []);
});
