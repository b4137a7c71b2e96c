import assert from 'node:assert/strict';
import { test } from 'node:test';
import { postStatusMessage } from '../../../bot/slack/postStatusMessage.ts';

/** A stand-in WebClient that records chat calls; each call takes `latencyMs`. */
function recordingClient(options: { failPost?: boolean; latencyMs?: number } = {}) {
  const calls: { method: string; text?: string; ts?: string }[] = [];
  let n = 0;
  const respond = async <T>(value: T): Promise<T> => {
    await new Promise((resolve) => setTimeout(resolve, options.latencyMs ?? 5));
    return value;
  };
  const client = {
    chat: {
      postMessage: async (args: { text: string }) => {
        calls.push({ method: 'postMessage', text: args.text });
        if (options.failPost && n === 0) {
          n++;
          throw Object.assign(new Error('An API error occurred: not_in_channel'), { data: { error: 'not_in_channel' } });
        }
        return respond({ ok: true, ts: `1.${++n}` });
      },
      update: async (args: { text: string; ts: string }) => {
        calls.push({ method: 'update', text: args.text, ts: args.ts });
        return respond({ ok: true });
      },
      delete: async (args: { ts: string }) => {
        calls.push({ method: 'delete', ts: args.ts });
        return respond({ ok: true });
      },
    },
  };
  return { client: client as never, calls };
}

test('a queue position known at once is in the first post, not a second call', async () => {
  const { client, calls } = recordingClient();
  const status = postStatusMessage(client, { channel: 'C1' }, 'on it', () => {}, 0);
  status.show('#3 in the queue');
  await status.finish({ text: 'done' });
  assert.deepEqual(calls.map((c) => `${c.method}:${c.text}`), ['postMessage:#3 in the queue', 'update:done']);
});

test('progress is coalesced and spaced; the result is never overwritten by a late update', async () => {
  const { client, calls } = recordingClient({ latencyMs: 20 });
  const status = postStatusMessage(client, { channel: 'C1' }, 'on it', () => {}, 100);
  await new Promise((resolve) => setTimeout(resolve, 30));
  for (let position = 9; position >= 1; position--) status.show(`#${position}`);
  await new Promise((resolve) => setTimeout(resolve, 150));
  status.show('drawing');
  const ts = await status.finish({ text: 'done' });
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(ts, '1.1');
  assert.deepEqual(calls.map((c) => c.text), ['on it', '#1', 'done'], 'only the newest pending text was sent, then the result');
});

test('when the first post fails the result is posted as a new message', async () => {
  const logged: string[] = [];
  const { client, calls } = recordingClient({ failPost: true });
  const status = postStatusMessage(client, { channel: 'C1', threadTs: '9.9' }, 'on it', (m) => logged.push(m), 0);
  status.show('#2');
  const ts = await status.finish({ text: 'done' });
  assert.equal(ts, '1.2');
  assert.deepEqual(calls.map((c) => c.method), ['postMessage', 'postMessage']);
  assert.match(logged[0]!, /not_in_channel/);
});

test('a refused request removes its status message', async () => {
  const { client, calls } = recordingClient();
  const status = postStatusMessage(client, { channel: 'C1' }, 'on it', () => {}, 0);
  await status.discard();
  assert.deepEqual(calls.map((c) => c.method), ['postMessage', 'delete']);
});
