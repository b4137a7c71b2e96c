// Post-processes asy's PNG (opaque, white background) for chat: trim, scale to chat size, pad evenly, theme.
//
// Pixel pipeline (all 8-bit sRGB, gamma-encoded, which is the space asy/ghostscript and sharp blend in):
//   decode → flatten on white → raw RGB (H, W, 3) → bounding box of ink → crop + downscale (sharp)
//   → theme per pixel (dark / transparent) → pad → PNG.
// Themes work through colour-to-alpha against white: every pixel is read as ink colour C (min channel 0) laid
// over white with coverage a, so v = a·C + (1 − a)·255. That recovers anti-aliased edges exactly, so moving
// the ink onto another background leaves no light halo.
//   light:       as rendered, on white.
//   dark:        C recoloured (mapInkForDark), laid on DARK_BACKGROUND with coverage a.
//   transparent: C with alpha a; strokes keep their own colours (see themeTransparent).
import sharp, { type Metadata, type Sharp } from 'sharp';
import { ImageInvalidError, ImageTooLargeError } from './imageErrors.ts';

export const THEMES = ['light', 'dark', 'transparent'] as const;
export type Theme = (typeof THEMES)[number];

export type FinishPngOptions = {
  theme: Theme;
  /** Empty margin on every side of the trimmed diagram, in output pixels. */
  paddingPx?: number;
  /** Output limits, padding included. Larger diagrams are shrunk keeping aspect; nothing is ever enlarged. */
  maxWidthPx?: number;
  maxHeightPx?: number;
  /** Inputs with more pixels are refused before decoding (ImageTooLargeError). */
  maxPixels?: number;
  /**
   * How many input pixels make one output pixel at most (≥ 1). asy's 2D PNG comes from ghostscript's png16m
   * device WITHOUT anti-aliasing; rendering at 2× the wanted density and passing 2 here gives smooth edges.
   */
  supersample?: number;
};

export type FinishedPng = { png: Buffer; widthPx: number; heightPx: number; blank: boolean };

export const FINISH_PNG_DEFAULTS = {
  paddingPx: 16,
  maxWidthPx: 1000, // a phone screen is ~1100 device px wide; desktop chat shows ≤ ~550 CSS px
  maxHeightPx: 1000,
  maxPixels: 40_000_000,
  supersample: 1,
} as const;

/** Smallest output side, so a lone dot still gives an image a chat client shows at a visible size. */
export const MIN_SIDE_PX = 64;
/** A pixel whose channels are all ≥ 255 − this counts as background (absorbs near-white noise). */
export const BACKGROUND_TOLERANCE = 2;
/** Discord's dark embed/code-block grey; also close to Slack's dark theme. */
export const DARK_BACKGROUND = { r: 0x2b, g: 0x2d, b: 0x31 } as const;

const WHITE = { r: 255, g: 255, b: 255 } as const;
const CLEAR = { r: 0, g: 0, b: 0, alpha: 0 } as const;
const INK_BELOW = 255 - BACKGROUND_TOLERANCE; // a channel < this marks ink

type Box = { left: number; top: number; width: number; height: number };

export async function finishPng(png: Buffer, options: FinishPngOptions): Promise<FinishedPng> {
  const paddingPx = options.paddingPx ?? FINISH_PNG_DEFAULTS.paddingPx;
  const maxWidthPx = options.maxWidthPx ?? FINISH_PNG_DEFAULTS.maxWidthPx;
  const maxHeightPx = options.maxHeightPx ?? FINISH_PNG_DEFAULTS.maxHeightPx;
  const maxPixels = options.maxPixels ?? FINISH_PNG_DEFAULTS.maxPixels;
  const supersample = options.supersample ?? FINISH_PNG_DEFAULTS.supersample;
  checkOptions({ theme: options.theme, paddingPx, maxWidthPx, maxHeightPx, maxPixels, supersample });

  const { data, width, height } = await decodeRgb(png, maxPixels);
  const box = findInkBox(data, width, height);
  if (box === undefined) {
    const side = Math.min(MIN_SIDE_PX, maxWidthPx, maxHeightPx);
    return { ...(await encodeCanvas(side, side, options.theme)), blank: true };
  }

  // Output content size: shrink to fit the limits, never enlarge beyond 1/supersample of the input.
  const scale = Math.min(
    1 / supersample,
    (maxWidthPx - 2 * paddingPx) / box.width,
    (maxHeightPx - 2 * paddingPx) / box.height,
  );
  const contentWidth = Math.max(1, Math.round(box.width * scale));
  const contentHeight = Math.max(1, Math.round(box.height * scale));
  const widthPx = Math.min(maxWidthPx, Math.max(MIN_SIDE_PX, contentWidth + 2 * paddingPx));
  const heightPx = Math.min(maxHeightPx, Math.max(MIN_SIDE_PX, contentHeight + 2 * paddingPx));
  const left = Math.floor((widthPx - contentWidth) / 2);
  const top = Math.floor((heightPx - contentHeight) / 2);
  const pad = { left, top, right: widthPx - contentWidth - left, bottom: heightPx - contentHeight - top };

  let content = sharp(data, { raw: { width, height, channels: 3 } }).extract(box);
  if (contentWidth !== box.width || contentHeight !== box.height) {
    // Gamma-space resize like the renderer's own blending; mks2013 is sharp without lanczos3's ringing.
    content = content.resize(contentWidth, contentHeight, { fit: 'fill', kernel: 'mks2013' });
  }

  let out: Sharp;
  if (options.theme === 'light') {
    out = content.extend({ ...pad, background: WHITE });
  } else {
    const rgb = await content.raw().toBuffer();
    const themed = options.theme === 'dark' ? themeDark(rgb) : themeTransparent(rgb);
    const channels = options.theme === 'dark' ? 3 : 4;
    const background = options.theme === 'dark' ? DARK_BACKGROUND : CLEAR;
    out = sharp(themed, { raw: { width: contentWidth, height: contentHeight, channels } }).extend({ ...pad, background });
  }
  return { png: await out.png().toBuffer(), widthPx, heightPx, blank: false };
}

function checkOptions(o: Required<FinishPngOptions>): void {
  if (!THEMES.includes(o.theme)) throw new RangeError(`theme: expected one of ${THEMES.join(', ')}, got ${String(o.theme)}`);
  const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
  if (!whole(o.paddingPx, 0)) throw new RangeError(`paddingPx: expected an integer ≥ 0, got ${o.paddingPx}`);
  for (const [name, v] of [['maxWidthPx', o.maxWidthPx], ['maxHeightPx', o.maxHeightPx]] as const) {
    if (!whole(v, 2 * o.paddingPx + 1)) {
      throw new RangeError(`${name}: expected an integer > 2 × paddingPx (${2 * o.paddingPx}), got ${v}`);
    }
  }
  if (!whole(o.maxPixels, 1)) throw new RangeError(`maxPixels: expected an integer ≥ 1, got ${o.maxPixels}`);
  if (!(o.supersample >= 1)) throw new RangeError(`supersample: expected a number ≥ 1, got ${o.supersample}`);
}

/** PNG bytes → raw sRGB (H, W, 3) on white. Size is checked from the header before any pixel is decoded. */
async function decodeRgb(png: Buffer, maxPixels: number): Promise<{ data: Buffer; width: number; height: number }> {
  let meta: Metadata;
  try {
    meta = await sharp(png).metadata();
  } catch (cause) {
    throw new ImageInvalidError(`expected PNG bytes, got ${png.length} bytes sharp cannot read`, { cause });
  }
  if (meta.format !== 'png') throw new ImageInvalidError(`expected a PNG, got ${meta.format} (${png.length} bytes)`);
  const { width, height } = meta;
  if (width * height > maxPixels) throw new ImageTooLargeError({ widthPx: width, heightPx: height, maxPixels });
  try {
    // ignoreIcc: ghostscript embeds an sRGB-equivalent profile; converting through it changes no pixel of
    // asy's output but triples decode time (16 → 44 ms for 2000x1600).
    const { data, info } = await sharp(png, { limitInputPixels: maxPixels, failOn: 'error', ignoreIcc: true })
      .flatten({ background: WHITE })
      .toColourspace('srgb') // grey, palette and 16-bit PNGs → 8-bit RGB
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`decoded to ${info.channels} channels, expected 3`);
    return { data, width: info.width, height: info.height };
  } catch (cause) {
    throw new ImageInvalidError(`expected a decodable ${width}x${height} PNG, decoding failed`, { cause });
  }
}

const isInk = (rgb: Uint8Array, i: number) => rgb[i]! < INK_BELOW || rgb[i + 1]! < INK_BELOW || rgb[i + 2]! < INK_BELOW;

/** Tight box around every non-background pixel of raw RGB (H, W, 3); undefined when there is none. */
function findInkBox(rgb: Uint8Array, width: number, height: number): Box | undefined {
  let [minX, maxX, minY, maxY] = [width, -1, -1, -1];
  for (let y = 0; y < height; y++) {
    const row = y * width * 3;
    let first = 0;
    while (first < width && !isInk(rgb, row + first * 3)) first++;
    if (first === width) continue;
    if (minY < 0) minY = y;
    maxY = y;
    minX = Math.min(minX, first);
    // Only ink right of the known maximum can move it.
    for (let x = width - 1; x > maxX; x--) {
      if (isInk(rgb, row + x * 3)) {
        maxX = x;
        break;
      }
    }
  }
  return minY < 0 ? undefined : { left: minX, top: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

/**
 * RGB on white → RGBA with white made transparent (colour-to-alpha). Ink keeps its own colour: on a dark
 * chat background black lines are then faint, which is the price of not guessing the viewer's theme; adding
 * a light outline would look wrong on light backgrounds. Use the 'dark' theme for dark channels.
 */
function themeTransparent(rgb: Buffer): Buffer {
  const n = rgb.length / 3;
  const out = Buffer.alloc(n * 4); // (H, W, 4), zero = transparent
  for (let p = 0, i = 0, o = 0; p < n; p++, i += 3, o += 4) {
    const r = rgb[i]!;
    const g = rgb[i + 1]!;
    const b = rgb[i + 2]!;
    const m = r < g ? (r < b ? r : b) : g < b ? g : b;
    if (m >= INK_BELOW) continue;
    const coverage = 255 - m; // alpha in 0..255
    // Un-multiply white: C = 255 − (255 − v)·255/coverage.
    out[o] = 255 - Math.round(((255 - r) * 255) / coverage);
    out[o + 1] = 255 - Math.round(((255 - g) * 255) / coverage);
    out[o + 2] = 255 - Math.round(((255 - b) * 255) / coverage);
    out[o + 3] = coverage;
  }
  return out;
}

/** RGB on white → RGB on DARK_BACKGROUND: ink colour recovered by colour-to-alpha, recoloured, laid on the grey. */
function themeDark(rgb: Buffer): Buffer {
  const out = Buffer.alloc(rgb.length);
  const cache = new Map<number, number>(); // input 0xRRGGBB → output 0xRRGGBB
  const bg = (DARK_BACKGROUND.r << 16) | (DARK_BACKGROUND.g << 8) | DARK_BACKGROUND.b;
  let lastKey = -1;
  let lastOut = bg;
  for (let i = 0; i < rgb.length; i += 3) {
    const key = (rgb[i]! << 16) | (rgb[i + 1]! << 8) | rgb[i + 2]!;
    if (key !== lastKey) {
      lastKey = key;
      const hit = cache.get(key);
      lastOut = hit ?? darkPixel(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!);
      if (hit === undefined) cache.set(key, lastOut);
    }
    out[i] = lastOut >>> 16;
    out[i + 1] = (lastOut >>> 8) & 255;
    out[i + 2] = lastOut & 255;
  }
  return out;
}

function darkPixel(r: number, g: number, b: number): number {
  const m = Math.min(r, g, b);
  const { r: br, g: bgG, b: bb } = DARK_BACKGROUND;
  if (m >= INK_BELOW) return (br << 16) | (bgG << 8) | bb;
  const a = (255 - m) / 255;
  const ink = mapInkForDark(255 - (255 - r) / a, 255 - (255 - g) / a, 255 - (255 - b) / a);
  const mix = (c: number, back: number) => Math.round(a * c + (1 - a) * back);
  return (mix(ink[0], br) << 16) | (mix(ink[1], bgG) << 8) | mix(ink[2], bb);
}

/** A plain canvas in the theme's background, for blank inputs. */
async function encodeCanvas(width: number, height: number, theme: Theme): Promise<{ png: Buffer; widthPx: number; heightPx: number }> {
  const background = theme === 'light' ? WHITE : theme === 'dark' ? DARK_BACKGROUND : CLEAR;
  const channels = theme === 'transparent' ? 4 : 3;
  const png = await sharp({ create: { width, height, channels, background } }).png().toBuffer();
  return { png, widthPx: width, heightPx: height };
}

// ---- Dark-theme recolouring in OKLab (Ottosson 2020): grey lightness inverted, hue kept, chroma only reduced
// as far as needed to stay inside sRGB, so red stays red and blue stays blue.

type Lab = [L: number, a: number, b: number];

const toLinear = (c: number) => (c <= 10.31475 ? c / 3294.6 : ((c / 255 + 0.055) / 1.055) ** 2.4); // 0..255 → 0..1
const toGamma = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055); // 0..1 → 0..255

function srgbToOklab(r: number, g: number, b: number): Lab {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** OKLab → linear sRGB, possibly outside [0, 1]. */
function oklabToLinear([L, a, b]: Lab): [number, number, number] {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const inGamut = (rgb: [number, number, number]) => rgb.every((c) => c >= -1e-4 && c <= 1 + 1e-4);

/** Lightness of the dark background: white ink lands here. */
const DARK_L = srgbToOklab(DARK_BACKGROUND.r, DARK_BACKGROUND.g, DARK_BACKGROUND.b)[0];
/** Lightness black ink gets: near-white (#e8e8e8), a little softer than pure white on the grey. */
const DARK_INK_L = 0.93;
/** Chromatic ink darker than this is lifted towards it (keeping 40% of the gap, so navy and blue still differ),
 * as pure blue or navy would be unreadable on the grey. */
const DARK_COLOUR_LIFT_L = 0.7;
const DARK_COLOUR_GAP_KEPT = 0.4;
/** OKLab chroma from which ink counts as fully chromatic (pure sRGB primaries have 0.2–0.32). */
const FULL_CHROMA = 0.1;

/**
 * One ink colour (0..255 floats, as colour-to-alpha leaves it: some channel ≈ 0) → its dark-theme colour
 * (0..255 ints). Greys invert (black → near-white); chromatic ink keeps its hue and its lightness, dark colours
 * lifted towards DARK_COLOUR_LIFT_L; in between the two rules blend by chroma. Pale fills need no rule of their own: colour-to-alpha
 * already turned them into partial coverage, so they come out as dim tints of their hue on the grey.
 */
export function mapInkForDark(r: number, g: number, b: number): [number, number, number] {
  const [L, a, bb] = srgbToOklab(r, g, b);
  const t = Math.min(1, Math.hypot(a, bb) / FULL_CHROMA);
  const inverted = DARK_INK_L - (DARK_INK_L - DARK_L) * L;
  const lifted = L >= DARK_COLOUR_LIFT_L ? L : DARK_COLOUR_LIFT_L - DARK_COLOUR_GAP_KEPT * (DARK_COLOUR_LIFT_L - L);
  const L2 = (1 - t) * inverted + t * lifted;
  // Keep L2 and hue; give up only as much chroma as sRGB needs (bisection on the kept fraction).
  let kept = 1;
  if (!inGamut(oklabToLinear([L2, a, bb]))) {
    let lo = 0;
    let hi = 1;
    for (let k = 0; k < 16; k++) {
      const mid = (lo + hi) / 2;
      if (inGamut(oklabToLinear([L2, a * mid, bb * mid]))) lo = mid;
      else hi = mid;
    }
    kept = lo;
  }
  const linear = oklabToLinear([L2, a * kept, bb * kept]);
  return linear.map((c) => Math.round(toGamma(Math.min(1, Math.max(0, c))))) as [number, number, number];
}
