// The Slack adapter in HTTP mode, end to end: signed requests into the real Bolt app, the real service (SQLite,
// retrieval generator, sandboxed asy), and every Web API call answered by the fake Slack on 127.0.0.1.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { getGeneration, listGenerationsForRequest } from '../../../core/storage/index.ts';
import {
  appMention,
  blockAction,
  refusedConnections,
  slackEscape,
  slashCommand,
  viewSubmission,
  type FakeMessage,
} from '../../helpers/fakeSlack/index.ts';
import { codeFromBlock, findCard, startSlackHarness, TEACHER, threadReplies, type SlackHarness } from './startSlackHarness.ts';

let h: SlackHarness;
before(async () => {
  h = await startSlackHarness({ mode: 'http' });
});
after(async () => {
  await h.close();
  assert.deepEqual(refusedConnections, [], 'nothing may leave loopback');
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function countRows(table: string): number {
  return (h.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Waits for the finished card of `userId` posted after message index `start`, and `replies` thread replies under it. */
function answerOf(userId: string, start: number, replies = 1): Promise<FakeMessage> {
  return h.fake.waitFor((s) => {
    const card = findCard(s, userId, undefined, start);
    return card && threadReplies(s, card.channel, card.ts).length >= replies ? card : undefined;
  }, 30_000, `the answer to ${userId}`);
}

/** Sends `/diagram text` as `userId` and waits for its card and code reply. */
async function diagram(userId: string, text: string): Promise<FakeMessage> {
  const start = h.fake.state.messages.length;
  const response = await h.send('command', slashCommand(h.fake, '/diagram', text, { userId }));
  assert.equal(response.status, 200);
  return answerOf(userId, start);
}

function requestIdOf(card: FakeMessage, actionId = 'delete'): string {
  const actions = (card.blocks ?? []).find((b) => (b as { type: string }).type === 'actions') as { elements: { action_id: string; value: string }[] };
  const button = actions.elements.find((e) => e.action_id === actionId);
  assert.ok(button, `card has a ${actionId} button`);
  return button.value;
}

test('a signed /diagram is answered: status, PNG upload with caption, card with buttons, code in the thread', async () => {
  const card = await diagram('U0STUDENT01', 'Draw a triangle inscribed in a circle with center O.');
  assert.match(card.text!, /<@U0STUDENT01> asked for: _Draw a triangle inscribed in a circle with center O\._ ✅/);
  // The status message came first ("on it", the queue position or "drawing…") and was turned into the card.
  assert.match(card.history[0]!, /^(⏳|🖌️) <@U0STUDENT01> asked for/);

  // files.uploadV2 = getUploadURLExternal → multipart POST with the bot's bearer → completeUploadExternal.
  const upload = [...h.fake.state.files.values()].find((f) => f.channelId === card.channel && f.filename === 'diagram.png')!;
  assert.ok(upload, 'a PNG was shared into the channel');
  assert.equal(upload.uploadAuthorization, `Bearer ${h.fake.botToken}`);
  assert.ok(upload.bytes!.subarray(0, 8).equals(PNG_SIGNATURE));
  assert.equal(upload.threadTs, undefined, 'the picture goes into the channel itself');
  const order = h.fake.state.calls.map((c) => c.method).filter((m) => m.startsWith('files.') || m === 'upload');
  assert.deepEqual(order.slice(0, 3), ['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
  const uploadCall = h.fake.state.calls.find((c) => c.method === 'upload')!;
  assert.match(uploadCall.contentType!, /^multipart\/form-data; boundary=/);

  // The code in the thread is the stored generation, and compiling it gives exactly the uploaded bytes.
  const [codeReply] = threadReplies(h.fake.state, card.channel, card.ts);
  assert.ok(codeReply, 'the code is posted in the thread');
  const code = codeFromBlock(codeReply.text!);
  const generation = getGeneration(h.db, requestIdOf(card, 'vote_up'))!;
  assert.equal(code, generation.code);
  assert.equal(upload.initialComment, slackEscape(upload.initialComment!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')));
  const recompiled = await h.compiler.compile(code);
  assert.ok(recompiled.png!.equals(upload.bytes!), 'the PNG in Slack is the compiled output of the code in the thread');

  const buttons = ((card.blocks!.at(-1) as { elements: { action_id: string }[] }).elements).map((e) => e.action_id);
  assert.deepEqual(buttons, ['vote_up', 'vote_down', 'regenerate', 'fix_code', 'delete']);
  assert.deepEqual(h.fake.state.warnings, []);
});

test('a wrong signature and a stale timestamp are refused with 401 and reach no listener', async () => {
  const requestsBefore = countRows('requests');
  const callsBefore = h.fake.state.calls.length;
  const forged = await h.send('command', slashCommand(h.fake, '/diagram', 'Draw a regular hexagon.'), { secret: 'not-the-secret' });
  assert.equal(forged.status, 401);
  const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
  const replayed = await h.send('command', slashCommand(h.fake, '/diagram', 'Draw a regular hexagon.'), { timestampS: sixMinutesAgo });
  assert.equal(replayed.status, 401);
  const fourMinutesAgo = Math.floor(Date.now() / 1000) - 4 * 60;
  const late = await h.send('command', slashCommand(h.fake, '/asybot', 'help'), { timestampS: fourMinutesAgo });
  assert.equal(late.status, 200, 'within the 5-minute window a request is accepted');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(countRows('requests'), requestsBefore);
  assert.deepEqual(h.fake.state.calls.slice(callsBefore).filter((c) => String(c.params.text).includes('hexagon')), []);
});

test('👍 then 👎 from the buttons: one feedback row in SQLite, the second vote replacing the first', async () => {
  const card = await diagram('U0STUDENT02', 'Draw a square ABCD with its diagonals.');
  const generationId = requestIdOf(card, 'vote_up');
  const ephemeralsBefore = h.fake.state.ephemerals.length;
  assert.equal((await h.send('interaction', blockAction(h.fake, card, 'vote_up', { userId: 'U0STUDENT02' }))).status, 200);
  const thanks = await h.fake.waitFor((s) => s.ephemerals.slice(ephemeralsBefore).find((e) => e.user === 'U0STUDENT02'), 10_000, 'the thanks');
  assert.match(thanks.text!, /👍/);
  const rows = () => h.db.prepare('SELECT vote, kind, platform, platform_user_id AS userId FROM feedback WHERE generation_id = ?').all(generationId);
  assert.deepEqual(rows(), [{ vote: 1, kind: 'vote', platform: 'slack', userId: 'U0STUDENT02' }]);

  await h.send('interaction', blockAction(h.fake, card, 'vote_down', { userId: 'U0STUDENT02' }));
  await h.fake.waitFor((s) => s.ephemerals.length >= ephemeralsBefore + 2, 10_000, 'the second thanks');
  assert.deepEqual(rows(), [{ vote: -1, kind: 'vote', platform: 'slack', userId: 'U0STUDENT02' }]);
});

test('a 429 with Retry-After is waited out and the answer is still delivered', async () => {
  h.fake.rateLimit('chat.postMessage', { retryAfterS: 1 });
  h.fake.rateLimit('files.completeUploadExternal', { retryAfterS: 1 });
  const card = await diagram('U0STUDENT03', 'Draw an equilateral triangle DEF.');
  for (const method of ['chat.postMessage', 'files.completeUploadExternal']) {
    const calls = h.fake.callsTo(method);
    const limited = calls.findIndex((c) => c.status === 429);
    assert.ok(limited >= 0, `${method} was rate limited`);
    const retry = calls.slice(limited + 1).find((c) => c.status === 200);
    assert.ok(retry, `${method} was retried`);
    assert.ok(retry.atMs - calls[limited]!.atMs >= 950, `${method} retried after Retry-After (${retry.atMs - calls[limited]!.atMs} ms)`);
  }
  assert.ok([...h.fake.state.files.values()].some((f) => f.completed && f.channelId === card.channel && f.bytes !== undefined));
  assert.equal(threadReplies(h.fake.state, card.channel, card.ts).length, 1);
});

test('Fix code opens a modal within the trigger window; an empty submission is refused in it, a fix is compiled, stored and shown in the thread', async () => {
  const card = await diagram('U0STUDENT04', 'Draw a regular hexagon.');
  const generationId = requestIdOf(card, 'fix_code');
  await h.send('interaction', blockAction(h.fake, card, 'fix_code', { userId: TEACHER }));
  const opened = await h.fake.waitFor((s) => s.views.at(-1), 10_000, 'views.open');
  const input = (opened.view.blocks as { element: { initial_value?: string; multiline: boolean } }[])[0]!.element;
  assert.equal(input.multiline, true);
  assert.equal(input.initial_value, getGeneration(h.db, generationId)!.code, 'the editor starts from the current code');

  const empty = await h.send('interaction', viewSubmission(h.fake, opened.view, { code: { code: '   ' } }, { userId: TEACHER }));
  assert.deepEqual(JSON.parse(empty.body), { response_action: 'errors', errors: { code: 'Paste the corrected Asymptote code.' } }, 'an empty fix is refused inside the modal');

  const fixed = 'size(4cm);\ndraw(polygon(6), blue);\nlabel("$H$", (0,0));';
  const filesBefore = h.fake.state.files.size;
  const submitted = await h.send('interaction', viewSubmission(h.fake, opened.view, { code: { code: fixed } }, { userId: TEACHER }));
  assert.equal(submitted.status, 200);
  assert.equal(submitted.body, '', 'an empty ack closes the modal');
  const fixCard = await h.fake.waitFor((s) => findCard(s, TEACHER, card.channel), 30_000, 'the fix card');
  assert.equal(fixCard.threadTs, card.ts, 'the fix is answered in the original thread');
  const png = await h.fake.waitFor(() => [...h.fake.state.files.values()].slice(filesBefore).find((f) => f.completed && f.threadTs === card.ts), 5000, 'the fixed PNG');
  await h.fake.waitFor((s) => threadReplies(s, card.channel, card.ts).find((m) => m.text?.startsWith('```') && codeFromBlock(m.text) === fixed), 5000, 'the fixed code in the thread');
  assert.ok((await h.compiler.compile(fixed)).png!.equals(png.bytes!));
  const stored = h.db.prepare("SELECT corrected_code AS code, platform_user_id AS userId FROM feedback WHERE kind = 'fix' AND generation_id = ?").all(generationId);
  assert.deepEqual(stored, [{ code: fixed, userId: TEACHER }]);
});

test('/render and an @-mention with an [asy] block render the user\'s own code (entities decoded)', async () => {
  const code = 'size(3cm);\nint n = 3;\nif (n < 4 && n > 1) draw(unitcircle);\nlabel("$A<B$", (0,0));';
  const start = h.fake.state.messages.length;
  await h.send('command', slashCommand(h.fake, '/render', slackEscape(code), { userId: 'U0STUDENT06' }));
  const card = await answerOf('U0STUDENT06', start);
  assert.match(card.text!, /✅/);
  assert.equal(codeFromBlock(threadReplies(h.fake.state, card.channel, card.ts)[0]!.text!), code);
  const renderUpload = [...h.fake.state.files.values()].find((f) => f.completed && f.channelId === card.channel && f.initialComment?.startsWith('Rendered'));
  assert.ok(renderUpload);
  assert.ok((await h.compiler.compile(code)).png!.equals(renderUpload.bytes!));

  const mention = appMention(h.fake, `<@${h.fake.botUserId}> what is this?\n${slackEscape(`[asy]\n${code}\n[/asy]`)}`, { userId: 'U0STUDENT07' });
  const mentionTs = (mention.event as { ts: string }).ts;
  assert.equal((await h.send('event', mention)).status, 200);
  const answer = await h.fake.waitFor((s) => findCard(s, 'U0STUDENT07'), 30_000, 'the mention answer');
  assert.equal(answer.threadTs, mentionTs, 'a mention is answered in its thread');
  await h.fake.waitFor(() => [...h.fake.state.files.values()].find((f) => f.completed && f.threadTs === mentionTs), 5000, 'the PNG in the thread');
  assert.deepEqual(h.fake.state.reactions.find((r) => r.timestamp === mentionTs), { channel: 'C0CLASS0001', timestamp: mentionTs, name: 'eyes' });

  const hintStart = h.fake.state.messages.length;
  await h.send('event', appMention(h.fake, `<@${h.fake.botUserId}> hello`, { userId: 'U0STUDENT07' }));
  const hint = await h.fake.waitFor((s) => s.messages.slice(hintStart).find((m) => m.user === undefined), 10_000, 'the hint');
  assert.match(hint.text!, /\[asy\]/);
  assert.deepEqual(h.fake.state.warnings, []);
});

test('code that does not compile: a short message on the card, the detail and the code in the thread', async () => {
  const start = h.fake.state.messages.length;
  await h.send('command', slashCommand(h.fake, '/render', 'draw((0,0)--(1,1)', { userId: 'U0STUDENT08' }));
  const card = await answerOf('U0STUDENT08', start, 2);
  assert.match(card.text!, /⚠️ I couldn(&#39;|')t render that/);
  assert.ok(card.text!.length < 400, 'the card line is short');
  const replies = threadReplies(h.fake.state, card.channel, card.ts);
  assert.match(replies[0]!.text!, /^What went wrong:\n```/);
  assert.equal(codeFromBlock(replies[1]!.text!), 'draw((0,0)--(1,1)');
  assert.ok(![...h.fake.state.files.values()].some((f) => f.initialComment?.includes('couldn')), 'no picture for a failure');
});

test('code over 3000 characters goes up as a diagram.asy snippet in the thread', async () => {
  const lines = Array.from({ length: 120 }, (_, i) => `draw((0,${i / 10})--(1,${i / 10}), gray); // grid line number ${i}`);
  const code = `size(4cm);\n${lines.join('\n')}`;
  assert.ok(code.length > 3000);
  const start = h.fake.state.messages.length;
  await h.send('command', slashCommand(h.fake, '/render', code, { userId: 'U0STUDENT09' }));
  const card = await h.fake.waitFor((s) => findCard(s, 'U0STUDENT09', undefined, start), 30_000, 'the card');
  const snippet = await h.fake.waitFor(() => [...h.fake.state.files.values()].find((f) => f.filename === 'diagram.asy' && f.threadTs === card.ts && f.completed), 5000, 'the snippet');
  assert.equal(snippet.bytes!.toString('utf8'), code);
  assert.equal(snippet.snippetType, 'text');
});

test('/asybot: a student gets the polite refusal, a teacher in SLACK_ADMIN_USERS gets the status, both ephemeral', async () => {
  const answerTo = (userId: string) => h.fake.waitFor((s) => s.responses.find((r) => r.url.startsWith(`/respond/asybot/${userId}/`)), 10_000, `the answer to ${userId}`);
  assert.equal((await h.send('command', slashCommand(h.fake, '/asybot', 'status', { userId: 'U0STUDENT10' }))).status, 200);
  const refusal = (await answerTo('U0STUDENT10')).body as { text: string; response_type: string };
  await h.send('command', slashCommand(h.fake, '/asybot', 'status', { userId: TEACHER }));
  const status = (await answerTo(TEACHER)).body as { text: string; response_type: string };
  assert.equal(refusal.response_type, 'ephemeral');
  assert.equal(status.response_type, 'ephemeral');
  assert.match(refusal.text, /admin/i);
  assert.match(status.text, /queue|model/i);
  assert.notEqual(refusal.text, status.text);
  const usage = await h.send('command', slashCommand(h.fake, '/asybot', 'launch rockets', { userId: TEACHER }));
  assert.match(JSON.parse(usage.body).text, /Usage/);
});

test('🗑 by someone else is refused; by the requester it removes the card, the code and the picture', async () => {
  const card = await diagram('U0STUDENT11', 'Draw an isosceles triangle ABC with AB = AC.');
  const requestId = requestIdOf(card);
  const before = h.fake.state.ephemerals.length;
  await h.send('interaction', blockAction(h.fake, card, 'delete', { userId: 'U0STUDENT12' }));
  const refusal = await h.fake.waitFor((s) => s.ephemerals.slice(before).find((e) => e.user === 'U0STUDENT12'), 10_000, 'the refusal');
  assert.match(refusal.text!, /Only the person who asked/);
  assert.equal(card.deleted, false);

  await h.send('interaction', blockAction(h.fake, card, 'delete', { userId: 'U0STUDENT11' }));
  await h.fake.waitFor(() => card.deleted, 10_000, 'the card deleted');
  await h.fake.waitFor(() => h.fake.callsTo('files.delete').length > 0, 5000, 'files.delete');
  assert.deepEqual(threadReplies(h.fake.state, card.channel, card.ts), []);
  const png = [...h.fake.state.files.values()].find((f) => f.filename === 'diagram.png' && f.initialComment !== undefined && f.deleted);
  assert.ok(png, 'the picture is deleted too');
  assert.ok(listGenerationsForRequest(h.db, requestId).length > 0, 'the rows stay for training');
});

test('🔁 posts a fresh attempt as a new card', async () => {
  const card = await diagram('U0STUDENT13', 'Draw an angle of 40 degrees with vertex B.');
  const start = h.fake.state.messages.length;
  await h.send('interaction', blockAction(h.fake, card, 'regenerate', { userId: 'U0STUDENT13' }));
  const again = await answerOf('U0STUDENT13', start);
  assert.match(again.text!, /^🔁 <@U0STUDENT13> asked for another attempt/);
  assert.notEqual(again.ts, card.ts);
});

test('one failing Web API call does not stop the bot: the card says so and the next request is served', async () => {
  h.fake.failNext('files.completeUploadExternal', 'internal_error');
  const broken = await diagram('U0STUDENT14', 'Draw a number line from -5 to 5 and mark the point 2.');
  assert.match(JSON.stringify(broken.blocks), /could not be uploaded/);
  const next = await diagram('U0STUDENT15', 'Draw a triangle inscribed in a circle with center O.');
  assert.match(next.text!, /✅/);
  assert.deepEqual(h.serviceLog.filter((line) => line.startsWith('error')), []);
});

test('a channel the bot was never invited to: the student is told privately, through the response_url', async () => {
  h.fake.removeBotFrom('C0PRIVATE01');
  await h.send('command', slashCommand(h.fake, '/diagram', 'Draw a regular hexagon.', { userId: 'U0STUDENT16', channelId: 'C0PRIVATE01' }));
  const notice = await h.fake.waitFor((s) => s.responses.find((r) => r.url.startsWith('/respond/diagram/U0STUDENT16/')), 30_000, 'the notice');
  assert.match((notice.body as { text: string }).text, /invite me/i);
  assert.equal(h.fake.state.messages.filter((m) => m.channel === 'C0PRIVATE01').length, 0);
});
