import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { guardLoopback, refusedConnections } from './guardLoopback.ts';
import { startFakeDiscord, type FakeDiscord } from './index.ts';

// The fake's own checks, made with raw HTTP as a buggy client would (the bot's tests only show correct use).
let fake: FakeDiscord;
before(async () => { guardLoopback(); fake = await startFakeDiscord({ callbackDeadlineMs: 200 }); });
after(() => fake.close());

const api = (path: string, init: RequestInit = {}) => fetch(`${fake.apiUrl}/v10${path}`, init);
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('the test process cannot connect anywhere but loopback', async () => {
  await assert.rejects(fetch('http://192.0.2.7/'), (error: Error) => /loopback/.test(String((error.cause as Error)?.message ?? error.message)));
  await assert.rejects(fetch('https://discord.com/api/v10/gateway'));
  assert.deepEqual(refusedConnections.splice(0), ['192.0.2.7:80', 'discord.com:443']);
});

test('ids are 17–19-digit snowflakes and grow', () => {
  const ids = [fake.applicationId, fake.guild.id, fake.users.student.id, fake.users.teacher.id];
  for (const id of ids) assert.match(id, /^\d{17,19}$/);
  assert.ok(BigInt(ids[2]!) > BigInt(ids[1]!));
});

test('REST needs the bot token except on interaction routes', async () => {
  assert.equal((await api('/gateway/bot')).status, 401);
  const ok = await api('/gateway/bot', { headers: { authorization: `Bot ${fake.token}` } });
  assert.equal(ok.status, 200);
  assert.match((await ok.json() as { url: string }).url, /^ws:\/\/127\.0\.0\.1:\d+\/gateway$/);
});

test('an interaction acknowledged after the deadline is unknown (10062); a second acknowledgement is refused (40060)', async () => {
  const late = fake.sendCommand({ user: fake.users.student, name: 'diagram', options: { text: 'x' } });
  await new Promise((resolve) => setTimeout(resolve, 250));
  const tooLate = await api(`/interactions/${late.id}/${late.token}/callback`, json({ type: 5 }));
  assert.equal(tooLate.status, 404);
  assert.deepEqual(await tooLate.json(), { message: 'Unknown interaction', code: 10062 });

  const onTime = fake.sendCommand({ user: fake.users.student, name: 'diagram', options: { text: 'x' } });
  assert.equal((await api(`/interactions/${onTime.id}/${onTime.token}/callback`, json({ type: 5 }))).status, 204);
  const twice = await api(`/interactions/${onTime.id}/${onTime.token}/callback`, json({ type: 5 }));
  assert.equal(twice.status, 400);
  assert.equal((await twice.json() as { code: number }).code, 40060);
});

test('editing @original before acknowledging fails; after, a multipart edit stores payload_json and files[n]', async () => {
  const interaction = fake.sendCommand({ user: fake.users.student, name: 'diagram', options: { text: 'x' } });
  const edit = () => {
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ content: 'hello', attachments: [{ id: 0, filename: 'a.png' }] }));
    form.append('files[0]', new Blob([Buffer.from('PNGDATA')], { type: 'image/png' }), 'a.png');
    return api(`/webhooks/${fake.applicationId}/${interaction.token}/messages/%40original`, { method: 'PATCH', body: form });
  };
  assert.equal((await edit()).status, 404);
  await api(`/interactions/${interaction.id}/${interaction.token}/callback`, json({ type: 5 }));
  const response = await edit();
  assert.equal(response.status, 200);
  const message = fake.original(interaction)!;
  assert.equal(message.content, 'hello');
  assert.equal(message.attachments[0]!.data.toString(), 'PNGDATA');
  assert.equal(message.flags & 128, 0, 'the loading flag is cleared by the first edit');
  const recorded = fake.requests.at(-1)!;
  assert.equal(recorded.path, `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`);
  assert.equal(recorded.body.files[0]!.field, 'files[0]');
});

test('no thread can start from an ephemeral message; content over 2000 characters is refused', async () => {
  const interaction = fake.sendCommand({ user: fake.users.student, name: 'diagram', options: { text: 'x' } });
  await api(`/interactions/${interaction.id}/${interaction.token}/callback`, json({ type: 4, data: { content: 'secret', flags: 64 } }));
  const message = fake.original(interaction)!;
  const thread = await api(`/channels/${message.channelId}/messages/${message.id}/threads`, { ...json({ name: 'code' }), headers: { 'content-type': 'application/json', authorization: `Bot ${fake.token}` } });
  assert.equal(thread.status, 404);
  const tooLong = await api(`/webhooks/${fake.applicationId}/${interaction.token}`, json({ content: 'x'.repeat(2001) }));
  assert.equal(tooLong.status, 400);
});

test('an injected 429 carries Retry-After and Discord\'s body, once', async () => {
  fake.injectRateLimit({ method: 'GET', path: /^\/gateway\/bot$/, retryAfterS: 1.5 });
  const headers = { authorization: `Bot ${fake.token}` };
  const limited = await api('/gateway/bot', { headers });
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '1.5');
  assert.deepEqual(await limited.json(), { message: 'You are being rate limited.', retry_after: 1.5, global: false });
  assert.equal((await api('/gateway/bot', { headers })).status, 200);
});
