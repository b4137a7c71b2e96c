import { asyNumber, casualize } from '../../phrase.ts';
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
}

/**
 * Square coordinate axes from `min` to `max` (graph module), an optional light grid and numbered unit ticks.
 * Returns code lines; the caller adds `import graph;` and `size(...)` first.
 */
export function writeAxes({ min, max, grid, numbers }: AxesOptions): string[] {
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
    `xaxis(${lo}, ${hi}${tickArg}, Arrows(6));`,
    `yaxis(${lo}, ${hi}${tickArg}, Arrows(6));`,
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
