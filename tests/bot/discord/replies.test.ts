import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PermissionsBitField, PermissionFlagsBits } from 'discord.js';
import { maskTokens } from '../../../bot/discord/log.ts';
import { buildCodeMessage } from '../../../bot/discord/replies/buildCodeMessage.ts';
import { buildDiagramMessage } from '../../../bot/discord/replies/buildDiagramMessage.ts';
import { createCodeMemory } from '../../../bot/discord/replies/createCodeMemory.ts';
import { createProgress } from '../../../bot/discord/replies/createProgress.ts';
import { isAdmin } from '../../../bot/discord/replies/toRequester.ts';

test('short code goes inline in an asy fence, with the compile detail above it', () => {
  assert.deepEqual(buildCodeMessage('draw(unitcircle);', undefined, 1000), { content: '```asy\ndraw(unitcircle);\n```' });
  const failed = buildCodeMessage('draw(B);', "line 1: no matching variable 'B'", 1000);
  assert.equal(failed.content, "```text\nline 1: no matching variable 'B'\n```\n```asy\ndraw(B);\n```");
});

test('code over 2000 characters, or holding a fence of its own, is attached as diagram.asy', () => {
  const long = 'draw((0,0)--(1,1));\n'.repeat(120);
  const message = buildCodeMessage(long, undefined, 1_000_000);
  assert.match(String(message.content), /121 lines\) is attached as diagram\.asy/);
  assert.equal(message.files?.length, 1);
  const fenced = buildCodeMessage('label("```", (0,0));', undefined, 1_000_000);
  assert.equal(fenced.files?.length, 1);
  const tooBig = buildCodeMessage(long, undefined, 100);
  assert.equal(tooBig.files, undefined);
  assert.match(String(tooBig.content), /larger than this server's upload limit/);
});

test('buttons follow what the reply holds', () => {
  const png = Buffer.from('89504e47', 'hex');
  const ids = (kind: 'diagram' | 'render' | 'fix', reply: object) => (buildDiagramMessage({ ok: true, requestId: 'r1', text: 'ok', durationMs: 1, ...reply }, kind, 1000).components ?? [])
    .flatMap((row) => (row as { toJSON(): { components: Array<{ custom_id: string }> } }).toJSON().components.map((button) => button.custom_id));
  assert.deepEqual(ids('diagram', { generationId: 'g1', png, code: 'x' }), ['vote:up:g1', 'vote:down:g1', 'regen:r1', 'delete:r1', 'fix:g1']);
  assert.deepEqual(ids('render', { png, code: 'x' }), ['delete:r1']);
  assert.deepEqual(ids('fix', { generationId: 'g1', png, code: 'x' }), ['delete:r1', 'fix:g1']);
  // A failed diagram can still be redrawn, deleted or fixed, but not voted on.
  assert.deepEqual(ids('diagram', { ok: false, generationId: 'g1', code: 'x' }), ['regen:r1', 'delete:r1', 'fix:g1']);
});

test('progress edits go out one at a time, coalesce to the latest, and stop at finish()', async () => {
  const sent: string[] = [];
  let release: () => void = () => undefined;
  const progress = createProgress((text) => {
    sent.push(text);
    return new Promise<void>((resolve) => { release = resolve; });
  });
  progress.listener.queued!(5);
  await Promise.resolve();
  progress.listener.queued!(4);
  progress.listener.queued!(3);
  progress.listener.working!();
  assert.deepEqual(sent, ["You're #5 in the queue…"], 'one edit in flight at a time');
  release();
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(sent, ["You're #5 in the queue…", 'Drawing…'], 'the queued ones are skipped for the latest');
  const finished = progress.finish();
  progress.listener.queued!(1);
  release();
  await finished;
  assert.equal(sent.length, 2, 'nothing after finish()');
});

test('admins: Manage Server, or the configured role; nobody by role when none is configured', () => {
  const manage = new PermissionsBitField(PermissionFlagsBits.ManageGuild);
  const plain = new PermissionsBitField(PermissionFlagsBits.SendMessages);
  assert.equal(isAdmin(manage, [], null), true);
  assert.equal(isAdmin(plain, ['42'], '42'), true);
  assert.equal(isAdmin(plain, ['42'], null), false);
  assert.equal(isAdmin(plain, ['7'], '42'), false);
  assert.equal(isAdmin(null, [], '42'), false);
});

test('the code memory keeps the newest entries', () => {
  const memory = createCodeMemory(2);
  memory.remember('a', '1');
  memory.remember('b', '2');
  memory.remember('c', '3');
  assert.equal(memory.recall('a'), undefined);
  assert.equal(memory.recall('c'), '3');
});

test('interaction tokens are masked in logged URLs', () => {
  assert.equal(
    maskTokens('PATCH http://x/api/v10/webhooks/123456789012345678/aW50ZXJhY3Rpb246abcdefghijklmnopqrstuvwxyz/messages/%40original'),
    'PATCH http://x/api/v10/webhooks/123456789012345678/<token>/messages/%40original',
  );
});
