import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  DARK_BACKGROUND,
  FINISH_PNG_DEFAULTS,
  MIN_SIDE_PX,
  THEMES,
  finishPng,
  mapInkForDark,
} from '../../../core/compile/finishPng.ts';
import { ImageInvalidError, ImageTooLargeError } from '../../../core/compile/imageErrors.ts';
import {
  differsFrom,
  hasAsy,
  measureMargins,
  notWhite,
  opaqueAlpha,
  pixelAt,
  readPixels,
  renderAsy,
  svgPng,
  syntheticPng,
  type Pixels,
} from './finishPngFixtures.ts';

const PAD = FINISH_PNG_DEFAULTS.paddingPx;
const DARK = [DARK_BACKGROUND.r, DARK_BACKGROUND.g, DARK_BACKGROUND.b] as const;
const noAsy = hasAsy ? false : 'asy is not installed';

const workDir = await mkdtemp(join(tmpdir(), 'finishPng-test-'));
after(() => rm(workDir, { recursive: true, force: true }));

// Real asy renders, each made once on first use.
const SCENE = `size(5cm);
draw((0,0)--(4,2), red+linewidth(2));
fill(circle((3,0.5),0.6), blue);
draw((0,2)--(1.5,2), black+linewidth(1));
label("$A$", (0,0), SW);
label("$x^2+y^2=r^2$", (1.2,1.5));`;
const asyInputs = {
  scene: () => renderAsy(workDir, 'scene', SCENE),
  scene8: () => renderAsy(workDir, 'scene8', SCENE, 8),
  fillsCanvas: () =>
    renderAsy(workDir, 'fills', 'size(3cm);\nfill(box((0,0),(4,3)), lightblue);\ndraw(box((0,0),(4,3)), black+linewidth(3));'),
  dot: () => renderAsy(workDir, 'dot', 'dot((0,0));'),
  whiteOnly: () => renderAsy(workDir, 'white', 'size(2cm);\ndraw((0,0)--(1,1), white);'),
};
const cache = new Map<string, Promise<Buffer>>();
function asy(name: keyof typeof asyInputs): Promise<Buffer> {
  if (!cache.has(name)) cache.set(name, asyInputs[name]());
  return cache.get(name)!;
}

function assertPadding(margins: ReturnType<typeof measureMargins>, expected: number, slackPx = 0): void {
  assert.ok(margins, 'expected some ink in the output');
  for (const side of ['left', 'top', 'right', 'bottom'] as const) {
    assert.ok(Math.abs(margins[side] - expected) <= slackPx, `${side} margin ${margins[side]}, expected ${expected} ± ${slackPx}`);
  }
}

function corners(px: Pixels): number[][] {
  return [pixelAt(px, 0, 0), pixelAt(px, px.width - 1, 0), pixelAt(px, 0, px.height - 1), pixelAt(px, px.width - 1, px.height - 1)];
}

/** Indices (pixel numbers) where an RGB image has exactly `rgb`. */
function pixelsEqualTo(px: Pixels, rgb: number[]): number[] {
  const found: number[] = [];
  for (let p = 0; p < px.width * px.height; p++) {
    const i = p * px.channels;
    if (px.data[i] === rgb[0] && px.data[i + 1] === rgb[1] && px.data[i + 2] === rgb[2]) found.push(p);
  }
  return found;
}

const rgbOf = (px: Pixels, p: number) => [...px.data.subarray(p * px.channels, p * px.channels + 3)];

test('THEMES lists the three themes', () => {
  assert.deepEqual([...THEMES], ['light', 'dark', 'transparent']);
});

test('light: a real diagram is trimmed and padded by exactly paddingPx on every side, background white', { skip: noAsy }, async () => {
  const input = await asy('scene');
  const inputMargins = measureMargins(await readPixels(input), notWhite)!;
  const out = await finishPng(input, { theme: 'light' });
  const px = await readPixels(out.png);
  assert.equal(out.blank, false);
  assert.equal(px.width, out.widthPx);
  assert.equal(px.height, out.heightPx);
  const margins = measureMargins(px, notWhite);
  assertPadding(margins, PAD);
  assert.equal(margins!.inkCount, inputMargins.inkCount, 'no ink pixel lost or added');
  for (const c of corners(px)) assert.deepEqual(c.slice(0, 3), [255, 255, 255]);
});

test('light: a real diagram touching every edge of its canvas is not cut off', { skip: noAsy }, async () => {
  const input = await asy('fillsCanvas');
  const inPx = await readPixels(input);
  const inMargins = measureMargins(inPx, notWhite)!;
  assert.deepEqual([inMargins.left, inMargins.top, inMargins.right, inMargins.bottom], [0, 0, 0, 0], 'fixture touches the edges');
  const out = await finishPng(input, { theme: 'light' });
  assert.equal(out.widthPx, inPx.width + 2 * PAD);
  assert.equal(out.heightPx, inPx.height + 2 * PAD);
  const margins = measureMargins(await readPixels(out.png), notWhite);
  assertPadding(margins, PAD);
  assert.equal(margins!.inkCount, inMargins.inkCount);
});

test('light: single ink pixels in opposite corners of a synthetic image both survive', async () => {
  const input = await syntheticPng(80, 60, (x, y) => ((x === 0 && y === 0) || (x === 79 && y === 59) ? [0, 0, 0] : [255, 255, 255]));
  const out = await finishPng(input, { theme: 'light', paddingPx: 10 });
  assert.deepEqual([out.widthPx, out.heightPx], [100, 80]);
  const margins = measureMargins(await readPixels(out.png), notWhite);
  assertPadding(margins, 10);
  assert.equal(margins!.inkCount, 2);
});

test('a wide diagram is shrunk to maxWidthPx with its aspect ratio kept', async () => {
  // 3000x1000 frame, 12 px thick: the ink box is the whole image.
  const input = await syntheticPng(3000, 1000, (x, y) => (x < 12 || y < 12 || x >= 2988 || y >= 988 ? [0, 0, 0] : [255, 255, 255]));
  const out = await finishPng(input, { theme: 'light' });
  assert.equal(out.widthPx, FINISH_PNG_DEFAULTS.maxWidthPx);
  const margins = measureMargins(await readPixels(out.png), notWhite)!;
  assertPadding(margins, PAD, 1);
  const contentW = out.widthPx - margins.left - margins.right;
  const contentH = out.heightPx - margins.top - margins.bottom;
  assert.ok(Math.abs(contentW / contentH - 3) < 0.02, `content ${contentW}x${contentH} should be 3:1`);
});

test('a tall diagram is shrunk to maxHeightPx, and custom limits and padding are honoured', async () => {
  const input = await syntheticPng(400, 2400, (x, y) => (x < 8 || y < 8 || x >= 392 || y >= 2392 ? [0, 0, 255] : [255, 255, 255]));
  const out = await finishPng(input, { theme: 'light' });
  assert.equal(out.heightPx, FINISH_PNG_DEFAULTS.maxHeightPx);
  assert.ok(out.widthPx < out.heightPx);
  const custom = await finishPng(input, { theme: 'dark', maxWidthPx: 300, maxHeightPx: 200, paddingPx: 8 });
  assert.ok(custom.widthPx <= 300 && custom.heightPx <= 200, `${custom.widthPx}x${custom.heightPx}`);
  assert.equal(custom.heightPx, 200);
  const margins = measureMargins(await readPixels(custom.png), differsFrom(DARK))!;
  assert.ok(Math.abs(margins.top - 8) <= 1 && Math.abs(margins.bottom - 8) <= 1, JSON.stringify(margins));
  const contentW = custom.widthPx - margins.left - margins.right;
  const contentH = custom.heightPx - margins.top - margins.bottom;
  assert.ok(Math.abs(contentH / contentW - 6) < 0.3, `content ${contentW}x${contentH} should be 1:6`);
});

test('a lone dot is never enlarged but still gives an image of at least MIN_SIDE_PX, centred', { skip: noAsy }, async () => {
  const input = await asy('dot');
  const inMargins = measureMargins(await readPixels(input), notWhite)!;
  const out = await finishPng(input, { theme: 'light' });
  assert.ok(out.widthPx >= MIN_SIDE_PX && out.heightPx >= MIN_SIDE_PX, `${out.widthPx}x${out.heightPx}`);
  const margins = measureMargins(await readPixels(out.png), notWhite)!;
  assert.equal(margins.inkCount, inMargins.inkCount, 'same pixels: not rescaled');
  assert.ok(Math.abs(margins.left - margins.right) <= 1 && Math.abs(margins.top - margins.bottom) <= 1, JSON.stringify(margins));
  assert.ok(margins.left >= PAD && margins.top >= PAD);
});

test('supersample: a render at 8 px/bp comes out at half size, same as the 4 px/bp render', { skip: noAsy }, async () => {
  const [at4, at8] = await Promise.all([asy('scene'), asy('scene8')]);
  const a = await finishPng(at4, { theme: 'light' });
  const b = await finishPng(at8, { theme: 'light', supersample: 2 });
  assert.ok(Math.abs(a.widthPx - b.widthPx) <= 3 && Math.abs(a.heightPx - b.heightPx) <= 3, `${a.widthPx}x${a.heightPx} vs ${b.widthPx}x${b.heightPx}`);
  assertPadding(measureMargins(await readPixels(b.png), notWhite), PAD, 1);
});

test('dark: background is the dark grey, black ink turns near-white, red and blue keep their hue', { skip: noAsy }, async () => {
  const input = await asy('scene');
  const light = await readPixels((await finishPng(input, { theme: 'light' })).png);
  const dark = await readPixels((await finishPng(input, { theme: 'dark' })).png);
  assert.deepEqual([dark.width, dark.height, dark.channels], [light.width, light.height, 3], 'same geometry as light');
  for (const c of corners(dark)) assert.deepEqual(c, [...DARK]);
  assertPadding(measureMargins(dark, differsFrom(DARK)), PAD);

  // Pixels are compared at the same positions: the themes differ only in colour.
  const black = pixelsEqualTo(light, [0, 0, 0]);
  const red = pixelsEqualTo(light, [255, 0, 0]);
  const blue = pixelsEqualTo(light, [0, 0, 255]);
  assert.ok(black.length > 100 && red.length > 100 && blue.length > 100, 'fixture has solid black, red and blue');
  for (const p of black) {
    const [r, g, b] = rgbOf(dark, p);
    assert.ok(Math.min(r!, g!, b!) >= 200, `former black at ${p} is ${r},${g},${b}`);
  }
  for (const p of red) {
    const [r, g, b] = rgbOf(dark, p);
    assert.ok(r! >= 180 && r! - g! >= 100 && r! - b! >= 100, `former red at ${p} is ${r},${g},${b}`);
  }
  for (const p of blue) {
    const [r, g, b] = rgbOf(dark, p);
    assert.ok(b! >= 200 && b! - r! >= 80 && b! - g! >= 50, `former blue at ${p} is ${r},${g},${b}`);
  }
});

test('dark: anti-aliased edges blend between the ink and the grey with no halo', async () => {
  // librsvg anti-aliases: the disc and text edges are red/black blended with white.
  const input = await svgPng(160, 120, '<circle cx="60" cy="60" r="40" fill="#ff0000"/><text x="105" y="70" font-size="30">x</text>');
  const light = await readPixels((await finishPng(input, { theme: 'light', paddingPx: 4 })).png);
  const dark = await readPixels((await finishPng(input, { theme: 'dark', paddingPx: 4 })).png);
  const inkRed = mapInkForDark(255, 0, 0);
  const inkBlack = mapInkForDark(0, 0, 0);
  let edges = 0;
  for (let p = 0; p < light.width * light.height; p++) {
    const [r, g, b] = rgbOf(light, p);
    if (r === 255 && g === b && g! > 0 && g! < 253) {
      // Red over white with coverage a = 1 − g/255 must be that red over the grey with the same coverage.
      edges++;
      const a = (255 - g!) / 255;
      const want = inkRed.map((c, k) => a * c + (1 - a) * DARK[k]!);
      rgbOf(dark, p).forEach((c, k) => assert.ok(Math.abs(c - want[k]!) <= 2, `edge ${p}: ${rgbOf(dark, p)} vs ${want}`));
    } else if (r === g && g === b && r! > 0 && r! < 253) {
      edges++;
      const a = (255 - r!) / 255;
      const want = inkBlack.map((c, k) => a * c + (1 - a) * DARK[k]!);
      rgbOf(dark, p).forEach((c, k) => assert.ok(Math.abs(c - want[k]!) <= 2, `grey edge ${p}: ${rgbOf(dark, p)} vs ${want}`));
    }
  }
  assert.ok(edges > 50, `expected anti-aliased edge pixels, found ${edges}`);
});

test('dark: ink colours are recoloured by lightness with hue kept', () => {
  const [wr, wg, wb] = mapInkForDark(0, 0, 0);
  assert.ok(wr >= 200 && Math.abs(wr - wg) <= 3 && Math.abs(wg - wb) <= 3, `black → ${wr},${wg},${wb}`);
  const [yr, yg, yb] = mapInkForDark(255, 255, 0);
  assert.ok(yr >= 200 && yg >= 200 && yb < 100, 'yellow stays a bright yellow');
  const [nr, ng, nb] = mapInkForDark(0, 0, 128);
  assert.ok(nb >= 180 && nb > nr + 60 && nb > ng + 30, `navy → ${nr},${ng},${nb}: lifted but still blue`);
});

test('transparent: corners are clear, solid strokes opaque, and over white it reproduces the light output', { skip: noAsy }, async () => {
  // Supersampled, so that edges are anti-aliased (asy's own PNG has none).
  const input = await asy('scene8');
  const light = await readPixels((await finishPng(input, { theme: 'light', supersample: 2 })).png);
  const clear = await readPixels((await finishPng(input, { theme: 'transparent', supersample: 2 })).png);
  assert.deepEqual([clear.width, clear.height, clear.channels], [light.width, light.height, 4]);
  for (const c of corners(clear)) assert.equal(c[3], 0);
  assertPadding(measureMargins(clear, opaqueAlpha), PAD);
  for (const p of pixelsEqualTo(light, [0, 0, 0])) assert.deepEqual(pixelAt(clear, p % clear.width, Math.floor(p / clear.width)), [0, 0, 0, 255]);
  for (const p of pixelsEqualTo(light, [255, 0, 0])) assert.deepEqual(pixelAt(clear, p % clear.width, Math.floor(p / clear.width)), [255, 0, 0, 255]);
  // Colour-to-alpha is exact: laying the result back on white gives the light theme (±2 for near-white noise).
  const backOnWhite = await readPixels(await sharp(clear.data, { raw: { width: clear.width, height: clear.height, channels: 4 } }).flatten({ background: '#ffffff' }).png().toBuffer());
  let partial = 0;
  for (let p = 0; p < light.width * light.height; p++) {
    const alpha = clear.data[p * 4 + 3]!;
    if (alpha > 0 && alpha < 255) partial++;
    rgbOf(light, p).forEach((c, k) => assert.ok(Math.abs(c - rgbOf(backOnWhite, p)[k]!) <= 2, `pixel ${p}`));
  }
  assert.ok(partial > 100, `anti-aliased edges become partial alpha (found ${partial})`);
});

test('transparent: a grey anti-aliased edge becomes black with partial alpha', async () => {
  const input = await syntheticPng(3, 1, (x) => [[0, 0, 0], [128, 128, 128], [255, 128, 128]][x]!);
  const out = await readPixels((await finishPng(input, { theme: 'transparent', paddingPx: 0, maxWidthPx: 3, maxHeightPx: 1 })).png);
  assert.deepEqual(pixelAt(out, 0, 0), [0, 0, 0, 255]);
  assert.deepEqual(pixelAt(out, 1, 0), [0, 0, 0, 127]);
  assert.deepEqual(pixelAt(out, 2, 0), [255, 0, 0, 127]);
});

test('PNGs with alpha, grey PNGs and 16-bit PNGs are read as drawn on white', async () => {
  const rgba = await sharp({ create: { width: 40, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: 10, height: 4, channels: 4, background: '#000000' } }, left: 5, top: 8 }])
    .png()
    .toBuffer();
  const grey16 = await sharp(await syntheticPng(40, 20, (x) => (x === 20 ? [0, 0, 0] : [255, 255, 255]))).toColourspace('grey16').png().toBuffer();
  for (const [input, w, h] of [[rgba, 10, 4], [grey16, 1, 20]] as const) {
    const out = await finishPng(input, { theme: 'light', paddingPx: 20 });
    assert.equal(out.blank, false);
    assert.deepEqual([out.widthPx, out.heightPx], [Math.max(MIN_SIDE_PX, w + 40), Math.max(MIN_SIDE_PX, h + 40)]);
  }
});

test('blank: a real all-white render and a synthetic near-white image are blank in every theme', { skip: noAsy }, async () => {
  const inputs = [await asy('whiteOnly'), await syntheticPng(30, 30, () => [254, 253, 255])];
  for (const input of inputs) {
    for (const theme of THEMES) {
      const out = await finishPng(input, { theme });
      assert.equal(out.blank, true, theme);
      assert.equal((await readPixels(out.png)).width, out.widthPx);
    }
  }
  const one = await finishPng(await syntheticPng(30, 30, (x, y) => (x === 3 && y === 4 ? [250, 250, 250] : [255, 255, 255])), { theme: 'light' });
  assert.equal(one.blank, false, 'a single faint pixel is ink');
});

test('garbage, other formats and truncated PNGs are refused with IMAGE_INVALID', async () => {
  const png = await syntheticPng(64, 64, (x, y) => [(x * 4) & 255, (y * 4) & 255, 0]);
  const jpeg = await sharp(png).jpeg().toBuffer();
  for (const bad of [Buffer.from('not a png at all'), Buffer.alloc(0), jpeg, png.subarray(0, png.length - 60)]) {
    await assert.rejects(finishPng(bad, { theme: 'light' }), (err: unknown) => {
      assert.ok(err instanceof ImageInvalidError, String(err));
      assert.equal(err.code, 'IMAGE_INVALID');
      return true;
    });
  }
});

test('an image with more than maxPixels is refused with IMAGE_TOO_LARGE', async () => {
  const input = await syntheticPng(1200, 900, () => [255, 255, 255]);
  await assert.rejects(finishPng(input, { theme: 'dark', maxPixels: 1_000_000 }), (err: unknown) => {
    assert.ok(err instanceof ImageTooLargeError, String(err));
    assert.equal(err.code, 'IMAGE_TOO_LARGE');
    assert.deepEqual([err.widthPx, err.heightPx, err.maxPixels], [1200, 900, 1_000_000]);
    assert.match(err.message, /1200x900/);
    return true;
  });
  const ok = await finishPng(input, { theme: 'dark', maxPixels: 1_080_000 });
  assert.equal(ok.blank, true);
});

test('invalid options are refused with a RangeError naming the option', async () => {
  const input = await syntheticPng(10, 10, () => [0, 0, 0]);
  await assert.rejects(finishPng(input, { theme: 'sepia' as never }), /theme/);
  await assert.rejects(finishPng(input, { theme: 'light', paddingPx: -1 }), /paddingPx/);
  await assert.rejects(finishPng(input, { theme: 'light', paddingPx: 50, maxWidthPx: 100 }), /maxWidthPx/);
  await assert.rejects(finishPng(input, { theme: 'light', supersample: 0.5 }), /supersample/);
});

test('themed outputs of a real diagram are written for a visual check', { skip: noAsy }, async (t) => {
  const dir = process.env.FINISH_PNG_OUT_DIR ?? join(workDir, 'themes');
  await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
  const input = await asy('scene8');
  for (const theme of THEMES) {
    const out = await finishPng(input, { theme, supersample: 2 });
    await writeFile(join(dir, `scene-${theme}.png`), out.png);
  }
  t.diagnostic(`themed outputs in ${dir} (set FINISH_PNG_OUT_DIR to keep them)`);
});
