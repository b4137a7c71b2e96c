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
  const d = `dir(${asyNumber(deg, 1)})`;
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
  const factor = Number((span / 130).toFixed(2));
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

/** Joins code lines, dropping empty ones. */
export function joinCode(lines: readonly (string | false | undefined)[]): string {
  return lines.filter((l): l is string => typeof l === 'string' && l.length > 0).join('\n');
}

/** Square coordinate grid with arrowed axes, for transformations on the plane. */
export function gridCode(min: number, max: number): string[] {
  return [
    `for (int i = ${min}; i <= ${max}; ++i) {`,
    `  draw((i, ${min})--(i, ${max}), lightgray);`,
    `  draw((${min}, i)--(${max}, i), lightgray);`,
    '}',
    `draw((${min - 0.5}, 0)--(${max + 0.5}, 0), Arrows);`,
    `draw((0, ${min - 0.5})--(0, ${max + 0.5}), Arrows);`,
    `label("$x$", (${max + 0.5}, 0), E);`,
    `label("$y$", (0, ${max + 0.5}), N);`,
  ];
}

/** "(1, -2)" as requests write coordinates. */
export function coordText(p: Vec): string {
  return `(${asyNumber(p[0], 2)}, ${asyNumber(p[1], 2)})`;
}
