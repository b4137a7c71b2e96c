import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getActiveModel, getModel, registerModel } from '../../../core/storage/index.ts';
import type { FakeUser, InteractionRecord } from '../../helpers/fakeDiscord/index.ts';
import { CALLBACK, FLAG_EPHEMERAL, callbackOf, refusedConnections, startHarness, waitForOriginalContent, type Harness } from './discordHarness.ts';

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); assert.deepEqual(refusedConnections, []); });

async function admin(user: FakeUser, subcommand: string, options?: Record<string, string>): Promise<{ text: string; interaction: InteractionRecord }> {
  const interaction = h.fake.sendCommand({ user, name: 'asybot', subcommand, options });
  const reply = await waitForOriginalContent(h.fake, interaction, /./);
  const callback = callbackOf(h.fake, interaction)!;
  assert.equal(callback.body.json.type, CALLBACK.DeferredChannelMessage);
  assert.equal(callback.body.json.data.flags, FLAG_EPHEMERAL, 'admin answers are ephemeral');
  return { text: reply.body.json.content, interaction };
}

test('a student asking for /asybot status gets the service\'s polite refusal', async () => {
  const { text } = await admin(h.fake.users.student, 'status');
  assert.match(text, /^Sorry, only asybot admins can do that/);
});

test('a member with Manage Server is an admin', async () => {
  const { text } = await admin(h.fake.users.teacher, 'status');
  assert.match(text, /^Model: retrieval/);
  assert.match(text, /Queue: \d+ waiting/);
});

test('a member with DISCORD_ADMIN_ROLE_ID is an admin too; rollback changes the active model', async () => {
  const { db, fake } = h;
  const older = registerModel(db, { id: 'tiny-2025-09-01', path: 'models/tiny-2025-09-01' });
  assert.equal(getActiveModel(db), undefined);

  const refused = await admin(fake.users.student, 'rollback', { version: older.id });
  assert.match(refused.text, /^Sorry, only asybot admins/);
  assert.equal(getModel(db, older.id)!.status, 'candidate');

  const done = await admin(fake.users.assistant, 'rollback', { version: older.id });
  assert.match(done.text, /^Model tiny-2025-09-01 is now active/);
  assert.equal(getActiveModel(db)?.id, older.id);
  const job = db.prepare("SELECT triggered_by AS who FROM jobs WHERE kind = 'rollback'").get();
  assert.deepEqual(job, { who: `discord:${fake.users.assistant.id}` });
});

test('eval and retrain answer admins with what happened (here: nothing is built to run them)', async () => {
  const evaluation = await admin(h.fake.users.teacher, 'eval');
  assert.match(evaluation.text, /eval job|evaluat/i);
  const retrain = await admin(h.fake.users.teacher, 'retrain');
  assert.match(retrain.text, /retrain request/);
  assert.match((await admin(h.fake.users.otherStudent, 'retrain')).text, /^Sorry, only asybot admins/);
});
