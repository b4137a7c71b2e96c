import type { Rng } from './types.ts';

/** Shared wording helpers for templates, so every family phrases lists, numbers and casual speech the same way. */

/** "A", "A and B", "A, B, and C". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1)}`;
}

/** Numbers as people write them: 3, 2.5, never 2.5000000001. */
export function formatNumber(value: number, decimals = 2): string {
  return String(Number(value.toFixed(decimals)));
}

/** Asymptote literal for a coordinate, short: 3, -1.5. */
export function asyNumber(value: number, decimals = 3): string {
  const text = String(Number(value.toFixed(decimals)));
  return text === '-0' ? '0' : text;
}

export function asyPair(x: number, y: number, decimals = 3): string {
  return `(${asyNumber(x, decimals)}, ${asyNumber(y, decimals)})`;
}

/** Point-name triples/quads teachers use; templates pick one so models see more than ABC. */
export const POINT_NAME_SETS = ['ABC', 'PQR', 'XYZ', 'DEF', 'LMN', 'KLM', 'RST', 'UVW'] as const;

export function pickPointNames(rng: Rng, count: number, avoid: readonly string[] = []): string[] {
  const sets = POINT_NAME_SETS.filter((set) => set.length >= Math.min(count, 3));
  for (let tries = 0; tries < 20; tries++) {
    const start = rng.pick(sets)[0]!.charCodeAt(0);
    const names = Array.from({ length: count }, (_, i) => String.fromCharCode(start + i));
    if (names.every((n) => n <= 'Z' && !avoid.includes(n) && n !== 'O' && n !== 'I')) return names;
  }
  return Array.from({ length: count }, (_, i) => 'ABCDEFGH'[i]!).filter((n) => !avoid.includes(n));
}

/** Colour words and the Asymptote pens that render them recognisably (and survive the dark theme). */
export const COLOURS = [
  { word: 'red', pen: 'red' },
  { word: 'blue', pen: 'blue' },
  { word: 'green', pen: 'heavygreen' },
  { word: 'orange', pen: 'orange' },
  { word: 'purple', pen: 'purple' },
  { word: 'gray', pen: 'gray' },
] as const;

export type Colour = (typeof COLOURS)[number];

/** Pale fill pens for shading, keyed by the colour word. */
export const FILL_PENS: Record<string, string> = {
  red: 'palered', blue: 'paleblue', green: 'palegreen', orange: 'lightyellow', purple: 'pink', gray: 'lightgray',
};

const CASUAL_OPENERS = ['', '', 'can u ', 'can you ', 'pls ', 'i need ', 'need ', 'how do i get ', 'make me ', 'yo ', 'hey can you draw '];
const CASUAL_CLOSERS = ['', '', '', ' pls', ' plz', ' thx', ' for my hw', ' thanks', ' asap', ' :)'];
const SWAPS: [RegExp, string][] = [
  [/\bwith\b/g, 'w/'], [/\bplease\b/g, 'pls'], [/\byou\b/g, 'u'], [/\band\b/g, '&'], [/\bthe\b /g, ''], [/\bare\b/g, 'r'],
];

/**
 * Turns a neutral phrasing into a student's: lower case, dropped punctuation, shortcuts, a typo or two.
 * Tokens that carry meaning (single capital letters, anything with a digit, `$…$`) are never mangled, so the
 * request stays faithful to the diagram.
 */
export function casualize(text: string, rng: Rng, typoRate = 0.12): string {
  let out = text.replace(/[.!]$/, '');
  for (const [pattern, replacement] of SWAPS) if (rng.chance(0.35)) out = out.replace(pattern, replacement);
  const words = out.split(/(\s+)/).map((word) => {
    if (/\s/.test(word) || isProtected(word)) return word;
    let w = rng.chance(0.8) ? word.toLowerCase() : word;
    if (w.length >= 5 && rng.chance(typoRate)) w = typo(w, rng);
    return w;
  });
  out = words.join('').replace(/\s+/g, ' ').trim();
  if (rng.chance(0.5)) out = out.replace(/,/g, '');
  return `${rng.pick(CASUAL_OPENERS)}${out}${rng.pick(CASUAL_CLOSERS)}`.trim();
}

function isProtected(word: string): boolean {
  return /\d|\$|^[A-Z]{1,4}[,.;:?]?$|^[A-Z][a-z]?'?$/.test(word);
}

function typo(word: string, rng: Rng): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 2)) {
    case 0: return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swap neighbours
    case 1: return word.slice(0, i) + word.slice(i + 1); // drop a letter
    default: return word.slice(0, i) + word[i] + word.slice(i); // double a letter
  }
}

/** Capitalises the first letter (templates compose sentences from parts). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
