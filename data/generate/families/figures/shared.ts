import { asyNumber, asyPair, COLOURS, FILL_PENS, formatNumber } from '../../phrase.ts';
import type { Rng } from '../../types.ts';
import { angleAt, cross, mid, minus, plus, pt, times, unit, type Named, type Pt } from './geometry.ts';

export * from './geometry.ts';

/**
 * Asymptote-code helpers for the figures group. Points carry their label name; coordinates are the code's user
 * coordinates, so predicates computed from them hold in the drawn diagram.
 */

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
function labelAway(p: Named, center: Pt): string {
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
  const r = scale * Math.min(Math.max(0.5 / Math.sin(theta / 2), 0.9), 2);
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
