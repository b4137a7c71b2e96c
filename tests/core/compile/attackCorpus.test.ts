import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileAsy, type CompileErrorCode } from '../../../core/compile/compileAsy.ts';

/**
 * The attack corpus: hostile or broken Asymptote that must each end in a short, clear error, read nothing outside
 * the job dir, write nothing outside it, and leave the next compile working. Add a case whenever you think of one.
 *
 * Leak detection: the canary file's content is a TeX `\errmessage` and the attacks exfiltrate through asy's own
 * error messages (`abort(...)`), so if any path ever reads the canary, the secret shows up in the result.
 */

const SECRET = `CANARY${randomBytes(8).toString('hex')}`;
const hostDir = mkdtempSync(path.join(os.tmpdir(), 'asybot-attack-'));
const CANARY = path.join(hostDir, 'secret.tex');
const PWNED = path.join(hostDir, 'pwned');
const JOB_ROOT = path.join(hostDir, 'jobs');
mkdirSync(JOB_ROOT);
const LIMITS = { timeoutMs: 4000, memoryMb: 512, maxOutputBytes: 5_000_000, cacheDir: null, jobRoot: JOB_ROOT };

interface Attack {
  name: string;
  code: string | Uint8Array;
  expect: readonly CompileErrorCode[];
  /** Refusals that need no process must be instant. */
  maxMs?: number;
  /** Per-attack limits (e.g. a tighter memory cap so the bomb hits it well before the deadline on a busy machine). */
  limits?: { memoryMb?: number; timeoutMs?: number };
}

const attacks: Attack[] = [
  { name: 'reads /etc/passwd with input()', code: 'string s = input("/etc/passwd"); abort(s);', expect: ['COMPILE_ERROR'] },
  { name: 'reads a host file with input()', code: `string s = input("${CANARY}"); abort(s);`, expect: ['COMPILE_ERROR'] },
  { name: 'turns globalread back on', code: `settings.globalread = true; string s = input("${CANARY}"); abort(s);`, expect: ['COMPILE_ERROR'] },
  { name: 'reads /proc/self/environ', code: 'string s = input("/proc/self/environ"); abort(s);', expect: ['COMPILE_ERROR'] },
  { name: 'reads through file()', code: `file f = input("${CANARY}", check=false); string s = f; abort(s);`, expect: ['COMPILE_ERROR'] },
  { name: 'imports an absolute path', code: 'import "/etc/passwd" as p;', expect: ['COMPILE_ERROR'] },
  { name: 'includes a host file', code: `include "${CANARY}";`, expect: ['COMPILE_ERROR'] },
  { name: 'uses TeX \\input in a label', code: `draw((0,0)--(1,1)); label("\\input{${CANARY}}", (0,0));`, expect: ['INPUT_INVALID'], maxMs: 200 },
  { name: 'uses TeX \\openin in a label', code: `draw((0,0)--(1,1)); label("\\openin1=${CANARY} \\read1 to \\x \\x", (0,0));`, expect: ['INPUT_INVALID'], maxMs: 200 },
  { name: 'assembles TeX \\input at run time', code: `draw((0,0)--(1,1)); label('\\\\' + "input{${CANARY}}", (0,0));`, expect: ['COMPILE_ERROR', 'COMPILE_TIMEOUT'] },
  { name: 'assembles a TeX \\read from the terminal at run time', code: `draw((0,0)--(1,1)); label('\\\\' + "read16 to \\\\x \\\\x", (0,0));`, expect: ['COMPILE_ERROR', 'COMPILE_TIMEOUT'] },
  { name: 'writes a host file with output()', code: `file f = output("${PWNED}-out"); write(f, "x"); draw((0,0)--(1,1));`, expect: ['COMPILE_ERROR'] },
  { name: 'ships out to a host path', code: `draw((0,0)--(1,1)); shipout("${PWNED}-ship");`, expect: ['COMPILE_ERROR'] },
  { name: 'runs a program with system()', code: `system("touch ${PWNED}-system"); draw((0,0)--(1,1));`, expect: ['COMPILE_ERROR'] },
  { name: 'turns safe mode off', code: `settings.safe = false; system("touch ${PWNED}-nosafe");`, expect: ['COMPILE_ERROR'] },
  { name: 'loops forever', code: 'while (true) {}', expect: ['COMPILE_TIMEOUT'] },
  { name: 'recurses without end', code: 'int f(int n) { return f(n + 1) + 1; } f(0);', expect: ['COMPILE_ERROR', 'COMPILE_OUT_OF_MEMORY'] },
  { name: 'allocates without end', code: 'real[] a; while (true) a.push(1);', expect: ['COMPILE_OUT_OF_MEMORY'], limits: { memoryMb: 256, timeoutMs: 15_000 } },
  { name: 'draws a picture too large for TeX', code: 'unitsize(100cm); draw((0,0)--(100,100));', expect: ['OUTPUT_TOO_LARGE'] },
  { name: 'draws an enormous raster', code: 'size(400cm); draw(unitcircle); fill(unitcircle, red);', expect: ['OUTPUT_TOO_LARGE', 'COMPILE_TIMEOUT', 'COMPILE_OUT_OF_MEMORY'] },
  { name: 'fills the disk in its job dir', code: 'file f = output("big.txt"); string s = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"; for (int i = 0; i < 100000000; ++i) write(f, s);', expect: ['OUTPUT_TOO_LARGE'] },
  { name: 'sends 10 MB of code', code: `draw((0,0)--(1,1));\n//${'x'.repeat(10_000_000)}`, expect: ['INPUT_TOO_LARGE'], maxMs: 200 },
  { name: 'contains NUL bytes', code: 'draw((0,0)--(1,1));\u0000\u0000', expect: ['INPUT_INVALID'], maxMs: 200 },
  { name: 'is not valid UTF-8', code: Buffer.from([0x64, 0x72, 0x61, 0x77, 0x28, 0xff, 0xfe, 0xc3, 0x28, 0x29, 0x3b]), expect: ['INPUT_INVALID'], maxMs: 200 },
  { name: 'contains a lone surrogate', code: 'label("\ud800", (0,0));', expect: ['INPUT_INVALID'], maxMs: 200 },
  { name: 'has a LaTeX error that would wait for input', code: 'draw((0,0)--(1,1)); label("$\\frac{1}{2$", (0,0));', expect: ['COMPILE_ERROR'] },
  { name: 'uses a LaTeX package that does not exist', code: 'usepackage("nosuchpackagezz"); draw((0,0)--(1,1)); label("$x$", (0,0));', expect: ['COMPILE_ERROR'] },
  { name: 'nests parentheses 20,000 deep', code: `real x = ${'('.repeat(20_000)}1${')'.repeat(20_000)};`, expect: ['COMPILE_ERROR', 'COMPILE_OUT_OF_MEMORY'] },
  { name: 'is empty', code: '  \n\t\n', expect: ['INPUT_EMPTY'], maxMs: 200 },
];

before(() => {
  writeFileSync(CANARY, `\\errmessage{${SECRET}}\n${SECRET}\n`);
});

after(() => rmSync(hostDir, { recursive: true, force: true }));

test('the attack corpus has at least 20 cases', () => {
  assert.ok(attacks.length >= 20, `only ${attacks.length} attacks`);
});

for (const attack of attacks) {
  test(`an attack that ${attack.name} gets a short clear error and leaks nothing`, async () => {
    const result = await compileAsy(attack.code, { limits: { ...LIMITS, ...attack.limits } });
    assert.equal(result.ok, false, 'the attack must not produce a diagram');
    assert.ok(attack.expect.includes(result.errorCode!), `expected ${attack.expect.join('|')}, got ${result.errorCode}: ${result.message}`);
    assert.ok(result.message.length > 0 && result.message.length <= 600, `message length ${result.message.length}`);
    assert.doesNotMatch(result.message, /\n\s+at .+:\d+:\d+/, 'no stack traces for users');
    for (const text of [result.message, result.stderr, JSON.stringify(result.errors)]) {
      assert.ok(!text.includes(SECRET), 'the canary secret leaked into the result');
    }
    if (attack.maxMs !== undefined) assert.ok(result.durationMs < attack.maxMs, `took ${result.durationMs} ms`);
    const written = readdirSync(hostDir).filter((name) => name.startsWith('pwned'));
    assert.deepEqual(written, [], 'nothing may be written outside the job dir');
  });
}

test('after the whole corpus a normal diagram still compiles', async () => {
  const result = await compileAsy('size(3cm); draw(unitcircle); label("$O$", (0,0));', { limits: LIMITS });
  assert.equal(result.ok, true, result.message);
  assert.ok(result.png && result.png.length > 100);
});

test('no job directory is left behind', () => {
  assert.deepEqual(readdirSync(JOB_ROOT), []);
  assert.equal(existsSync(`${PWNED}-out`), false);
});
