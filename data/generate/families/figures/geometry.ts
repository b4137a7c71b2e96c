import type { Rng } from '../../types.ts';

/** Plane geometry for the figures group: points, classical triangle centres, and sampled triangles. */

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
