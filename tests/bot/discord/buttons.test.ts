import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CALLBACK, FLAG_EPHEMERAL, askDiagram, buttonIds, callbackOf, refusedConnections, startHarness, waitForFollowUp, waitForOriginalContent,
  type Harness,
} from './discordHarness.ts';

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); assert.deepEqual(refusedConnections, []); });

function votesFor(generationId: string) {
  return h.db.prepare('SELECT platform, platform_user_id AS userId, kind, vote FROM feedback WHERE generation_id = ? ORDER BY created_at_ms').all(generationId);
}

test('👍 stores a vote row before the ephemeral thanks; 👎 by the same user replaces it', async () => {
  const { fake } = h;
  const { message, generationId } = await askDiagram(fake, fake.users.student, 'Draw a circle with center O and a red chord AB.');
  const up = fake.clickButton(fake.users.student, message, `vote:up:${generationId}`);
  await waitForOriginalContent(fake, up, /Thanks for the 👍/);
  const callback = callbackOf(fake, up)!;
  assert.equal(callback.body.json.type, CALLBACK.DeferredChannelMessage);
  assert.equal(callback.body.json.data.flags & FLAG_EPHEMERAL, FLAG_EPHEMERAL, 'button replies are ephemeral');
  assert.deepEqual(votesFor(generationId), [{ platform: 'discord', userId: fake.users.student.id, kind: 'vote', vote: 1 }]);

  const down = fake.clickButton(fake.users.student, message, `vote:down:${generationId}`);
  await waitForOriginalContent(fake, down, /Vote changed to 👎/);
  assert.deepEqual(votesFor(generationId), [{ platform: 'discord', userId: fake.users.student.id, kind: 'vote', vote: -1 }]);
});

test('🗑 by someone else is refused ephemerally and the message stays; by the requester it is deleted', async () => {
  const { fake } = h;
  const { message, requestId } = await askDiagram(fake, fake.users.student, 'Draw an equilateral triangle DEF.');
  const stranger = fake.clickButton(fake.users.otherStudent, message, `delete:${requestId}`);
  const refusal = await waitForFollowUp(fake, stranger);
  assert.equal(callbackOf(fake, stranger)!.body.json.type, CALLBACK.DeferredUpdate);
  assert.match(refusal.body.json.content, /Only the person who asked/);
  assert.equal(refusal.body.json.flags & FLAG_EPHEMERAL, FLAG_EPHEMERAL);
  assert.equal(message.deleted, false);
  assert.ok(!fake.requests.some((request) => request.method === 'DELETE' && request.path.endsWith(`/messages/${message.id}`)));

  const owner = fake.clickButton(fake.users.student, message, `delete:${requestId}`);
  const done = await waitForFollowUp(fake, owner);
  assert.equal(done.body.json.content, 'Deleted.');
  assert.equal(message.deleted, true);
  const deletion = fake.requests.find((request) => request.method === 'DELETE' && request.path === `/channels/${message.channelId}/messages/${message.id}`);
  assert.equal(deletion?.status, 204);
});

test('🔁 shows progress ephemerally and posts a new public diagram with its own buttons and code thread', async () => {
  const { fake } = h;
  const first = await askDiagram(fake, fake.users.student, 'Draw right triangle ABC with the right angle at A and legs AB = 4 and AC = 3.');
  const click = fake.clickButton(fake.users.student, first.message, `regen:${first.requestId}`);
  assert.equal((await fake.waitForRequest((request) => request.path.includes(click.token) && request.path.endsWith('/callback'))).body.json.data.flags, FLAG_EPHEMERAL);
  const posted = await waitForFollowUp(fake, click, (request) => request.body.files.length > 0);
  assert.equal(posted.body.json.flags ?? 0, 0, 'the new diagram is public');
  assert.equal(posted.body.files[0]!.filename, 'diagram.png');
  const newMessage = fake.messages.get((posted.response as { id: string }).id)!;
  const ids = buttonIds(newMessage);
  assert.equal(ids.length, 5);
  assert.ok(!ids.includes(`regen:${first.requestId}`), 'the new diagram is a new request');
  assert.notEqual(ids.find((id) => id.startsWith('fix:')), `fix:${first.generationId}`);
  await fake.waitForRequest((request) => request.path === `/channels/${newMessage.channelId}/messages/${newMessage.id}/threads` && request.status === 201);
  // The clicker's own (ephemeral) reply says where the new attempt is, after any progress.
  const ephemeralEdits = fake.requestsFor(click).filter((request) => request.method === 'PATCH').map((request) => request.body.json.content);
  assert.equal(ephemeralEdits.at(-1), 'Here is a new attempt ↓');
});

test('"Fix code" opens a form prefilled with the code; a correction that compiles is stored and shown', async () => {
  const { fake, db } = h;
  const { message, generationId, answer } = await askDiagram(fake, fake.users.student, 'Draw a square ABCD with its diagonals.');
  assert.ok(answer);
  const click = fake.clickButton(fake.users.teacher, message, `fix:${generationId}`);
  const modal = await fake.waitForRequest((request) => request.path.includes(click.token) && request.path.endsWith('/callback'));
  assert.equal(modal.body.json.type, CALLBACK.Modal);
  const input = modal.body.json.data.components[0].component;
  assert.equal(input.style, 2, 'a paragraph input');
  assert.match(input.value, /^size\(4cm\);\npair A = \(0, 0\)/);

  const corrected = input.value.replace('draw(A--C, dashed);', 'draw(A--C, red);');
  const submit = fake.submitModal(fake.users.teacher, click, { code: corrected });
  await waitForOriginalContent(fake, submit, /^Thanks! Your corrected diagram is saved/);
  assert.equal(callbackOf(fake, submit)!.body.json.data.flags, FLAG_EPHEMERAL);
  const shown = await waitForFollowUp(fake, submit, (request) => request.body.files.length > 0);
  assert.match(shown.body.json.content, new RegExp(`^Corrected by <@${fake.users.teacher.id}>`));
  assert.deepEqual(shown.body.json.allowed_mentions.parse, [], 'the mention is shown, nobody is pinged');
  const fixes = db.prepare("SELECT corrected_code AS code, platform_user_id AS userId FROM feedback WHERE generation_id = ? AND kind = 'fix'").all(generationId);
  assert.deepEqual(fixes, [{ code: corrected.trim(), userId: fake.users.teacher.id }]);
});

test('a correction that does not compile is not stored, and only the teacher sees why', async () => {
  const { fake, db } = h;
  const { message, generationId } = await askDiagram(fake, fake.users.student, 'Draw a regular hexagon.');
  const click = fake.clickButton(fake.users.teacher, message, `fix:${generationId}`);
  await fake.waitForRequest((request) => request.path.includes(click.token) && request.path.endsWith('/callback'));
  const submit = fake.submitModal(fake.users.teacher, click, { code: 'size(4cm);\ndraw(polygon(6)--Q);' });
  const reply = await waitForOriginalContent(fake, submit, /not saved/);
  assert.match(reply.body.json.content, /line 2/);
  assert.ok(!fake.requestsFor(submit).some((request) => request.method === 'POST' && !request.path.endsWith('/callback')), 'nothing public');
  assert.deepEqual(db.prepare("SELECT count(*) AS n FROM feedback WHERE generation_id = ? AND kind = 'fix'").get(generationId), { n: 0 });
});
