import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { compileAsy } from '../../../core/compile/compileAsy.ts';
import { PRIVILEGED_INTENTS } from '../../helpers/fakeDiscord/index.ts';
import {
  CALLBACK, buttonIds, callbackOf, refusedConnections, startHarness, waitForAnswer, type Harness,
} from './discordHarness.ts';

let h: Harness;
// A short compile deadline so the infinite loop below costs 2 s, not the default 10.
before(async () => { h = await startHarness({ compile: { timeoutMs: 2000 } }); });
after(async () => { await h?.close(); assert.deepEqual(refusedConnections, []); });

/** The code message posted in the thread under `messageId`. */
async function threadPost(messageId: string) {
  return h.fake.waitForRequest((request) => request.method === 'POST' && request.path === `/channels/${messageId}/messages` && request.status === 200,
    20_000, `the code in the thread of ${messageId}`);
}

test('/render code:<asy> answers with the PNG; the user\'s own code gets 🗑 but no votes or regenerate', async () => {
  const { fake } = h;
  const interaction = fake.sendCommand({ user: fake.users.student, name: 'render', options: { code: '[asy]size(3cm); draw(unitcircle); dot((0,0));[/asy]', theme: 'dark' } });
  const answer = await waitForAnswer(fake, interaction);
  assert.equal(callbackOf(fake, interaction)!.body.json.type, CALLBACK.DeferredChannelMessage);
  assert.match(answer.body.json.content, /^Rendered your code/);
  assert.equal(answer.body.files[0]?.filename, 'diagram.png');
  // Byte for byte what the compiler makes of that code and theme.
  const compiled = await compileAsy('size(3cm); draw(unitcircle); dot((0,0));', { theme: 'dark' });
  assert.ok(compiled.ok && compiled.png);
  assert.ok(answer.body.files[0]!.data.equals(compiled.png), 'the uploaded PNG is the compile output');
  const ids = buttonIds(fake.original(interaction));
  assert.equal(ids.length, 1);
  assert.match(ids[0]!, /^delete:/);
  const code = await threadPost(fake.original(interaction)!.id);
  assert.match(code.body.json.content, /^```asy\nsize\(3cm\); draw\(unitcircle\); dot\(\(0,0\)\);\n```$/);
});

const HOSTILE: Array<[string, string]> = [
  ['TeX reading a file', 'size(3cm); label("\\input{/etc/passwd}", (0,0));'],
  ['asy reading a file', 'file f = input("/etc/passwd"); string s = f; label(s, (0,0));'],
  ['an infinite loop', 'while (true) {}'],
  ['a ping for everyone', 'label("@everyone look", (0,0)); draw((0,0)--B);'],
];

for (const [name, code] of HOSTILE) {
  test(`/render with hostile code (${name}) gets a short error, the detail goes in the thread, and the next request is served`, async () => {
    const { fake } = h;
    const hostile = fake.sendCommand({ user: fake.users.otherStudent, name: 'render', options: { code } });
    const answer = await waitForAnswer(fake, hostile);
    const text: string = answer.body.json.content;
    assert.match(text, /^I couldn't render that/);
    assert.ok(text.length < 400, text);
    assert.doesNotMatch(text, /\n\s+at |\.ts:\d+|Error:/, 'no stack trace');
    assert.equal(answer.body.files.length, 0);
    assert.deepEqual(answer.body.json.allowed_mentions.parse, [], 'user text never pings anyone');
    const detail = await threadPost(fake.original(hostile)!.id);
    assert.match(detail.body.json.content, /```asy\n/);
    assert.deepEqual(detail.body.json.allowed_mentions.parse, []);

    const next = fake.sendCommand({ user: fake.users.student, name: 'render', options: { code: 'size(2cm); draw(unitsquare);' } });
    assert.match((await waitForAnswer(fake, next)).body.json.content, /^Rendered your code/);
  });
}

test('code that does not fit in a message goes up as diagram.asy', async () => {
  const { fake } = h;
  const lines = ['size(6cm);'];
  for (let i = 0; i < 120; i++) lines.push(`draw((0, 0)--(${i}, ${(i * 7) % 13}), gray(${(i % 10) / 10}));`);
  const code = lines.join('\n');
  assert.ok(code.length > 2000);
  const interaction = fake.sendCommand({ user: fake.users.student, name: 'render', options: { code } });
  const answer = await waitForAnswer(fake, interaction);
  assert.match(answer.body.json.content, /^Rendered your code/);
  const post = await threadPost(fake.original(interaction)!.id);
  assert.match(post.body.json.content, /attached as diagram\.asy/);
  assert.equal(post.body.files.length, 1);
  assert.equal(post.body.files[0]!.filename, 'diagram.asy');
  assert.equal(post.body.files[0]!.data.toString('utf8'), code);
});

test('/render without code opens a multi-line form; its submission is rendered publicly', async () => {
  const { fake } = h;
  const command = fake.sendCommand({ user: fake.users.student, name: 'render', options: { theme: 'transparent' } });
  const modal = await fake.waitForRequest((request) => request.path.includes(command.token) && request.path.endsWith('/callback'));
  assert.equal(modal.body.json.type, CALLBACK.Modal);
  assert.equal(modal.body.json.data.custom_id, 'render:transparent');
  const submit = fake.submitModal(fake.users.student, command, { code: 'size(3cm);\ndraw(unitcircle);\ndraw((-1,0)--(1,0));' });
  const answer = await waitForAnswer(fake, submit);
  assert.equal(callbackOf(fake, submit)!.body.json.data?.flags ?? 0, 0);
  assert.equal(answer.body.files[0]?.filename, 'diagram.png', answer.body.json.content);
});

test('uploads respect the interaction\'s attachment_size_limit', async () => {
  const small = await startHarness({ fake: { attachmentSizeLimit: 1500 } });
  try {
    const { fake } = small;
    const code = `size(3cm);\n${'draw(unitcircle);\n'.repeat(150)}`;
    const interaction = fake.sendCommand({ user: fake.users.student, name: 'render', options: { code } });
    const answer = await waitForAnswer(fake, interaction);
    assert.equal(answer.body.files.length, 0, 'the PNG is over the limit');
    assert.match(answer.body.json.content, /over this server's upload limit/);
    const post = await fake.waitForRequest((request) => request.method === 'POST' && request.path === `/channels/${fake.original(interaction)!.id}/messages`);
    assert.equal(post.body.files.length, 0);
    assert.match(post.body.json.content, /larger than this server's upload limit/);
  } finally {
    await small.close();
  }
});

test('with DISCORD_MESSAGE_CONTENT=1, a message mentioning the bot with an [asy] block is answered in place', async () => {
  const mentions = await startHarness({ env: { DISCORD_MESSAGE_CONTENT: '1' }, fake: { allowedPrivilegedIntents: PRIVILEGED_INTENTS } });
  try {
    const { fake } = mentions;
    const identify = fake.gatewayFrames.find((frame) => frame.direction === 'in' && frame.op === 2)!;
    assert.equal((identify.d as { intents: number }).intents, 1 | (1 << 9) | (1 << 15), 'Guilds + GuildMessages + MessageContent');
    const question = fake.postUserMessage(fake.users.student, 'Problem 3.\n[asy]\nsize(3cm); draw(unitcircle);\n[/asy]');
    const reply = await fake.waitForRequest((request) => request.method === 'POST' && request.path === `/channels/${fake.guild.textChannelId}/messages`);
    assert.equal(reply.body.json.message_reference.message_id, question.id);
    const sentId = (reply.response as { id: string }).id;
    const edit = await fake.waitForRequest((request) => request.method === 'PATCH' && request.path === `/channels/${fake.guild.textChannelId}/messages/${sentId}` && request.body.files.length > 0);
    assert.match(edit.body.json.content, /^Rendered your code/);
    assert.deepEqual(buttonIds(fake.messages.get(sentId)).map((id) => id.split(':')[0]), ['delete']);
    await fake.waitForRequest((request) => request.path === `/channels/${fake.guild.textChannelId}/messages/${sentId}/threads`);

    // Messages without the mention are none of the bot's business.
    fake.postUserMessage(fake.users.student, '[asy]draw(unitcircle);[/asy]', false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(fake.requests.filter((request) => request.method === 'POST' && request.path === `/channels/${fake.guild.textChannelId}/messages`).length, 1);
  } finally {
    await mentions.close();
  }
});
