// Inputs and pixel measurements for finishPng tests: real asy renders and synthetic PNGs made with sharp.
import { execFile, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';

const run = promisify(execFile);

export const hasAsy = spawnSync('asy', ['-version'], { stdio: 'ignore' }).status === 0;

/** Renders `code` with the real asy to `dir/name.png` (white opaque background) and returns the bytes. */
export async function renderAsy(dir: string, name: string, code: string, pxPerBp = 4): Promise<Buffer> {
  await writeFile(join(dir, `${name}.asy`), code);
  await run('asy', ['-f', 'png', `-render=${pxPerBp}`, '-noV', '-safe', '-noglobalread', `${name}.asy`], {
    cwd: dir,
    timeout: 30_000,
  });
  return readFile(join(dir, `${name}.png`));
}

export type Pixels = { data: Buffer; width: number; height: number; channels: number };

/** Decoded pixels, (H, W, C) with C = 3 for opaque PNGs and 4 for PNGs with alpha. */
export async function readPixels(png: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

export function pixelAt(px: Pixels, x: number, y: number): number[] {
  const i = (y * px.width + x) * px.channels;
  return [...px.data.subarray(i, i + px.channels)];
}

export type Margins = { left: number; top: number; right: number; bottom: number; inkCount: number };

/** Empty margins around the pixels for which `isInk` holds; undefined when there are none. */
export function measureMargins(px: Pixels, isInk: (p: number[]) => boolean): Margins | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -1;
  let maxY = -1;
  let inkCount = 0;
  for (let y = 0; y < px.height; y++) {
    for (let x = 0; x < px.width; x++) {
      if (!isInk(pixelAt(px, x, y))) continue;
      inkCount++;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  if (maxX < 0) return undefined;
  return { left: minX, top: minY, right: px.width - 1 - maxX, bottom: px.height - 1 - maxY, inkCount };
}

/** Not (near-)white: the same tolerance finishPng uses. */
export const notWhite = (p: number[]) => p[0]! < 253 || p[1]! < 253 || p[2]! < 253;
/** Differs from `bg` (an RGB triple) by more than 2 in some channel. */
export const differsFrom = (bg: readonly number[]) => (p: number[]) => bg.some((c, k) => Math.abs(c - p[k]!) > 2);
export const opaqueAlpha = (p: number[]) => p[3]! > 0;

/** An RGB PNG whose pixel (x, y) is `colourAt(x, y)`. */
export async function syntheticPng(width: number, height: number, colourAt: (x: number, y: number) => number[]): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set(colourAt(x, y), (y * width + x) * 3);
  }
  return sharp(data, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

/** An SVG drawn by librsvg (anti-aliased) on white, as PNG. */
export async function svgPng(width: number, height: number, body: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`;
  return sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).png().toBuffer();
}
