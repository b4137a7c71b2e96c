import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { compileAsy } from '../../../core/compile/compileAsy.ts';
import { ROOT_DIR } from '../../../core/config.ts';

/** Teacher-style AoPS snippets (our own) must render through the real pipeline with our helper modules. */
const FIXTURES = path.join(ROOT_DIR, 'tests', 'fixtures', 'aops');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.asy')).sort();
const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, string[]>;

test('there are at least 20 AoPS fixtures and every one lists its labels', () => {
  assert.ok(files.length >= 20, `${files.length} fixtures`);
  for (const file of files) assert.ok(Array.isArray(expected[file]), `${file} missing from expected.json`);
});

test('together the fixtures cover every helper documented in the modules README', () => {
  const fullReadme = readFileSync(path.join(ROOT_DIR, 'core', 'compile', 'modules', 'README.md'), 'utf8');
  // Only the AoPS-compatible modules are user-facing helpers; the probe module is evaluation instrumentation.
  const readme = fullReadme.split(/^## asybot_probe/m)[0]!;
  const covered = new Set(files.flatMap((f) => (/^\/\/ covers: (.*)$/m.exec(readFileSync(path.join(FIXTURES, f), 'utf8'))?.[1] ?? '').split(/[,\s]+/)));
  // Table rows look like "| `pair foot(pair P, pair A, pair B)` | …": the helper's name precedes `(` or ` =`.
  const signatures = [...readme.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!);
  const documented = [...new Set(signatures.map((s) => /(\w+)\s*(?:\(|=)/.exec(s)?.[1]).filter((n): n is string => Boolean(n)))];
  assert.ok(documented.length >= 20, `README documents only ${documented.length} helpers`);
  const missing = documented.filter((name) => !covered.has(name));
  assert.deepEqual(missing, []);
});

for (const file of files) {
  test(`AoPS fixture ${file} renders`, async () => {
    const result = await compileAsy(readFileSync(path.join(FIXTURES, file)), { limits: { cacheDir: null } });
    assert.equal(result.ok, true, `${file}: ${result.message}`);
    assert.ok(result.widthPx! > 64 && result.heightPx! > 64);
  });
}

test('the numeric self-check of our olympiad/cse5 helpers passes in asy', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asybot-selfcheck-'));
  try {
    const run = await execa('asy', ['-f', 'png', '-noV', '-dir', path.join(ROOT_DIR, 'core', 'compile', 'modules'), '-o', path.join(dir, 'selfcheck'), path.join(ROOT_DIR, 'tests', 'fixtures', 'aops-selfcheck.asy')], { reject: false, stdin: 'ignore', cwd: dir });
    assert.equal(run.exitCode, 0, run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
