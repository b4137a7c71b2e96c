import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { listCompilesForRequest, listGenerationsForRequest } from '../../../core/storage/index.ts';
import {
  CALLBACK, FLAG_EPHEMERAL, buttonIds, callbackOf, isProgress, originalEdits, refusedConnections, startHarness, waitForAnswer, type Harness,
} from './discordHarness.ts';

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); assert.deepEqual(refusedConnections, [], 'nothing may connect off loopback'); });

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

test('/diagram is deferred at once, then the original is edited with the PNG, a caption and the buttons', async () => {
  const { fake, db } = h;
  const interaction = fake.sendCommand({ user: fake.users.student, name: 'diagram', options: { text: 'Draw a triangle inscribed in a circle with center O.' } });
  const answer = await waitForAnswer(fake, interaction);

  const callback = callbackOf(fake, interaction)!;
  assert.equal(callback.body.json.type, CALLBACK.DeferredChannelMessage);
  assert.equal(callback.status, 204);
  assert.ok(interaction.callbackAtMs! - interaction.dispatchedAtMs < 1000, `deferred after ${interaction.callbackAtMs! - interaction.dispatchedAtMs} ms`);
  assert.equal(callback.headers.authorization, undefined, 'interaction callbacks carry no bot token');

  // The final edit is multipart: payload_json + files[0] = the PNG.
  assert.match(answer.body.contentType, /^multipart\/form-data/);
  assert.equal(answer.body.files.length, 1);
  const png = answer.body.files[0]!;
  assert.equal(png.field, 'files[0]');
  assert.equal(png.filename, 'diagram.png');
  assert.equal(png.data.subarray(1, 4).toString(), 'PNG');
  assert.match(answer.body.json.content, /^Here is your diagram/);

  // The PNG is exactly what the compile produced and stored.
  const message = fake.original(interaction)!;
  const requestId = buttonIds(message).find((id) => id.startsWith('delete:'))!.slice('delete:'.length);
  const compiles = listCompilesForRequest(db, requestId).filter((row) => row.ok);
  assert.equal(compiles.length, 1);
  assert.equal(compiles[0]!.pngSha256, sha256(png.data));

  const generationId = listGenerationsForRequest(db, requestId).at(-1)!.id;
  assert.deepEqual(buttonIds(message), [
    `vote:up:${generationId}`, `vote:down:${generationId}`, `regen:${requestId}`, `delete:${requestId}`, `fix:${generationId}`,
  ]);
  assert.equal(message.attachments[0]?.filename, 'diagram.png');
  assert.equal(message.flags & FLAG_EPHEMERAL, 0, 'the answer is public');

  // The code goes into a thread started from the reply, as an ```asy block.
  const thread = await fake.waitForRequest((request) => request.method === 'POST' && request.path === `/channels/${message.channelId}/messages/${message.id}/threads`);
  assert.equal(thread.status, 201);
  assert.match(thread.body.json.name, /^Code: Draw a triangle inscribed/);
  const codePost = await fake.waitForRequest((request) => request.method === 'POST' && request.path === `/channels/${message.id}/messages`);
  assert.match(codePost.body.json.content, /^```asy\nsize\(5cm\);[\s\S]*draw\(unitcircle, blue\);[\s\S]*\n```$/);
});

test('progress is shown on the deferred reply before the answer, never after it', async () => {
  const { fake } = h;
  const interactions = [0, 1, 2, 3].map((i) => fake.sendCommand({ user: i % 2 ? fake.users.student : fake.users.otherStudent, name: 'diagram', options: { text: `Draw a regular hexagon. (${i})` } }));
  await Promise.all(interactions.map((interaction) => waitForAnswer(fake, interaction)));
  for (const interaction of interactions) {
    const edits = originalEdits(fake, interaction);
    const contents = edits.map((edit) => edit.body.json?.content);
    assert.ok(!isProgress(contents.at(-1)), `the last edit is the answer: ${JSON.stringify(contents)}`);
    assert.ok(contents.slice(0, -1).every(isProgress), JSON.stringify(contents));
  }
  // Two run at once (service concurrency 2); the others wait and are told their place.
  const shown = interactions.flatMap((interaction) => originalEdits(fake, interaction).map((edit) => edit.body.json?.content as string));
  assert.ok(shown.some((content) => /^You're #\d in the queue…$/.test(content)), JSON.stringify(shown));
  assert.ok(shown.includes('Drawing…'));
});

test('a 429 on the final edit is waited out (Retry-After) and the answer still arrives once', async () => {
  const { fake } = h;
  fake.injectRateLimit({ method: 'PATCH', path: /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, retryAfterS: 1, times: 1 });
  const interaction = fake.sendCommand({ user: fake.users.otherStudent, name: 'diagram', options: { text: 'Draw a square ABCD with its diagonals.' } });
  await waitForAnswer(fake, interaction);
  const patches = fake.requestsFor(interaction).filter((request) => request.method === 'PATCH');
  const limited = patches.filter((request) => request.status === 429);
  assert.equal(limited.length, 1);
  const retried = patches[patches.indexOf(limited[0]!) + 1]!;
  assert.equal(retried.status, 200);
  assert.ok(retried.atMs - limited[0]!.atMs >= 1000, `retried after ${retried.atMs - limited[0]!.atMs} ms, before Retry-After`);
  assert.equal(fake.original(interaction)!.attachments.length, 1);
});

test('in a DM there is no thread: the code comes as a follow-up', async () => {
  const { fake } = h;
  const interaction = fake.sendCommand({ user: fake.users.student, name: 'diagram', options: { text: 'Draw an isosceles triangle ABC with AB = AC.' }, inDm: true });
  const answer = await waitForAnswer(fake, interaction);
  assert.equal(answer.body.files[0]?.filename, 'diagram.png');
  const followUp = await fake.waitForRequest((request) => request.method === 'POST' && request.path === `/webhooks/${fake.applicationId}/${interaction.token}`);
  assert.match(followUp.body.json.content, /^```asy\n/);
  assert.ok(!fake.requests.some((request) => request.path.endsWith(`/messages/${fake.original(interaction)!.id}/threads`)));
});
