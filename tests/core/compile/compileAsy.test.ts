import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { compileAsy } from '../../../core/compile/compileAsy.ts';

const LIMITS = { cacheDir: null, timeoutMs: 20_000 };
const TRIANGLE = [
  'size(4cm);',
  'pair A = (0,0), B = (3,0), C = (0,4);',
  'draw(A--B--C--cycle);',
  'draw(B--(0,0), red);',
  'label("$A$", A, SW); label("$B$", B, SE); label("$C$", C, N);',
].join('\n');

async function pixelAt(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [...data.subarray(offset, offset + info.channels)];
}

test('compileAsy renders a labelled diagram to a non-blank PNG of chat size', async () => {
  const result = await compileAsy(TRIANGLE, { limits: LIMITS });
  assert.equal(result.ok, true, result.message);
  assert.deepEqual([...result.png!.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const meta = await sharp(result.png!).metadata();
  assert.equal(meta.width, result.widthPx);
  assert.equal(meta.height, result.heightPx);
  assert.ok(meta.width! >= 200 && meta.width! <= 1000, `width ${meta.width}`);
  const stats = await sharp(result.png!).stats();
  assert.ok(stats.channels[0]!.min < 50, 'there is dark ink on the light theme');
  assert.deepEqual(result.errors, []);
  assert.equal(result.cached, false);
});

test('compileAsy applies the dark and transparent themes', async () => {
  const dark = await compileAsy(TRIANGLE, { theme: 'dark', limits: LIMITS });
  const transparent = await compileAsy(TRIANGLE, { theme: 'transparent', limits: LIMITS });
  assert.ok(dark.ok && transparent.ok);
  const darkCorner = await pixelAt(dark.png!, 0, 0);
  assert.ok(darkCorner.slice(0, 3).every((c) => c < 80), `dark corner ${darkCorner}`);
  const transparentCorner = await pixelAt(transparent.png!, 0, 0);
  assert.equal(transparentCorner[3], 0, 'transparent corner has alpha 0');
});

test('compileAsy points a compile error at the user line with a caret', async () => {
  const result = await compileAsy('size(3cm);\ndraw((0,0)--B);', { limits: LIMITS });
  assert.equal(result.ok, false);
  assert.equal(result.errorCode, 'COMPILE_ERROR');
  assert.deepEqual(result.errors, [{ line: 2, col: 13, message: "no matching variable 'B'" }]);
  assert.match(result.message, /^line 2: no matching variable 'B'\n  draw\(\(0,0\)--B\);\n {14}\^$/);
});

test('compileAsy imports our AoPS helpers implicitly and keeps error lines in user terms', async () => {
  const ok = await compileAsy('pair A=(0,0), B=(2,0), C=(0,2);\ndraw(A--B--C--cycle);\ndraw(rightanglemark(B,A,C));', { limits: LIMITS });
  assert.equal(ok.ok, true, ok.message);
  const broken = await compileAsy('pair A=(0,0), B=(2,0), C=(0,2);\ndraw(rightanglemark(B,A,C));\ndraw(A--Q);', { limits: LIMITS });
  assert.equal(broken.errors[0]?.line, 3);
});

test('compileAsy reduces a LaTeX error in a label to one readable line', async () => {
  const result = await compileAsy('draw((0,0)--(1,1));\nlabel("$\\frc{1}{2}$", (0,0));', { limits: LIMITS });
  assert.equal(result.errorCode, 'COMPILE_ERROR');
  assert.equal(result.message, 'LaTeX error in a label: Undefined control sequence near \\frc');
});

test('compileAsy treats no output and an all-white picture as failures, never a blank reply', async () => {
  const nothing = await compileAsy('size(3cm);\nreal x = 1;', { limits: LIMITS });
  assert.equal(nothing.errorCode, 'COMPILE_NO_OUTPUT');
  const white = await compileAsy('size(3cm);\nfill(unitsquare, white);', { limits: LIMITS });
  assert.equal(white.errorCode, 'COMPILE_BLANK');
});

test('compileAsy also produces SVG and PDF when asked', async () => {
  const result = await compileAsy(TRIANGLE, { formats: ['svg', 'pdf'], limits: LIMITS });
  assert.equal(result.ok, true, result.message);
  assert.match(result.svg!.subarray(0, 200).toString(), /<svg|<\?xml/);
  assert.equal(result.pdf!.subarray(0, 4).toString(), '%PDF');
});

test('compileAsy renders 3D under a private virtual display', async () => {
  const result = await compileAsy('import three;\nsize(4cm);\ncurrentprojection=orthographic(4,2,3);\ndraw(unitcube, surfacepen=lightblue);\nlabel("$x$", X);', { limits: LIMITS });
  assert.equal(result.ok, true, result.message);
  const stats = await sharp(result.png!).stats();
  assert.ok(stats.channels[2]!.mean < 250, 'the cube is drawn');
});

test('one job\'s errors never appear in the next job\'s result', async () => {
  await compileAsy('draw((0,0)--SECRETNAME);', { limits: LIMITS });
  const next = await compileAsy(TRIANGLE, { limits: LIMITS });
  assert.equal(next.ok, true);
  assert.doesNotMatch(next.stderr + next.message, /SECRETNAME/);
});

test('compileAsy renders a large 3D picture whose intermediate files exceed the output cap', async () => {
  const result = await compileAsy('import three;\nsize(8cm);\ndraw(unitsphere, lightblue);', { limits: LIMITS });
  assert.equal(result.ok, true, result.message);
});
