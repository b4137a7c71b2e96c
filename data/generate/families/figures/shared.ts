import { asyNumber, asyPair, COLOURS, FILL_PENS, formatNumber } from '../../phrase.ts';
import type { Rng } from '../../types.ts';

/**
 * Geometry and Asymptote-code helpers for the figures group. Points carry their label name; coordinates are the
 * code's user coordinates, so predicates computed here hold in the drawn diagram.
 */

export interface Pt { x: number; y: number }
export interface Named extends Pt {
  name: string;
  /** Asymptote expression used in the declaration instead of the literal pair (e.g. `foot(C, A, B)`). */
  expr?: string;
}

export const pt = (x: number, y: number): Pt => ({ x, y });
export const named = (name: string, p: Pt, expr?: string): Named => (expr ? { name, x: p.x, y: p.y, expr } : { name, x: p.x, y: p.y });
export const plus = (a: Pt, b: Pt): Pt => pt(a.x + b.x, a.y + b.y);
export const minus = (a: Pt, b: Pt): Pt => pt(a.x - b.x, a.y - b.y);
export const times = (a: Pt, k: number): Pt => pt(a.x * k, a.y * k);
export const lerp = (a: Pt, b: Pt, t: number): Pt => pt(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
export const mid = (a: Pt, b: Pt): Pt => lerp(a, b, 0.5);
export const dist = (a: Pt, b: Pt): number => Math.hypot(a.x - b.x, a.y - b.y);
export const cross = (a: Pt, b: Pt): number => a.x * b.y - a.y * b.x;
export const unit = (a: Pt): Pt => times(a, 1 / Math.hypot(a.x, a.y));
export const polar = (r: number, deg: number): Pt => pt(r * Math.cos((deg * Math.PI) / 180), r * Math.sin((deg * Math.PI) / 180));
export const round = (p: Pt, decimals = 2): Pt => pt(Number(p.x.toFixed(decimals)), Number(p.y.toFixed(decimals)));

export function centroidOf(points: readonly Pt[]): Pt {
  return times(points.reduce(plus, pt(0, 0)), 1 / points.length);
}

/** Angle from-at-to in degrees, 0..180. */
export function angleAt(from: Pt, at: Pt, to: Pt): number {
  const u = minus(from, at);
  const v = minus(to, at);
  return (Math.abs(Math.atan2(cross(u, v), u.x * v.x + u.y * v.y)) * 180) / Math.PI;
}

export function footOf(p: Pt, a: Pt, b: Pt): Pt {
  const d = minus(b, a);
  const t = ((p.x - a.x) * d.x + (p.y - a.y) * d.y) / (d.x * d.x + d.y * d.y);
  return lerp(a, b, t);
}

export function circumcenterOf(a: Pt, b: Pt, c: Pt): Pt {
  const d = 2 * (a.x * (b.y - c.y) + b.x * (c.y - a.y) + c.x * (a.y - b.y));
  const sa = a.x * a.x + a.y * a.y, sb = b.x * b.x + b.y * b.y, sc = c.x * c.x + c.y * c.y;
  return pt((sa * (b.y - c.y) + sb * (c.y - a.y) + sc * (a.y - b.y)) / d, (sa * (c.x - b.x) + sb * (a.x - c.x) + sc * (b.x - a.x)) / d);
}

export function incenterOf(a: Pt, b: Pt, c: Pt): Pt {
  const la = dist(b, c), lb = dist(a, c), lc = dist(a, b);
  return times(plus(plus(times(a, la), times(b, lb)), times(c, lc)), 1 / (la + lb + lc));
}

export function orthocenterOf(a: Pt, b: Pt, c: Pt): Pt {
  const o = circumcenterOf(a, b, c);
  return minus(plus(plus(a, b), c), times(o, 2));
}

/** Triangle from its base length and base angles: A = (0, 0), B = (base, 0), C above AB. */
export function triangleFromAngles(base: number, angleA: number, angleB: number): [Pt, Pt, Pt] {
  const angleC = 180 - angleA - angleB;
  const b = (base * Math.sin((angleB * Math.PI) / 180)) / Math.sin((angleC * Math.PI) / 180);
  return [pt(0, 0), pt(base, 0), polar(b, angleA)];
}

/** Triangle from side lengths a = BC, b = CA, c = AB: A = (0, 0), B = (c, 0), C above AB. */
export function triangleFromSides(a: number, b: number, c: number): [Pt, Pt, Pt] {
  const x = (b * b + c * c - a * a) / (2 * c);
  return [pt(0, 0), pt(c, 0), pt(x, Math.sqrt(Math.max(b * b - x * x, 0)))];
}

/** A symmetry of the square (rotation by a multiple of 90° and/or a mirror), mostly the identity, as textbooks draw. */
export function pickSymmetry(rng: Rng, identityWeight = 0.5): (p: Pt) => Pt {
  if (rng.chance(identityWeight)) return (p) => p;
  const mirror = rng.chance(0.5);
  const turns = rng.pick([0, 0, 1, 2, 3]);
  return (p) => {
    let q = mirror ? pt(-p.x, p.y) : p;
    for (let i = 0; i < turns; i++) q = pt(-q.y, q.x);
    return pt(q.x + 0, q.y + 0);
  };
}

/** Rotation of the whole figure by `deg` about the origin, rounded to 2 decimals (for figures with no exact lengths). */
export function tilt(points: readonly Pt[], deg: number): Pt[] {
  const c = Math.cos((deg * Math.PI) / 180), s = Math.sin((deg * Math.PI) / 180);
  return points.map((p) => round(pt(p.x * c - p.y * s, p.x * s + p.y * c)));
}

// ---------- Asymptote code ----------

/** `pair A = (0, 0), B = (4, 0);` */
export function declare(points: readonly Named[]): string {
  return `pair ${points.map((p) => `${p.name} = ${p.expr ?? asyPair(p.x, p.y)}`).join(', ')};`;
}

const COMPASS = ['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'] as const;

/** The compass word closest to a direction (Asymptote's E, NE, N, ...). */
export function compass(v: Pt): string {
  const deg = (Math.atan2(v.y, v.x) * 180) / Math.PI;
  return COMPASS[((Math.round(deg / 45) % 8) + 8) % 8]!;
}

/** `label("$A$", A, SW);` placed away from `center`. */
export function labelAway(p: Named, center: Pt): string {
  return `label("$${p.name}$", ${p.name}, ${compass(minus(p, center))});`;
}

export function labelAll(points: readonly Named[], center: Pt): string {
  return points.map((p) => labelAway(p, center)).join(' ');
}

/** `label("$A$", A, dir);` with an explicit direction vector (for points on a side). */
export function labelToward(p: Named, direction: Pt, exact = false): string {
  return `label("$${p.name}$", ${p.name}, ${exact ? dirCode(direction) : compass(direction)});`;
}

/** `dir(123)` for a direction that no compass word fits (e.g. between two lines through the point). */
export function dirCode(v: Pt): string {
  const deg = Math.round((Math.atan2(v.y, v.x) * 180) / Math.PI);
  return `dir(${deg})`;
}

export function dots(points: readonly Named[]): string {
  return points.map((p) => `dot(${p.name});`).join(' ');
}

/** Label text as code: numbers and variables in math mode, text with units as plain text ("5 cm"). */
export function labelCode(text: string): string {
  return /\s/.test(text) ? `"${text}"` : `"$${text}$"`;
}

/** A side label at the midpoint of AB, pushed away from `inside`. */
export function sideLabel(text: string, a: Named, b: Named, inside: Pt, far = false): string {
  const m = mid(a, b);
  const d = minus(b, a);
  let n = pt(-d.y, d.x);
  if (n.x * (m.x - inside.x) + n.y * (m.y - inside.y) < 0) n = times(n, -1);
  return `label(${labelCode(text)}, midpoint(${a.name}--${b.name}), ${far ? '2*' : ''}${compass(n)});`;
}

/** Outward direction of side AB seen from `inside` (for labels placed by coordinates). */
export function outward(a: Pt, b: Pt, inside: Pt): Pt {
  const d = unit(minus(b, a));
  let n = pt(-d.y, d.x);
  const m = mid(a, b);
  if (n.x * (m.x - inside.x) + n.y * (m.y - inside.y) < 0) n = times(n, -1);
  return n;
}

/** `draw(anglemark(B, A, C));` ordered so the arc spans the interior angle; `arcs` adds concentric arcs. */
export function angleArc(from: Named, at: Named, to: Named, arcs = 1, pen?: string): string {
  const ccw = cross(minus(from, at), minus(to, at)) > 0;
  const [p, q] = ccw ? [from, to] : [to, from];
  const deg = angleAt(from, at, to);
  const first = deg < 30 ? 20 : deg < 60 ? 14 : deg < 100 ? 10 : 8; // narrow angles need bigger arcs to be seen
  const radii = [first, first + 3, first + 6].slice(0, arcs);
  const extra = arcs > 1 || first !== 8 ? `, ${radii.join(', ')}` : '';
  return `draw(anglemark(${p.name}, ${at.name}, ${q.name}${extra})${pen ? `, ${pen}` : ''});`;
}

export function rightMark(from: Named, at: Named, to: Named): string {
  return `draw(rightanglemark(${from.name}, ${at.name}, ${to.name}));`;
}

export function ticks(a: Named, b: Named, count: number): string {
  return `add(pathticks(${a.name}--${b.name}${count > 1 ? `, ${count}` : ''}));`;
}

/** Where an angle's measure goes: along the bisector, farther out for narrow angles. */
export function angleLabelPoint(from: Pt, at: Pt, to: Pt, scale = 1): Pt {
  const bis = unit(plus(unit(minus(from, at)), unit(minus(to, at))));
  const theta = (angleAt(from, at, to) * Math.PI) / 180;
  const r = scale * Math.min(Math.max(0.5 / Math.sin(theta / 2), 0.75), 2);
  return plus(at, times(bis, r));
}

/** `label("$40^\circ$", (0.9, 0.4));` inside angle from-at-to. */
export function angleLabel(text: string, from: Pt, at: Pt, to: Pt, scale = 1): string {
  const p = angleLabelPoint(from, at, to, scale);
  return `label(${labelCode(text)}, ${asyPair(p.x, p.y, 2)});`;
}

/** LaTeX for a degree measure and the label text it shows. */
export const degTex = (deg: number): string => `${formatNumber(deg, 1)}^\\circ`;
export const degText = (deg: number): string => `${formatNumber(deg, 1)}°`;

/** `markscalefactor` for marks readable on figures wider than the usual 4–8 units; '' when the default fits. */
export function markScale(points: readonly Pt[]): string {
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  return span > 9 ? `markscalefactor = ${asyNumber((0.03 * span) / 7, 3)};` : '';
}

/** Names for helper points (feet, midpoints, centres) that do not clash with the vertex names. */
export function freshNames(preferred: string, used: readonly string[], count = 1): string[] {
  const pool = [...preferred, ...'DEFGHJKMNPQRSTUVWXYZ'].filter((c, i, all) => all.indexOf(c) === i);
  return pool.filter((c) => !used.includes(c)).slice(0, count);
}

/** Length units teachers attach to side labels; '' = plain numbers. */
export const UNITS = ['', '', '', 'cm', 'in', 'm', 'ft'] as const;
export const withUnit = (value: number, unit: string): string => (unit ? `${formatNumber(value)} ${unit}` : formatNumber(value));
export const UNIT_WORDS: Record<string, string> = { cm: 'centimeters', in: 'inches', m: 'meters', ft: 'feet', '': 'units' };

// ---------- colour ----------

export interface Paint { mode: 'none' | 'outline' | 'fill'; word: string; pen: string }

/** Whether the figure is drawn in a colour, shaded, or plain black. */
export function pickPaint(rng: Rng, outline = 0.2, fill = 0.2): Paint {
  const colour = rng.pick(COLOURS);
  const roll = rng.next();
  const mode = roll < outline ? 'outline' : roll < outline + fill ? 'fill' : 'none';
  return { mode, word: colour.word, pen: mode === 'fill' ? FILL_PENS[colour.word]! : colour.pen };
}

/** `fill(path, pen); draw(path);` or `draw(path, pen);` for a closed path. */
export function paintCode(path: string, paint: Paint): string {
  if (paint.mode === 'fill') return `fill(${path}, ${paint.pen});\ndraw(${path});`;
  if (paint.mode === 'outline') return `draw(${path}, ${paint.pen});`;
  return `draw(${path});`;
}

/** ' in blue', ' shaded green', or '' — how a request mentions the paint. */
export function paintWords(paint: Paint, rng: Rng): string {
  if (paint.mode === 'outline') return rng.pick([`, in ${paint.word}`, ` in ${paint.word}`, `, outlined in ${paint.word}`, `, with ${paint.word} sides`]);
  if (paint.mode === 'fill') return rng.pick([`, shaded ${paint.word}`, `, filled in ${paint.word}`, `, shaded light ${paint.word}`]);
  return '';
}

const OLYMPIAD_CALL = /\b(?:rightanglemark|anglemark|pathticks|foot|circumcenter|circumcircle|circumradius|incenter|incircle|inradius|orthocenter|centroid|bisectorpoint|markscalefactor)\b/;

const SPELLED: Record<string, string> = { N: 'up', S: 'down', E: 'right', W: 'left' };

/** A point named N, S, E or W hides Asymptote's compass constant, so labels then say up/down/right/left. */
function avoidCompassClash(code: string): string {
  const declared = new Set([...code.matchAll(/\bpair ([^;]+);/g)].flatMap((m) => [...m[1]!.matchAll(/(?:^|,\s*)([A-Z])\s*=/g)].map((n) => n[1]!)));
  return code.replace(/(label\([^;]*, (?:2\*)?)([NSEW])\);/g, (all, head: string, dir: string) => (declared.has(dir) ? `${head}${SPELLED[dir]});` : all));
}

/** Joins code lines (skipping empty ones), with `import olympiad;` first when a helper of it is used. */
export function assemble(parts: readonly (string | false | undefined | null)[]): string {
  const body = avoidCompassClash(parts.filter((p): p is string => !!p).join('\n'));
  return `${OLYMPIAD_CALL.test(body) ? 'import olympiad;\n' : ''}${body}\n`;
}

/**
 * An integer-coordinate triangle with no angle under `minAngle` (and, if `acute`, none of 85° or more), base on the
 * x-axis before a random symmetry.
 */
export function sampleTriangle(rng: Rng, opts: { acute?: boolean; minAngle?: number; identityWeight?: number } = {}): Pt[] {
  const minAngle = opts.minAngle ?? 30;
  for (;;) {
    const b = rng.int(5, 8);
    const corners = [pt(0, 0), pt(b, 0), pt(rng.int(-1, b + 1), rng.int(3, 6))];
    const angles = corners.map((c, i) => angleAt(corners[(i + 1) % 3]!, c, corners[(i + 2) % 3]!));
    if (Math.min(...angles) < minAngle || (opts.acute && Math.max(...angles) >= 85)) continue;
    const move = pickSymmetry(rng, opts.identityWeight ?? 0.5);
    return corners.map(move);
  }
}

/** Named vertices in the order of `names`. */
export const nameAll = (names: readonly string[], points: readonly Pt[], decimals = 3): Named[] =>
  points.map((p, i) => named(names[i]!, round(p, decimals)));

/** The direction from `p` that bisects the widest gap between rays to `others` (where a label has the most room). */
export function freeDirection(p: Pt, others: readonly Pt[]): Pt {
  const angles = others.map((o) => Math.atan2(o.y - p.y, o.x - p.x)).sort((a, b) => a - b);
  let best = 0, bestGap = -1;
  angles.forEach((a, i) => {
    const next = i + 1 < angles.length ? angles[i + 1]! : angles[0]! + 2 * Math.PI;
    if (next - a > bestGap) { bestGap = next - a; best = a + (next - a) / 2; }
  });
  return pt(Math.cos(best), Math.sin(best));
}
