import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { ROOT_DIR } from '../../../core/config.ts';
import type { Sample } from '../../../data/generate/types.ts';
import { FIXTURE_SAMPLES, writeFixtureCorpus } from '../../fixtures/retrievalSamples.ts';

/** Drives the real `asybot draw` over a small corpus in a scratch dir (ASYBOT_CORPUS_DIR), as a user would. */
const work = mkdtempSync(path.join(os.tmpdir(), 'asybot-draw-test-'));
after(() => rmSync(work, { recursive: true, force: true }));
const corpus = writeFixtureCorpus(path.join(work, 'corpus'));

function asybot(args: string[], env: Record<string, string> = {}) {
  return execa('node', [path.join(ROOT_DIR, 'bin', 'asybot.js'), ...args], {
    cwd: work, reject: false, env: { ASYBOT_DATA_DIR: path.join(work, 'var'), ASYBOT_CORPUS_DIR: corpus, ...env },
  });
}

test('draw prints the adapted code and writes ./diagram.png', async () => {
  const result = await asybot(['draw', 'right triangle PQR with the right angle at P and legs PQ = 5 and PR = 12']);
  assert.equal(result.exitCode, 0, result.stderr);
  assert.match(result.stdout, /pair P = \(0, 0\), Q = \(5, 0\), R = \(0, 12\);/);
  assert.match(result.stdout, /label\("\$12\$", \(P \+ R\) \/ 2, W\);/);
  const png = path.join(work, 'diagram.png');
  assert.equal(readFileSync(png).subarray(1, 4).toString(), 'PNG');
  assert.match(result.stderr, /wrote .*diagram\.png \(retrieval-bm25@[0-9a-f]{12}, 1 attempt, generate \d+ ms, compile \d+ ms\)/);
});

test('--json reports {ok, code, png, model, attempts, durationMs} and honours -o and --theme', async () => {
  const out = path.join(work, 'nested', 'hex.png');
  const result = await asybot(['draw', 'a regular hexagon', '-o', out, '--theme', 'dark', '--json']);
  assert.equal(result.exitCode, 0, result.stderr);
  const summary = JSON.parse(result.stdout);
  assert.deepEqual(Object.keys(summary).sort(), ['attempts', 'code', 'durationMs', 'model', 'ok', 'png']);
  assert.deepEqual(Object.keys(summary.durationMs).sort(), ['compile', 'generate', 'total']);
  assert.equal(summary.ok, true);
  assert.equal(summary.png, out);
  assert.equal(summary.attempts, 1);
  assert.match(summary.model, /^retrieval-bm25@[0-9a-f]{12}$/);
  assert.equal(summary.code, FIXTURE_SAMPLES.find((s) => s.template === 'hexagon/regular')!.code);
  assert.ok(summary.durationMs.total >= summary.durationMs.generate + summary.durationMs.compile - 1);
  assert.ok(existsSync(out));
});

test('a broken best match is repaired: the second attempt draws', async () => {
  const brokenFirst: Sample = { ...FIXTURE_SAMPLES.find((s) => s.template === 'hexagon/regular')!, id: 'broken/hexagon#0/short-1', template: 'broken/hexagon', code: 'size(4cm);\ndraw(polygon(6), brokenpen);\n' };
  const repairCorpus = writeFixtureCorpus(path.join(work, 'repair-corpus'), [brokenFirst, ...FIXTURE_SAMPLES]);
  const result = await asybot(['draw', 'regular hexagon', '--json', '-o', path.join(work, 'repaired.png')], { ASYBOT_CORPUS_DIR: repairCorpus });
  assert.equal(result.exitCode, 0, result.stderr);
  const summary = JSON.parse(result.stdout);
  assert.equal(summary.attempts, 2);
  assert.doesNotMatch(summary.code, /brokenpen/);
});

test('nothing usable exits 2: no match, an empty request, a request over 2000 characters', async () => {
  const noMatch = await asybot(['draw', 'a purple dinosaur', '--json']);
  assert.equal(noMatch.exitCode, 2);
  const failure = JSON.parse(noMatch.stdout);
  assert.equal(failure.ok, false);
  assert.equal(failure.png, null);
  assert.equal(failure.errorCode, 'GENERATION_FAILED');
  assert.match(failure.message, /nothing in the training corpus resembles "a purple dinosaur"/);
  const plain = await asybot(['draw', 'a purple dinosaur']);
  assert.equal(plain.exitCode, 2);
  assert.equal(plain.stdout, '');
  assert.match(plain.stderr, /could not draw that \(GENERATION_FAILED, after 1 attempt\):\nnothing in the training corpus/);

  const empty = await asybot(['draw', '  ']);
  assert.equal(empty.exitCode, 2);
  assert.match(empty.stderr, /the request is empty/);
  const long = await asybot(['draw', `a circle ${'very '.repeat(400)}`, '--json']);
  assert.equal(long.exitCode, 2);
  const refused = JSON.parse(long.stdout);
  assert.equal(refused.errorCode, 'REQUEST_TOO_LONG');
  assert.equal(refused.attempts, 0);
  const theme = await asybot(['draw', 'a circle', '--theme', 'pink']);
  assert.equal(theme.exitCode, 2);
});

test('set-up and internal faults exit 1: no corpus, an unwritable output path', async () => {
  const missing = await asybot(['draw', 'a circle'], { ASYBOT_CORPUS_DIR: path.join(work, 'no-corpus') });
  assert.equal(missing.exitCode, 1);
  assert.match(missing.stderr, /cannot draw yet \(CORPUS_MISSING\): .*no-corpus\/train\.jsonl is missing: run `npx asybot corpus build`/);
  const blocker = path.join(work, 'blocker');
  writeFileSync(blocker, 'x');
  const unwritable = await asybot(['draw', 'a square with diagonals', '-o', path.join(blocker, 'x.png')]);
  assert.equal(unwritable.exitCode, 1);
  assert.match(unwritable.stderr, /internal error/);
});
