import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import sharp from 'sharp';
import { ROOT_DIR } from '../../../core/config.ts';

/**
 * Drives the real `asybot eval` end to end: the oracle generator answers with each line's reference code, which
 * goes through drawDiagram, the real compiler and the probe. The set (tests/fixtures/eval/small-set.jsonl) has
 * four faithful lines, one whose reference code does not compile and one with false predicates and a label the
 * code never draws.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'asybot-eval-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

const SET = path.join(ROOT_DIR, 'tests', 'fixtures', 'eval', 'small-set.jsonl');

function asybot(args: string[]) {
  return execa('node', [path.join(ROOT_DIR, 'bin', 'asybot.js'), ...args], {
    cwd: work, reject: false, env: { ASYBOT_DATA_DIR: path.join(work, 'var'), ASYBOT_CACHE_DIR: 'off' },
  });
}

function readResults(dir: string): Record<string, any>[] {
  return readFileSync(path.join(dir, 'results.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
}

test('eval with the oracle scores the set, prints one JSON summary and writes the report files', async () => {
  const out = path.join(work, 'run');
  const run = await asybot(['eval', '--set', SET, '--generator', 'oracle', '--json', '--out', out]);
  assert.equal(run.exitCode, 0, run.stderr);
  assert.equal(run.stdout.trim().split('\n').length, 1, 'exactly one line on stdout');
  const summary = JSON.parse(run.stdout);
  assert.match(summary.model, /^oracle@[0-9a-f]{12}$/);
  assert.equal(summary.n, 6);
  assert.equal(summary.compileRate, 5 / 6);
  assert.equal(summary.nonBlankRate, 5 / 6);
  assert.equal(summary.labelRecall, 19 / 23); // the broken line finds none of 3; the false one misses N
  assert.equal(summary.predicatePassRate, 15 / 18);
  assert.equal(summary.itemsAllPredicatesPassRate, 4 / 6);
  assert.equal(summary.passRate, 4 / 6);
  assert.ok(summary.p50Ms > 0 && summary.p95Ms >= summary.p50Ms, `p50 ${summary.p50Ms} p95 ${summary.p95Ms}`);
  assert.equal(summary.outDir, out);
  assert.match(run.stderr, /eval .* 6\/6 100%/, 'progress on stderr');

  const results = readResults(out);
  assert.deepEqual(results.map((r) => r.id), ['right-triangle', 'circle-aops', 'parallelogram', 'coordinate-points', 'broken-reference', 'false-predicate']);
  const [right, aops, , , broken, falsePredicate] = results;
  assert.equal(right!.pass, true);
  assert.deepEqual(right!.labels.found, ['A', 'B', 'C', '5']);
  assert.ok(right!.timings.totalMs >= right!.timings.compileMs && right!.timings.probeMs > 0);
  assert.ok(existsSync(path.join(out, right!.image)));
  assert.deepEqual(aops!.labels.shown.map((l: { text: string }) => l.text), ['O', 'P', 'Q', 'R']);

  assert.equal(broken!.ok, false);
  assert.equal(broken!.errorCode, 'COMPILE_ERROR');
  assert.deepEqual(broken!.errors[0], { line: 4, col: 20, message: "no matching variable 'Q'" });
  assert.equal(broken!.attempts, 3, 'the bot path asks for repairs; the oracle can only repeat itself');
  assert.equal(broken!.image, null);
  assert.deepEqual(broken!.predicates.map((p: { reason: string }) => p.reason), ['the diagram did not compile']);

  assert.equal(falsePredicate!.ok, true);
  assert.equal(falsePredicate!.pass, false);
  assert.deepEqual(falsePredicate!.labels.missing, ['N']);
  assert.deepEqual(falsePredicate!.predicates.map((p: { ok: boolean }) => p.ok), [true, false, false]);
  assert.match(falsePredicate!.predicates[1].reason, /angle KLM = 99\.78°, expected 90° ±1\.5°/);
  assert.equal(falsePredicate!.predicates[2].reason, 'point N not labelled');

  const report = readFileSync(path.join(out, 'report.md'), 'utf8');
  assert.match(report, /\| label recall \| 82\.6% \(19\/23\) \|/);
  assert.match(report, /## By family\n\n\| family \| n \|/);
  assert.match(report, /\| triangles \| 3 \|/);
  assert.match(report, /## By style/);
  assert.match(report, /### `broken-reference` — COMPILE_ERROR[\s\S]*line 4: no matching variable 'Q'/);
  assert.match(report, /angle failed: angle KLM = 99\.78°/);
  assert.deepEqual(JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')).n, 6);

  const sheet = await sharp(path.join(out, 'contact-sheet.png')).metadata();
  assert.equal(sheet.format, 'png');
  assert.ok(sheet.width! >= 6 * 150 && sheet.width! <= 3000, `width ${sheet.width}`);
  assert.ok(sheet.height! >= 200 && sheet.height! <= 800, `height ${sheet.height}`);
});

test('eval without --json prints a readable summary and defaults to <data dir>/eval/<timestamp>/', async () => {
  const run = await asybot(['eval', '--set', SET, '--generator', 'oracle', '--limit', '1']);
  assert.equal(run.exitCode, 0, run.stderr);
  assert.match(run.stdout, /^model {17}oracle@/);
  assert.match(run.stdout, /requests {14}1\n/);
  assert.match(run.stdout, /label recall {10}100\.0% \(4\/4\)/);
  const runs = readdirSync(path.join(work, 'var', 'eval'));
  assert.equal(runs.length, 1);
  assert.match(runs[0]!, /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
  assert.ok(existsSync(path.join(work, 'var', 'eval', runs[0]!, 'contact-sheet.png')));
  assert.match(run.stderr, /wrote .*report\.md/);
});

test('eval refuses a malformed set line with its line number, and a missing file (exit 2)', async () => {
  const bad = path.join(work, 'bad.jsonl');
  writeFileSync(bad, '{"id":"a","request":"draw a square","code":"draw(unitsquare);"}\n{"id":"b", "request": oops}\n');
  const malformed = await asybot(['eval', '--set', bad, '--generator', 'oracle']);
  assert.equal(malformed.exitCode, 2);
  assert.match(malformed.stderr, /bad\.jsonl:2: not valid JSON/);
  const asJson = await asybot(['eval', '--set', bad, '--generator', 'oracle', '--json']);
  assert.equal(asJson.exitCode, 2);
  assert.deepEqual(JSON.parse(asJson.stdout).error.code, 'EVAL_SET_INVALID');
  const missing = await asybot(['eval', '--set', path.join(work, 'nope.jsonl'), '--generator', 'oracle']);
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /cannot read eval set .*nope\.jsonl: ENOENT/);
});

test('eval refuses bad options (exit 2): an unknown generator, a zero limit, an oracle set without code', async () => {
  const generator = await asybot(['eval', '--set', SET, '--generator', 'gpt']);
  assert.equal(generator.exitCode, 2);
  assert.match(generator.stderr, /Allowed choices are retrieval, oracle/);
  const limit = await asybot(['eval', '--set', SET, '--limit', '0']);
  assert.equal(limit.exitCode, 2);
  assert.match(limit.stderr, /expected a positive integer/);
  const noCode = path.join(work, 'nocode.jsonl');
  writeFileSync(noCode, '{"id":"a","request":"draw a square"}\n');
  const oracle = await asybot(['eval', '--set', noCode, '--generator', 'oracle']);
  assert.equal(oracle.exitCode, 2);
  assert.match(oracle.stderr, /no "code" fields/);
});
