import { asyNumber, casualize, pickPointNames } from '../../phrase.ts';
import type { PhrasedRequest, Rng } from '../../types.ts';

/** Helpers shared by the graphs-and-data families: request builders, label directions, axes, fractions. */

export function shortRequest(pattern: string, text: string): PhrasedRequest {
  return { style: 'short', pattern, text };
}

/** A student's request: `casualize` on a neutral phrasing (typos, lower case, "pls"). */
export function casualRequest(rng: Rng, pattern: string, text: string): PhrasedRequest {
  return { style: 'casual', pattern, text: casualize(text, rng) };
}

/** A student's request written as-is (already informal, not mangled further). */
export function rawCasualRequest(pattern: string, text: string): PhrasedRequest {
  return { style: 'casual', pattern, text };
}

export function problemRequest(pattern: string, text: string): PhrasedRequest {
  return { style: 'problem', pattern, text };
}

export function pickVerb(rng: Rng, verbs: readonly string[] = ['Draw', 'Sketch', 'Make', 'Show', 'Create']): string {
  return rng.pick(verbs);
}

/** Compass direction (N, NE, ...) of a vector, for a label placed away from the figure. */
export function compassOf(dx: number, dy: number): string {
  if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) return 'NE';
  const names = ['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'];
  const octant = Math.round(Math.atan2(dy, dx) / (Math.PI / 4));
  return names[(octant + 8) % 8]!;
}

/** Label direction for a point on a coordinate grid: away from both axes so tick numbers stay readable. */
export function awayFromAxes(x: number, y: number): string {
  return `${y < 0 ? 'S' : 'N'}${x < 0 ? 'W' : 'E'}`;
}

/** "(2, -3)" as people write coordinates. */
export function coordText(x: number, y: number): string {
  return `(${asyNumber(x)}, ${asyNumber(y)})`;
}

export interface AxesOptions {
  min: number;
  max: number;
  grid: boolean;
  numbers: boolean;
  /** Draw the axes over earlier fills (graph's axes otherwise go underneath a shaded region). */
  above?: boolean;
}

/**
 * Square coordinate axes from `min` to `max` (graph module), an optional light grid and numbered unit ticks.
 * Returns code lines; the caller adds `import graph;` and `size(...)` first.
 */
export function writeAxes({ min, max, grid, numbers, above = false }: AxesOptions): string[] {
  const lines: string[] = [];
  if (grid) {
    lines.push(
      `for (int i = ${min}; i <= ${max}; ++i) {`,
      `  draw((i, ${min})--(i, ${max}), lightgray);`,
      `  draw((${min}, i)--(${max}, i), lightgray);`,
      '}',
    );
  }
  const tickArg = numbers ? ', Ticks(Label(fontsize(8)), Step=1, NoZero, Size=2)' : grid ? '' : ', Ticks("%", Step=1, Size=2)';
  const lo = asyNumber(min - 0.5);
  const hi = asyNumber(max + 0.5);
  lines.push(
    `xaxis(${lo}, ${hi}${tickArg}, Arrows(6)${above ? ', above=true' : ''});`,
    `yaxis(${lo}, ${hi}${tickArg}, Arrows(6)${above ? ', above=true' : ''});`,
    `label("$x$", (${hi}, 0), E);`,
    `label("$y$", (0, ${hi}), N);`,
  );
  return lines;
}

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A fraction as TeX (`\frac{3}{4}`) and as typed text (`3/4`), reduced unless `keep` is set. */
export function writeFraction(num: number, den: number, keep = false): { tex: string; text: string } {
  const g = keep ? 1 : gcd(num, den) || 1;
  const n = num / g;
  const d = den / g;
  if (d === 1) return { tex: String(n), text: String(n) };
  const sign = n < 0 ? '-' : '';
  return { tex: `${sign}\\frac{${Math.abs(n)}}{${d}}`, text: `${sign}${Math.abs(n)}/${d}` };
}

/** A slope as a rational p/q (q > 0) with its Asymptote factor ("2", "-1/2*") and its text in an equation. */
export interface Slope {
  p: number;
  q: number;
}

export const SLOPES: readonly Slope[] = [
  { p: 1, q: 1 }, { p: -1, q: 1 }, { p: 2, q: 1 }, { p: -2, q: 1 }, { p: 3, q: 1 }, { p: -3, q: 1 },
  { p: 1, q: 2 }, { p: -1, q: 2 }, { p: 2, q: 3 }, { p: -2, q: 3 }, { p: 3, q: 2 }, { p: -3, q: 2 }, { p: 1, q: 3 },
];

export function slopeValue(s: Slope): number {
  return s.p / s.q;
}

/** `m*x + b` parts: Asymptote expression, TeX and plain text, e.g. "2/3*x - 1", "\frac{2}{3}x - 1", "2/3x - 1". */
export function writeLinear(s: Slope, b: number): { asy: string; tex: string; text: string } {
  const neg = s.p < 0;
  const ap = Math.abs(s.p);
  const coefAsy = s.q === 1 ? (ap === 1 ? '' : `${ap}*`) : `${ap}/${s.q}*`;
  const coefTex = s.q === 1 ? (ap === 1 ? '' : `${ap}`) : `\\frac{${ap}}{${s.q}}`;
  const coefText = s.q === 1 ? (ap === 1 ? '' : `${ap}`) : `${ap}/${s.q}`;
  const tail = b === 0 ? '' : b > 0 ? ` + ${b}` : ` - ${-b}`;
  return {
    asy: `${neg ? '-' : ''}${coefAsy}x${tail}`,
    tex: `${neg ? '-' : ''}${coefTex}x${tail}`,
    text: `${neg ? '-' : ''}${coefText}x${tail}`,
  };
}

/** The x-range inside [-n, n] where the line y = m x + b stays within [-n, n] vertically. */
export function clipLine(m: number, b: number, n: number): [number, number] {
  if (m === 0) return [-n, n];
  const a = (-n - b) / m;
  const c = (n - b) / m;
  return [Math.max(-n, Math.min(a, c)), Math.min(n, Math.max(a, c))];
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Small counts as words ("three points"), so a request's count is not read as a coordinate. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** `(x, y)` pairs as "A(2, 3)", joined "A(2, 3), B(-1, 4), and C(0, 5)". */
export function namedCoords(names: readonly string[], points: readonly (readonly [number, number])[]): string[] {
  return names.map((name, i) => `${name}${coordText(points[i]![0], points[i]![1])}`);
}

export interface Spot {
  x: number;
  y: number;
  dir: string;
}

/** Where a line y = m x + b leaves the square [-n, n]² at its low or high end, and which edge that is. */
function findTip(m: number, b: number, n: number, end: 0 | 1): Spot {
  const x = clipLine(m, b, n)[end];
  const y = m * x + b;
  const dir = Math.abs(Math.abs(y) - n) < 1e-6 ? (y > 0 ? 'N' : 'S') : x > 0 ? 'E' : 'W';
  return { x, y, dir };
}

/**
 * Equation labels just past the arrow tips of lines (outside the grid, so they never cover the figure), picking
 * line ends whose labels do not collide with each other or with the axis names. Null when no choice fits.
 */
export function placeTipLabels(lines: readonly { m: number; b: number }[], n: number): Spot[] | null {
  const clear = (s: Spot): boolean => (s.dir === 'N' || s.dir === 'S' ? !(s.dir === 'N' && Math.abs(s.x) < 3) && Math.abs(s.x) < n - 1.5 : !(s.dir === 'E' && Math.abs(s.y) < 1.5));
  const apart = (a: Spot, b: Spot): boolean =>
    a.dir !== b.dir || (a.dir === 'N' || a.dir === 'S' ? Math.abs(a.x - b.x) > 6 : Math.abs(a.y - b.y) > 1.5);
  const combos = lines.length === 1 ? [[1], [0]] : [[1, 1], [1, 0], [0, 1], [0, 0]];
  const fits = combos
    .map((combo) => lines.map((line, i) => findTip(line.m, line.b, n, combo[i] as 0 | 1)))
    .filter((spots) => spots.every(clear) && spots.every((s, i) => spots.every((t, j) => i >= j || apart(s, t))));
  // Labels above or below the grid cost height only; side labels widen the picture.
  return fits.find((spots) => spots.every((s) => s.dir === 'N' || s.dir === 'S')) ?? fits[0] ?? null;
}

/**
 * Label direction for `text` at point (x, y) that keeps the label box (about 0.4 units per character at
 * unitsize(0.5cm)) farthest from the given lines y = m·x + b and from the axes.
 */
export function placeLabel(x: number, y: number, text: string, lines: readonly { m: number; b: number }[]): { dir: string; clearance: number } {
  const w = 0.4 * text.length;
  const h = 0.8;
  let best = 'NE';
  let bestScore = -Infinity;
  for (const dir of ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW']) {
    const dx = dir.includes('E') ? 1 : dir.includes('W') ? -1 : 0;
    const dy = dir.includes('N') ? 1 : dir.includes('S') ? -1 : 0;
    const cx = x + dx * (w / 2 + 0.15);
    const cy = y + dy * (h / 2 + 0.15);
    let score = Infinity;
    for (const [px, py] of [[cx - w / 2, cy - h / 2], [cx + w / 2, cy - h / 2], [cx - w / 2, cy + h / 2], [cx + w / 2, cy + h / 2], [cx, cy]] as const) {
      for (const line of lines) score = Math.min(score, Math.abs(py - (line.m * px + line.b)) / Math.hypot(1, line.m));
      // The axes (and their tick numbers) count as obstacles too, with a little less weight.
      score = Math.min(score, Math.abs(px) + 0.3, Math.abs(py) + 0.3);
    }
    if (score > bestScore + 1e-9) [best, bestScore] = [dir, score];
  }
  return { dir: best, clearance: bestScore };
}

/**
 * The part of the square [-n, n]² where a·x + b·y + c ≥ 0, as polygon vertices in order (Sutherland–Hodgman
 * against one half-plane), for shading the solutions of a linear inequality.
 */
export function clipSquare(n: number, a: number, b: number, c: number): [number, number][] {
  const corners: [number, number][] = [[-n, -n], [n, -n], [n, n], [-n, n]];
  const value = ([x, y]: [number, number]): number => a * x + b * y + c;
  const out: [number, number][] = [];
  corners.forEach((p, i) => {
    const q = corners[(i + 1) % 4]!;
    const vp = value(p);
    const vq = value(q);
    if (vp >= 0) out.push(p);
    if ((vp >= 0) !== (vq >= 0) && Math.abs(vp - vq) > 1e-12) {
      const t = vp / (vp - vq);
      out.push([Number((p[0] + t * (q[0] - p[0])).toFixed(3)), Number((p[1] + t * (q[1] - p[1])).toFixed(3))]);
    }
  });
  return out.filter((p, i) => i === 0 || p[0] !== out[i - 1]![0] || p[1] !== out[i - 1]![1]);
}

/** A polygon as Asymptote path text: "(0, 0)--(4, 0)--(4, 3)--cycle". */
export function writePolygon(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y]) => coordText(x, y)).join('--')}--cycle`;
}

/** A horizontal number line over the integers lo..hi with arrows, unit ticks and (optionally) their numbers. */
export function writeIntegerLine(lo: number, hi: number, numbered: boolean): string[] {
  return [
    `draw((${asyNumber(lo - 0.6)}, 0)--(${asyNumber(hi + 0.6)}, 0), Arrows(6));`,
    `for (int i = ${lo}; i <= ${hi}; ++i) {`,
    '  draw((i, -0.15)--(i, 0.15));',
    ...(numbered ? ['  label("$" + string(i) + "$", (i, -0.15), S);'] : []),
    '}',
  ];
}

/**
 * Point names for code that also uses compass directions: never N, S, E or W, since `pair S = ...` would shadow
 * the direction `S` in every later `label(..., S)`.
 */
export function pickNames(rng: Rng, count: number): string[] {
  const names = pickPointNames(rng, count, ['N', 'S', 'E', 'W']);
  if (names.length === count) return names;
  // No usual run of `count` letters avoids N, S, E, W (e.g. six names): take consecutive safe letters instead.
  const letters = 'ABCDFGHJKLMPQRTUVXYZ';
  const start = rng.pick([0, 9, 13].filter((i) => i + count <= letters.length));
  return [...letters.slice(start, start + count)];
}

/** Right-angle mark size (olympiad units of markscalefactor) that stays visible for a figure about `extent` wide. */
export function markSize(extent: number): string {
  return extent <= 6 ? '' : `, ${Math.round(extent * 1.5)}`;
}

const PLAIN_DIRECTIONS: Record<string, string> = { N: 'up', S: 'down', E: 'right', W: 'left' };

/** A compass direction that stays a direction when a point of that name exists (`pair E` shadows `E`). */
export function safeDir(dir: string, names: readonly string[]): string {
  return names.includes(dir) ? PLAIN_DIRECTIONS[dir] ?? dir : dir;
}

export const UNITS = ['cm', 'm', 'in', 'ft', 'units'] as const;
export const UNIT_WORDS: Record<string, string> = { cm: 'centimeters', m: 'meters', in: 'inches', ft: 'feet', yd: 'yards', units: 'units' };
