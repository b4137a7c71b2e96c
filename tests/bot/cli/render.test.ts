import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { ROOT_DIR } from '../../../core/config.ts';

/** Drives the real `asybot` binary as a user would, in a scratch data dir. */
const work = mkdtempSync(path.join(os.tmpdir(), 'asybot-cli-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

function asybot(args: string[], input?: string | Buffer) {
  return execa('node', [path.join(ROOT_DIR, 'bin', 'asybot.js'), ...args], {
    cwd: work, reject: false, input, env: { ASYBOT_DATA_DIR: path.join(work, 'var') },
  });
}

const EXAMPLE = path.join(ROOT_DIR, 'data', 'examples', 'triangle-in-circle.asy');

test('render writes a PNG and reports JSON, then answers the repeat from the cache', async () => {
  const out = path.join(work, 'a.png');
  const first = await asybot(['render', EXAMPLE, '-o', out, '--json']);
  assert.equal(first.exitCode, 0, first.stderr);
  const summary = JSON.parse(first.stdout);
  assert.deepEqual(Object.keys(summary).sort(), ['cached', 'durationMs', 'ok', 'png']);
  assert.equal(summary.ok, true);
  assert.equal(summary.png, out);
  assert.equal(summary.cached, false);
  assert.equal(readFileSync(out).subarray(1, 4).toString(), 'PNG');
  const second = JSON.parse((await asybot(['render', EXAMPLE, '-o', out, '--json'])).stdout);
  assert.equal(second.cached, true);
});

test('render reads stdin, unwraps an [asy] block and honours --theme', async () => {
  const result = await asybot(['render', '-', '--theme', 'dark'], 'Problem 3.\n[asy]\nsize(2cm); draw(unitcircle); label("$O$",(0,0));\n[/asy]\n');
  assert.equal(result.exitCode, 0, result.stderr);
  assert.ok(existsSync(path.join(work, 'diagram.png')));
  assert.match(result.stderr, /wrote .*diagram\.png/);
});

test('render writes SVG with --format svg', async () => {
  const out = path.join(work, 'b.svg');
  const result = await asybot(['render', EXAMPLE, '-o', out, '--format', 'svg']);
  assert.equal(result.exitCode, 0, result.stderr);
  assert.match(readFileSync(out, 'utf8').slice(0, 300), /<svg/);
});

test('a compile error exits 2 with a readable message, or JSON errors with --json', async () => {
  const input = path.join(work, 'broken.asy');
  writeFileSync(input, 'size(3cm);\ndraw((0,0)--B);\n');
  const plain = await asybot(['render', input]);
  assert.equal(plain.exitCode, 2);
  assert.match(plain.stderr, /line 2: no matching variable 'B'\n {2}draw\(\(0,0\)--B\);\n {14}\^/);
  const json = await asybot(['render', input, '--json']);
  assert.equal(json.exitCode, 2);
  assert.deepEqual(JSON.parse(json.stdout), { ok: false, errors: [{ line: 2, col: 13, message: "no matching variable 'B'" }] });
});

test('bad input exits 2: a missing file, invalid UTF-8 on stdin, an unknown theme', async () => {
  const missing = await asybot(['render', path.join(work, 'nope.asy'), '--json']);
  assert.equal(missing.exitCode, 2);
  assert.match(JSON.parse(missing.stdout).errors[0].message, /cannot read .*ENOENT/);
  const binary = await asybot(['render', '-'], Buffer.from([0x64, 0xff, 0xfe, 0x00]));
  assert.equal(binary.exitCode, 2);
  assert.match(binary.stderr, /not valid UTF-8/);
  const theme = await asybot(['render', EXAMPLE, '--theme', 'pink']);
  assert.equal(theme.exitCode, 2);
  assert.match(theme.stderr, /Allowed choices are light, dark, transparent/);
});

test('an internal fault exits 1', async () => {
  // An output path inside a regular file cannot be created: that is our fault to report, not a compile error.
  const blocker = path.join(work, 'blocker');
  writeFileSync(blocker, 'x');
  const result = await asybot(['render', EXAMPLE, '-o', path.join(blocker, 'x.png')]);
  assert.equal(result.exitCode, 1);
  assert.match(result.stderr, /internal error/);
});
