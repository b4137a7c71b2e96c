import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { execa } from 'execa';
import { ROOT_DIR } from '../../../core/config.ts';
import { openDatabase } from '../../../core/storage/index.ts';
import { writeFixtureCorpus } from '../../fixtures/retrievalSamples.ts';

/** `asybot bot --platform console` as a person (or a script) uses it: piped stdin, transcript on stdout. */
const work = mkdtempSync(path.join(os.tmpdir(), 'asybot-console-e2e-'));
after(() => rmSync(work, { recursive: true, force: true }));

function asybotBot(args: string[], input: string, env: Record<string, string> = {}) {
  return execa('node', [path.join(ROOT_DIR, 'bin', 'asybot.js'), 'bot', ...args], {
    cwd: work,
    reject: false,
    input,
    timeout: 120_000,
    // No chat tokens from the environment running the tests: this must be the console.
    env: { ASYBOT_DATA_DIR: path.join(work, 'var'), ASYBOT_CACHE_DIR: 'off', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', ASYBOT_CORPUS_DIR: path.join(work, 'no-corpus'), ...env },
  });
}

test('the console bot draws with the retrieval model, renders piped code to PNGs, and records every request', async () => {
  const corpusDir = writeFixtureCorpus(path.join(work, 'corpus'));
  const script = [
    '/diagram a circle with centre O',
    '/vote up',
    '/regen',
    '/render',
    'size(3cm);',
    'draw(unitcircle);',
    'label("$O$", (0,0));',
    '.',
    '/render size(3cm); draw((0,0)--B);',
    '/status',
    '/quit',
  ].join('\n') + '\n';
  const result = await asybotBot(['--platform', 'console'], script, { ASYBOT_CORPUS_DIR: corpusDir });
  assert.equal(result.exitCode, 0, result.stderr);
  const out = result.stdout;

  assert.match(out, /drawing\.\.\.\nok: Here is your diagram \(retrieval-bm25@[0-9a-f]{12}, [\d.]+ s\)\.\npng: .*diagram-[0-9a-f]{8}\.png\ncode:\n {2}\S/);
  assert.match(out, /ok: Thanks for the 👍!/);
  assert.match(out, /png: .*regen-[0-9a-f]{8}\.png/);
  const pngs = [...out.matchAll(/^png: (.*)$/gm)].map((m) => m[1]!);
  assert.equal(pngs.length, 3, out);
  for (const png of pngs) {
    assert.equal(path.dirname(png), path.join(work, 'var', 'console'), 'PNGs go to $ASYBOT_DATA_DIR/console by default');
    assert.equal(readFileSync(png).subarray(1, 4).toString(), 'PNG');
  }
  assert.match(out, /ok: Rendered your code in [\d.]+ s\.\npng: .*render-[0-9a-f]{8}\.png\ncode:\n {2}size\(3cm\);\n {2}draw\(unitcircle\);/);
  assert.match(out, /error: I couldn't render that: Asymptote reported an error \(line 1: no matching variable 'B'\)\.\ndetail:\n {2}line 1: no matching variable 'B'\n {4}size\(3cm\); draw\(\(0,0\)--B\);\n {4}\s+\^/);
  assert.match(out, /ok: Model: retrieval-bm25@/);
  assert.match(out, /Feedback: 1 in the last 24 h/);
  assert.doesNotMatch(out + result.stderr, /\n\s+at .*\.ts:\d+/);

  const db = openDatabase(path.join(work, 'var', 'asybot.sqlite'));
  try {
    const rows = db.prepare(`SELECT kind, status, platform FROM requests ORDER BY created_at_ms, rowid`).all() as { kind: string; status: string; platform: string }[];
    assert.deepEqual(rows.map((r) => [r.kind, r.status, r.platform]), [
      ['diagram', 'answered', 'console'], ['regenerate', 'answered', 'console'], ['render', 'answered', 'console'], ['render', 'failed', 'console'],
    ]);
    assert.equal((db.prepare(`SELECT count(*) AS n FROM feedback WHERE kind = 'vote'`).get() as { n: number }).n, 1);
  } finally {
    db.close();
  }
});

test('without a corpus the console bot still starts: /render works and /diagram says the model is unavailable', async () => {
  const result = await asybotBot([], '/diagram a circle\n/render draw(unitcircle);\n/status\n', {
    ASYBOT_DATA_DIR: path.join(work, 'var-no-corpus'),
    ASYBOT_CORPUS_DIR: path.join(work, 'no-such-corpus'),
  });
  assert.equal(result.exitCode, 0, result.stderr);
  assert.match(result.stdout, /error: The model could not write code for that right now\. Please try again later\.\ndetail:\n {2}.*no model is available: .*train\.jsonl/);
  assert.match(result.stdout, /ok: Rendered your code/);
  assert.match(result.stdout, /ok: Model: unavailable/);
  assert.match(result.stderr, /starting without a model \(CORPUS_MISSING\)/);
});

test('the console bot ends cleanly at the end of piped input without /quit', async () => {
  const result = await asybotBot([], '/help\n');
  assert.equal(result.exitCode, 0, result.stderr);
  assert.match(result.stdout, /\/diagram TEXT/);
});

test('with both chat tokens set and no --platform, the bot asks which one and exits 2', async () => {
  const result = await asybotBot([], '', { DISCORD_TOKEN: 'x', SLACK_BOT_TOKEN: 'y' });
  assert.equal(result.exitCode, 2);
  assert.match(result.stderr, /both DISCORD_TOKEN and SLACK_BOT_TOKEN are set: choose one with --platform/);
});
