import { asyNumber, asyPair, COLOURS, type Colour } from '../../phrase.ts';
import type { PhrasedRequest, Rng, Style } from '../../types.ts';

/** Helpers shared by the circle, angle, line and transformation templates of this group. */

export type Vec = [number, number];

export function polar(r: number, deg: number, center: Vec = [0, 0]): Vec {
  const t = (deg * Math.PI) / 180;
  return [center[0] + r * Math.cos(t), center[1] + r * Math.sin(t)];
}

export function add(a: Vec, b: Vec): Vec {
  return [a[0] + b[0], a[1] + b[1]];
}

export function sub(a: Vec, b: Vec): Vec {
  return [a[0] - b[0], a[1] - b[1]];
}

export function scale(a: Vec, k: number): Vec {
  return [a[0] * k, a[1] * k];
}

export function mid(a: Vec, b: Vec): Vec {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

export function length(a: Vec, b: Vec = [0, 0]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Direction of vector a→b in degrees, 0..360. */
export function heading(a: Vec, b: Vec): number {
  const d = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
  return d < 0 ? d + 360 : d;
}

export function centroidOf(points: readonly Vec[]): Vec {
  const s = points.reduce((acc, p) => add(acc, p), [0, 0] as Vec);
  return scale(s, 1 / points.length);
}

/** Asymptote literal for a point: `(1, 2)`. */
export function lit(p: Vec): string {
  return asyPair(p[0], p[1]);
}

/** `5*dir(40)` (or `O + 5*dir(40)` off the origin): the readable way to place a point on a circle. */
export function polarLit(r: number, deg: number, centerName?: string): string {
  const d = `dir(${asyNumber(((deg % 360) + 360) % 360, 1)})`;
  const body = r === 1 ? d : `${asyNumber(r)}*${d}`;
  return centerName ? `${centerName} + ${body}` : body;
}

/** `pair A = (0, 0), B = 5*dir(40);` */
export function declarePairs(entries: readonly (readonly [string, string])[]): string {
  return `pair ${entries.map(([name, value]) => `${name} = ${value}`).join(', ')};`;
}

const COMPASS = ['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'] as const;

/** The compass direction (of eight) nearest to the vector (dx, dy); for label placement. */
export function compass(dx: number, dy: number): string {
  const deg = (Math.atan2(dy, dx) * 180) / Math.PI;
  return COMPASS[((Math.round(deg / 45) % 8) + 8) % 8]!;
}

/** Compass direction from `from` towards `to` (label `to` away from `from`). */
export function away(from: Vec, to: Vec): string {
  return compass(to[0] - from[0], to[1] - from[1]);
}

/** `label("$A$", A, NE);` — text in math mode, named point as the position. */
export function labelPoint(text: string, variable: string, direction: string): string {
  return `label("$${text}$", ${variable}, ${direction});`;
}

export function dotAll(names: readonly string[]): string {
  return names.map((n) => `dot(${n});`).join(' ');
}

/** `40^\circ` for code, `40°` for the labels list. */
export function degreeTex(value: number | string): string {
  return `${value}^\\circ`;
}

export function degreeText(value: number | string): string {
  return `${value}°`;
}

/**
 * Marks (right angles, angle arcs, ticks) are sized in user units by olympiad's markscalefactor; figures wider
 * than about 4 units need a larger factor to keep marks visible. Returns the assignment, or '' when the default fits.
 */
export function markScaleLine(span: number): string {
  const factor = Number((span / 100).toFixed(2));
  return factor >= 0.04 ? `markscalefactor = ${factor};` : '';
}

/** Orders (a, b) so that olympiad's anglemark(a, V, b), counterclockwise from Va to Vb, marks the angle under 180°. */
export function ccwOrder<T>(a: Vec, v: Vec, b: Vec, names: [T, T]): [T, T] {
  const cross = (a[0] - v[0]) * (b[1] - v[1]) - (a[1] - v[1]) * (b[0] - v[0]);
  return cross > 0 ? names : [names[1], names[0]];
}

/** Bisector direction (degrees) of the angle a-v-b (the one under 180°). */
export function bisectorHeading(a: Vec, v: Vec, b: Vec): number {
  const ua = sub(a, v), ub = sub(b, v);
  const la = Math.hypot(...ua), lb = Math.hypot(...ub);
  const s: Vec = [ua[0] / la + ub[0] / lb, ua[1] / la + ub[1] / lb];
  const d = (Math.atan2(s[1], s[0]) * 180) / Math.PI;
  return d < 0 ? d + 360 : d;
}

/** Requests with explicit pattern ids; the style is the id's prefix ('short-2' → short). */
export function phrased(entries: readonly (readonly [string, string])[]): PhrasedRequest[] {
  return entries.map(([pattern, text]) => ({ style: pattern.split('-')[0] as Style, pattern, text }));
}

export function pickVerb(rng: Rng): string {
  return rng.pick(['Draw', 'Sketch', 'Make', 'Show', 'Construct', 'Create']);
}

/** Openers that take a noun phrase: "I need a picture of" + "a circle ...". */
export function pickAsk(rng: Rng): string {
  return rng.pick([
    'I need a picture of', 'Give me a diagram of', 'Please draw', 'Can you draw', 'Generate a figure of',
    'I would like a diagram showing', 'Produce a drawing of', 'Illustrate',
  ]);
}

export function pickColour(rng: Rng, avoid: readonly string[] = []): Colour {
  return rng.pick(COLOURS.filter((c) => !avoid.includes(c.word)));
}

/** Length units a teacher might attach to a label ('' = bare number). */
export function pickUnit(rng: Rng): string {
  return rng.pick(['', '', 'cm', 'in', 'm', 'ft']);
}

const UNIT_WORDS: Record<string, string> = { cm: 'centimeters', in: 'inches', m: 'meters', ft: 'feet' };

/** "5 cm" / "5" as the label shows it; code text is the same (cm labels are plain text). */
export function lengthText(value: number, unit: string): string {
  return unit ? `${asyNumber(value, 1)} ${unit}` : asyNumber(value, 1);
}

/** How a request spells a length: "5 cm", "5 centimeters", or "5". */
export function lengthWords(value: number, unit: string, rng: Rng): string {
  if (!unit) return asyNumber(value, 1);
  return rng.chance(0.5) ? `${asyNumber(value, 1)} ${unit}` : `${asyNumber(value, 1)} ${UNIT_WORDS[unit]}`;
}

/** Label code for a length: `label("$5$", P, N);` or `label("5 cm", P, N);`. */
export function lengthLabel(value: number, unit: string, position: string, direction: string): string {
  const text = unit ? lengthText(value, unit) : `$${asyNumber(value, 1)}$`;
  return `label("${text}", ${position}, ${direction});`;
}

const COMPASS_DEGREES: Record<string, number> = { E: 0, NE: 45, N: 90, NW: 135, W: 180, SW: 225, S: 270, SE: 315 };

/**
 * Joins code lines, dropping empty ones. A point named N, S, E or W shadows Asymptote's compass pair of that
 * name, so `label("$S$", S, S)` would push the label far away; such scenes get `dir(270)`-style alignments.
 */
export function joinCode(lines: readonly (string | false | null | undefined)[]): string {
  const code = lines.filter((l): l is string => typeof l === 'string' && l.length > 0).join('\n');
  if (!/(?:pair |, )[NSEW] = /.test(code)) return code;
  return code.replace(/^(label\(.*, )(\d+\*)?(NE|NW|SE|SW|N|S|E|W)\);$/gm, (_m, head: string, factor: string | undefined, d: string) => `${head}${factor ?? ''}dir(${COMPASS_DEGREES[d]}));`);
}


/** Compass direction normal to segment p–q on the side away from `from`: where a length label of p–q goes. */
export function sideAway(p: Vec, q: Vec, from: Vec): string {
  let n: Vec = [-(q[1] - p[1]), q[0] - p[0]];
  const m = mid(p, q);
  if (n[0] * (from[0] - m[0]) + n[1] * (from[1] - m[1]) > 0) n = [-n[0], -n[1]];
  return compass(n[0], n[1]);
}

/** The compass direction at `at` farthest (in angle) from every segment leaving it towards `toward` and from `avoid` headings. */
export function openSide(at: Vec, toward: readonly Vec[], avoid: readonly number[] = []): string {
  const taken = [...toward.map((p) => heading(at, p)), ...avoid];
  let best = 'N', bestGap = -1;
  for (const [name, deg] of Object.entries(COMPASS_DEGREES)) {
    const gap = Math.min(...taken.map((t) => Math.abs(((deg - t + 540) % 360) - 180)));
    if (gap > bestGap + 1e-9) [best, bestGap] = [name, gap];
  }
  return best;
}

/**
 * olympiad anglemark for the angle a-v-b (under 180°), with an optional measure label on the bisector:
 * `draw(anglemark(A, C, B));` and `label("$50^\circ$", C + 0.9*dir(-72));`. With `span` (the figure size given to
 * markScaleLine), a thin angle whose label sits far out gets a wider arc, so mark and measure stay together.
 */
export function markAngle(
  names: readonly [string, string, string], pts: readonly [Vec, Vec, Vec],
  options: { text?: string; labelDist?: number; pen?: string; span?: number; sizeText?: string } = {},
): string[] {
  const [a, v, b] = pts;
  const [first, last] = ccwOrder(a, v, b, [names[0], names[2]]);
  const from = heading(v, ccwOrder(a, v, b, [a, b])[0]);
  const sizing = options.text ?? options.sizeText;
  const dist = sizing === undefined ? 0 : clearDistance(from, from + angleAt(a, v, b), sizing, options.labelDist ?? 1);
  const factor = options.span === undefined ? 0.03 : Math.max(0.03, Number((options.span / 100).toFixed(2)));
  const size = options.span === undefined ? 8 : Math.max(8, Math.round((dist - 0.55) / factor));
  const lines = [`draw(anglemark(${first}, ${names[1]}, ${last}${size === 8 ? '' : `, ${size}`})${options.pen ? `, ${options.pen}` : ''});`];
  if (options.text !== undefined) {
    lines.push(`label("$${options.text}$", ${names[1]} + ${asyNumber(dist, 1)}*dir(${Math.round(bisectorHeading(a, v, b))}));`);
  }
  return lines;
}

/** The angle a-v-b in degrees (0..180). */
export function angleAt(a: Vec, v: Vec, b: Vec): number {
  const d = Math.abs(heading(v, a) - heading(v, b)) % 360;
  return d > 180 ? 360 - d : d;
}

/** Rough typeset width of a label in characters ("(2x+10)^\circ" → 9); operators get spaces around them. */
function visibleLength(tex: string): number {
  const plain = tex.replace(/\^\\circ/g, 'o').replace(/[\\${}]/g, '');
  return plain.length + (plain.match(/[+\-=]/g)?.length ?? 0);
}

/**
 * Smallest distance (≥ min) along the bisector of the wedge from→to (degrees, vertex at the origin) at which a
 * label box of that text clears both rays; user units of about 1 cm (figures ~6 units across in size(6cm)).
 */
export function clearDistance(from: number, to: number, text: string, min: number): number {
  if (to - from >= 180) return min;
  const hw = 0.12 * visibleLength(text) + 0.1, hh = 0.24;
  const m = ((from + to) / 2) * (Math.PI / 180);
  for (let d = min; d < 4; d += 0.05) {
    const c: Vec = [d * Math.cos(m), d * Math.sin(m)];
    const clear = [from, to].every((deg) => {
      const t = (deg * Math.PI) / 180;
      const n: Vec = [-Math.sin(t), Math.cos(t)];
      return Math.abs(c[0] * n[0] + c[1] * n[1]) > hw * Math.abs(n[0]) + hh * Math.abs(n[1]) + 0.08;
    });
    if (clear) return d;
  }
  return 4;
}
