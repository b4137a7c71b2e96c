// The fake must refuse what real Slack refuses, or the end-to-end tests would pass on calls Slack rejects.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { refusedConnections, startFakeSlack, type FakeSlack } from './index.ts';

let fake: FakeSlack;
before(async () => {
  fake = await startFakeSlack();
});
after(() => fake.close());

async function call(method: string, params: Record<string, unknown>, token: string = fake.botToken) {
  const response = await fetch(`${fake.apiUrl}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(params),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Record<string, unknown> };
}

test('tokens are checked: none, wrong, and the app token only opens sockets', async () => {
  assert.equal((await call('auth.test', {}, '')).body.error, 'not_authed');
  assert.equal((await call('auth.test', {}, 'xoxb-other')).body.error, 'invalid_auth');
  assert.equal((await call('chat.postMessage', { channel: 'C1', text: 'hi' }, fake.appToken)).body.error, 'invalid_auth');
  assert.equal((await call('apps.connections.open', {}, fake.botToken)).body.error, 'invalid_auth');
  assert.match(String((await call('apps.connections.open', {}, fake.appToken)).body.url), /^ws:\/\/127\.0\.0\.1:\d+\/link\//);
});

test('messages: Block Kit limits, thread and message existence', async () => {
  assert.equal((await call('chat.postMessage', { channel: 'C1' })).body.error, 'no_text');
  const long = { type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } };
  assert.equal((await call('chat.postMessage', { channel: 'C1', blocks: [long] })).body.error, 'invalid_blocks');
  assert.equal((await call('chat.postMessage', { channel: 'C1', text: 'hi', thread_ts: '1.2' })).body.error, 'thread_not_found');
  assert.equal((await call('chat.update', { channel: 'C1', ts: '1.2', text: 'x' })).body.error, 'message_not_found');
  const posted = await call('chat.postMessage', { channel: 'C1', text: 'a &lt; b' });
  assert.equal(posted.body.ok, true);
  assert.deepEqual(fake.state.warnings, []);
  await call('chat.postMessage', { channel: 'C1', text: 'a < b' });
  assert.equal(fake.state.warnings.length, 1, 'an unescaped < is flagged');
  fake.state.warnings.length = 0;
});

test('uploads: the bytes must arrive with the declared length before completion', async () => {
  const { body } = await call('files.getUploadURLExternal', { filename: 'a.png', length: 4 });
  assert.equal((await call('files.completeUploadExternal', { files: [{ id: body.file_id }], channel_id: 'C1' })).body.error, 'file_not_found');
  const wrong = await fetch(String(body.upload_url), { method: 'POST', body: new Uint8Array([1, 2, 3]) });
  assert.equal(wrong.status, 400);
  const form = new FormData();
  form.append('body', new Blob([new Uint8Array([1, 2, 3, 4])]), 'a.png');
  assert.equal((await fetch(String(body.upload_url), { method: 'POST', body: form })).status, 200);
  assert.equal((await call('files.completeUploadExternal', { files: [{ id: body.file_id }], channel_id: 'C1' })).body.ok, true);
  assert.deepEqual([...fake.state.files.get(String(body.file_id))!.bytes!], [1, 2, 3, 4]);
});

test('views.open takes a minted trigger_id once', async () => {
  const view = { type: 'modal', title: { type: 'plain_text', text: 'T' }, blocks: [] };
  assert.equal((await call('views.open', { trigger_id: 'made-up', view })).body.error, 'invalid_trigger_id');
  const trigger = fake.mintTriggerId();
  assert.equal((await call('views.open', { trigger_id: trigger, view })).body.ok, true);
  assert.equal((await call('views.open', { trigger_id: trigger, view })).body.error, 'invalid_trigger_id');
});

test('injected 429 carries Retry-After and applies to the chosen method only', async () => {
  fake.rateLimit('chat.postMessage', { retryAfterS: 2 });
  const limited = await call('chat.postMessage', { channel: 'C1', text: 'x' });
  assert.equal(limited.status, 429);
  assert.equal(limited.retryAfter, '2');
  assert.equal((await call('chat.postMessage', { channel: 'C1', text: 'x' })).status, 200);
});

test('the loopback guard refuses any connection off 127.0.0.1', async () => {
  await assert.rejects(fetch('http://192.0.2.1:81/'), /fetch failed/);
  assert.deepEqual(refusedConnections.splice(0), ['192.0.2.1:81']);
});
