import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { startConsoleBot } from '../../../bot/console/startConsoleBot.ts';
import { getRequest, listFeedbackSince } from '../../../core/storage/index.ts';
import { CIRCLE_CODE, openTestService, TRIANGLE_CODE } from '../../core/service/openTestService.ts';

/** Drives the console adapter in-process over the real service (fixed-code generator, real asy, real SQLite). */
async function runConsole(service: Parameters<typeof startConsoleBot>[0], outDir: string, script: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let transcript = '';
  output.on('data', (chunk: Buffer) => { transcript += chunk.toString(); });
  const done = startConsoleBot(service, { input, output, outDir, userId: 'tester' });
  input.end(script);
  await done;
  return transcript;
}

test('the console draws, redraws, takes a vote and a fix, writing each PNG and printing the code', async (t) => {
  const { service, db, dir } = openTestService(t);
  const outDir = path.join(dir, 'console');
  const transcript = await runConsole(service, outDir, [
    '/diagram a circle with centre O',
    '/regen',
    '/vote down',
    '/fix',
    '[asy]',
    TRIANGLE_CODE,
    '[/asy]',
    '/theme dark',
    '/status',
    '/bogus',
    '/quit',
    '/diagram never read',
  ].join('\n') + '\n');

  const pngs = [...transcript.matchAll(/^png: (.*)$/gm)].map((m) => m[1]!);
  assert.equal(pngs.length, 3, transcript);
  for (const file of pngs) {
    assert.ok(file.startsWith(outDir));
    assert.equal(readFileSync(file).subarray(1, 4).toString(), 'PNG');
  }
  assert.match(path.basename(pngs[0]!), /^diagram-[0-9a-f]{8}\.png$/);
  assert.match(path.basename(pngs[1]!), /^regen-/);
  assert.match(path.basename(pngs[2]!), /^fix-/);
  assert.match(transcript, /drawing\.\.\.\nok: Here is your diagram \(fixed-test-model/);
  assert.ok(transcript.includes('code:\n' + CIRCLE_CODE.split('\n').map((l) => `  ${l}`).join('\n')));
  assert.match(transcript, /ok: Thanks for the 👎/);
  assert.match(transcript, /ok: Thanks! Your corrected diagram is saved/);
  assert.match(transcript, /ok: theme is now dark/);
  assert.match(transcript, /ok: Model: fixed-test-model/);
  assert.match(transcript, /error: unknown command \/bogus; type \/help/);
  assert.doesNotMatch(transcript, /never read/);

  // The vote and the fix target the redrawn diagram (the last one shown).
  const feedback = listFeedbackSince(db, 0);
  assert.deepEqual(feedback.map((f) => [f.kind, f.platform, f.platformUserId, f.generatedCode]), [
    ['vote', 'console', 'tester', TRIANGLE_CODE],
    ['fix', 'console', 'tester', TRIANGLE_CODE],
  ]);
  assert.equal(getRequest(db, feedback[0]!.requestId)!.kind, 'regenerate');
});

test('vote, regen and fix before any diagram explain what is missing', async (t) => {
  const { service, dir } = openTestService(t);
  const transcript = await runConsole(service, path.join(dir, 'console'), '/vote up\n/regen\n/fix draw(unitcircle);\n/vote sideways\n');
  assert.match(transcript, /error: there is no diagram to vote on yet/);
  assert.match(transcript, /error: nothing to redraw yet/);
  assert.match(transcript, /error: there is no generated diagram to correct yet/);
  assert.match(transcript, /error: say \/vote up or \/vote down/);
  assert.equal(existsSync(path.join(dir, 'console')), false, 'no PNG, no folder');
});
