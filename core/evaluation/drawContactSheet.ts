import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import type { EvalItemResult } from './evaluateItem.ts';
import type { EvalSummary } from './summarizeEval.ts';

/**
 * One PNG a person can judge a run from at a glance: a grid of thumbnails, each with its request underneath and
 * a ✓ (compiled, every label shown, every predicate holds) or ✗; failures are grey tiles with the error code.
 */

export interface ContactSheetOptions {
  /** Directory the result image paths are relative to. */
  baseDir: string;
  /** Tiles at most (first items of the set); default 120. */
  maxTiles?: number;
  columns?: number;
}

// Layout in px. Text sizes assume DejaVu Sans (about 0.55 em per character on average).
const TILE_W = 260;
const THUMB_H = 170;
const PAD = 8;
const LINE_H = 14;
const REQUEST_LINES = 3;
const TEXT_H = (REQUEST_LINES + 1) * LINE_H + 8;
const TILE_H = PAD + THUMB_H + TEXT_H;
const HEADER_H = 40;
const CHARS_PER_LINE = 41;
/** The 10 px stats line after its mark. */
const STATS_CHARS = 47;
const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

export async function drawContactSheet(
  results: readonly EvalItemResult[], images: readonly (string | null)[], summary: EvalSummary, options: ContactSheetOptions,
): Promise<Buffer> {
  const count = Math.min(results.length, options.maxTiles ?? 120);
  const columns = Math.max(1, Math.min(count, options.columns ?? 6));
  const rows = Math.max(1, Math.ceil(count / columns));
  const width = columns * TILE_W;
  const height = HEADER_H + rows * TILE_H;
  const svg: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="${FONT}">`];
  svg.push(`<text x="${PAD}" y="25" font-size="15" font-weight="bold">${escapeXml(headerText(summary, count))}</text>`);
  const thumbnails: OverlayOptions[] = [];

  for (let i = 0; i < count; i++) {
    const result = results[i]!;
    const x = (i % columns) * TILE_W;
    const y = HEADER_H + Math.floor(i / columns) * TILE_H;
    const [thumbX, thumbY, thumbW] = [x + PAD, y + PAD, TILE_W - 2 * PAD];
    svg.push(`<rect x="${x + 0.5}" y="${y + 0.5}" width="${TILE_W - 1}" height="${TILE_H - 1}" fill="none" stroke="#d8d8d8"/>`);
    const image = images[i];
    const thumbnail = image ? await thumbnailOf(path.join(options.baseDir, image), thumbW).catch(() => null) : null;
    if (thumbnail) {
      thumbnails.push({ input: thumbnail, left: thumbX, top: thumbY });
    } else {
      svg.push(`<rect x="${thumbX}" y="${thumbY}" width="${thumbW}" height="${THUMB_H}" fill="#c8c8c8"/>`);
      svg.push(`<text x="${thumbX + thumbW / 2}" y="${thumbY + THUMB_H / 2}" font-size="15" font-weight="bold" text-anchor="middle" fill="#444">${escapeXml(result.errorCode ?? 'NO IMAGE')}</text>`);
      const detail = wrap(firstLine(result.message), CHARS_PER_LINE, 2);
      detail.forEach((line, k) => svg.push(`<text x="${thumbX + thumbW / 2}" y="${thumbY + THUMB_H / 2 + 20 + k * 13}" font-size="10" text-anchor="middle" fill="#555">${escapeXml(line)}</text>`));
    }
    // The verdict sits outside the thumbnail so it never hides part of the drawing: a coloured bar on top, a mark
    // in front of the stats line.
    const [mark, colour] = result.pass ? ['✓', '#1a7f37'] : ['✗', '#cf222e'];
    svg.push(`<rect x="${x + 1}" y="${y + 1}" width="${TILE_W - 2}" height="4" fill="${colour}"/>`);
    const textTop = thumbY + THUMB_H + 4;
    wrap(result.request, CHARS_PER_LINE, REQUEST_LINES).forEach((line, k) => {
      svg.push(`<text x="${thumbX}" y="${textTop + (k + 1) * LINE_H - 3}" font-size="11" fill="#111">${escapeXml(line)}</text>`);
    });
    const statsY = textTop + (REQUEST_LINES + 1) * LINE_H - 1;
    svg.push(`<text x="${thumbX}" y="${statsY + 1}" font-size="13" font-weight="bold" fill="${colour}">${mark}</text>`);
    svg.push(`<text x="${thumbX + 15}" y="${statsY}" font-size="10" fill="#666">${escapeXml(statsText(result))}</text>`);
  }
  svg.push('</svg>');

  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([...thumbnails, { input: Buffer.from(svg.join('\n')), left: 0, top: 0 }]) // text and marks over the thumbnails
    .png()
    .toBuffer();
}

async function thumbnailOf(file: string, width: number): Promise<Buffer> {
  return sharp(file).flatten({ background: '#ffffff' }).resize(width, THUMB_H, { fit: 'contain', background: '#ffffff' }).png().toBuffer();
}

function headerText(summary: EvalSummary, shown: number): string {
  const pct = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);
  const more = shown < summary.n ? ` (first ${shown} shown)` : '';
  return `${summary.model} · ${summary.n} requests${more} · compile ${pct(summary.compileRate)} · labels ${pct(summary.labelRecall)} · predicates ${pct(summary.predicatePassRate)} · pass ${pct(summary.passRate)} · p50 ${summary.p50Ms} ms`;
}

/** `right-triangle · labels 4/4 · preds 3/3 · 0.9 s`; a long id loses its middle, never the numbers. */
function statsText(result: EvalItemResult): string {
  const parts: string[] = [];
  if (result.labels.expected.length) parts.push(`labels ${result.labels.found.length}/${result.labels.expected.length}`);
  if (result.predicates.length) parts.push(`preds ${result.predicates.filter((p) => p.ok).length}/${result.predicates.length}`);
  parts.push(`${(result.timings.totalMs / 1000).toFixed(1)}s`);
  const numbers = parts.join(' · ');
  return `${truncateMiddle(result.id, Math.max(8, STATS_CHARS - numbers.length - 3))} · ${numbers}`;
}

/** Greedy word wrap into at most `maxLines` lines; the last line ends in … when text is left over. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    while (word.length > width) {
      // A word longer than a line (a URL, code) is cut rather than overflowing the tile.
      if (current) { lines.push(current); current = ''; }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= width) current = candidate;
    else { lines.push(current); current = word; }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, true);
  return kept;
}

function truncate(text: string, width: number, force = false): string {
  if (!force && text.length <= width) return text;
  return `${text.slice(0, width - 1).trimEnd()}…`;
}

/** `triangle-angle-bisector/theorem#0` → `tria…theorem#0`: ids usually differ at their ends. */
function truncateMiddle(text: string, width: number): string {
  if (text.length <= width) return text;
  const head = Math.ceil((width - 1) / 3);
  return `${text.slice(0, head)}…${text.slice(text.length - (width - 1 - head))}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
