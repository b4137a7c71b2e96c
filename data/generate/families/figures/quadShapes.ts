import { formatNumber } from '../../phrase.ts';
import type { Predicate, Rng } from '../../types.ts';
import { pickSymmetry, pt, rightMark, ticks, type Named, type Pt, named, round } from './shared.ts';

/** The six special quadrilaterals: corners, the marks that show their properties, and the facts they satisfy. */

export type QuadKind = 'square' | 'rectangle' | 'parallelogram' | 'rhombus' | 'trapezoid' | 'kite';
export const QUAD_KINDS: readonly QuadKind[] = ['square', 'rectangle', 'parallelogram', 'rhombus', 'trapezoid', 'kite'];

export interface Quad {
  kind: QuadKind;
  /** Vertices counter-clockwise, named. */
  V: [Named, Named, Named, Named];
  /** Side lengths that are whole numbers, by side index (AB = 0, BC = 1, CD = 2, DA = 3). */
  lengths: (number | undefined)[];
  isosceles: boolean;
}

function corners(rng: Rng, kind: QuadKind): { pts: Pt[]; lengths: (number | undefined)[]; isosceles: boolean } {
  switch (kind) {
    case 'square': { const s = rng.int(3, 6); return { pts: [pt(0, 0), pt(s, 0), pt(s, s), pt(0, s)], lengths: [s, s, s, s], isosceles: false }; }
    case 'rectangle': {
      const w = rng.int(5, 8), h = rng.int(2, 4);
      return { pts: [pt(0, 0), pt(w, 0), pt(w, h), pt(0, h)], lengths: [w, h, w, h], isosceles: false };
    }
    case 'parallelogram': {
      const w = rng.int(5, 7);
      const [o, h, s] = rng.pick([[3, 4, 5], [2, 3, undefined], [1.5, 2, 2.5], [1, 3, undefined]] as const);
      return { pts: [pt(0, 0), pt(w, 0), pt(w + o, h), pt(o, h)], lengths: [w, s, w, s], isosceles: false };
    }
    case 'rhombus': {
      if (rng.chance(0.5)) {
        const [a, b] = rng.pick([[3, 4], [4, 3]] as const);
        return { pts: [pt(0, 0), pt(5, 0), pt(5 + a, b), pt(a, b)], lengths: [5, 5, 5, 5], isosceles: false };
      }
      const [w, h] = rng.pick([[3, 4], [4, 3], [4, 2.5], [3, 2]] as const);
      const s = Math.hypot(w, h);
      const side = Number.isInteger(s) ? s : undefined;
      return { pts: [pt(0, -h), pt(w, 0), pt(0, h), pt(-w, 0)], lengths: [side, side, side, side], isosceles: false };
    }
    case 'trapezoid': {
      const b1 = rng.int(6, 8), b2 = rng.int(2, b1 - 2), h = rng.int(3, 4);
      const isosceles = rng.chance(0.4);
      const o = isosceles ? (b1 - b2) / 2 : rng.int(0, b1 - b2);
      return { pts: [pt(0, 0), pt(b1, 0), pt(o + b2, h), pt(o, h)], lengths: [b1, undefined, b2, undefined], isosceles };
    }
    case 'kite': {
      const [w, p, q] = rng.pick([[3, 4, 6], [2, 1.5, 4], [3, 4, 7], [2.5, 2, 5]] as const);
      const low = Math.hypot(w, p);
      return { pts: [pt(0, -p), pt(w, 0), pt(0, q), pt(-w, 0)], lengths: [Number.isInteger(low) ? low : undefined, undefined, undefined, Number.isInteger(low) ? low : undefined], isosceles: false };
    }
  }
}

/** A quadrilateral of `kind`, moved by a random symmetry (mirrors keep the counter-clockwise order). */
export function sampleQuad(rng: Rng, kind: QuadKind, names: readonly string[]): Quad {
  const { pts, lengths, isosceles } = corners(rng, kind);
  const move = pickSymmetry(rng, 0.6);
  let moved = pts.map((p) => round(move(p), 3));
  let lens = lengths;
  const area = moved.reduce((s, p, i) => s + p.x * moved[(i + 1) % 4]!.y - moved[(i + 1) % 4]!.x * p.y, 0);
  if (area < 0) { moved = [moved[0]!, moved[3]!, moved[2]!, moved[1]!]; lens = [lengths[3], lengths[2], lengths[1], lengths[0]]; }
  // start from the lowest-left corner, as textbooks letter quadrilaterals
  const start = moved.reduce((best, p, i) => (p.y < moved[best]!.y - 1e-9 || (Math.abs(p.y - moved[best]!.y) < 1e-9 && p.x < moved[best]!.x) ? i : best), 0);
  const order = [0, 1, 2, 3].map((i) => (start + i) % 4);
  const V = order.map((j, i) => named(names[i]!, moved[j]!)) as Quad['V'];
  return { kind, V, lengths: order.map((j) => lens[j]), isosceles };
}

/** Tick marks, right-angle marks and parallel arrows that show the shape's defining properties. */
export function quadMarks(q: Quad): string[] {
  const [A, B, C, D] = q.V;
  const t = (p: Named, r: Named, n: number): string => ticks(p, r, n);
  switch (q.kind) {
    case 'square': return [`${t(A, B, 1)} ${t(B, C, 1)} ${t(C, D, 1)} ${t(D, A, 1)}`, rightMark(B, A, D), rightMark(C, B, A), rightMark(D, C, B), rightMark(A, D, C)];
    case 'rectangle': return [`${t(A, B, 1)} ${t(C, D, 1)} ${t(B, C, 2)} ${t(D, A, 2)}`, rightMark(B, A, D), rightMark(C, B, A), rightMark(D, C, B), rightMark(A, D, C)];
    case 'parallelogram': return [`${t(A, B, 1)} ${t(C, D, 1)} ${t(B, C, 2)} ${t(D, A, 2)}`];
    case 'rhombus': return [`${t(A, B, 1)} ${t(B, C, 1)} ${t(C, D, 1)} ${t(D, A, 1)}`];
    case 'trapezoid': {
      const p = parallelBases(q);
      if (p.kind !== 'parallel') return [];
      const legs = p.a[1] === B.name ? [t(B, C, 1), t(D, A, 1)] : [t(A, B, 1), t(C, D, 1)];
      return [`draw(${p.a.join('--')}, MidArrow); draw(${p.b.join('--')}, MidArrow);`, ...(q.isosceles ? [legs.join(' ')] : [])];
    }
    case 'kite': return [kiteTicks(q)];
  }
}

/** Kites are sampled with AB = DA (one tick) and BC = CD (two ticks), in whatever rotation. */
function kiteTicks(q: Quad): string {
  const [A, B, C, D] = q.V;
  const d = (p: Pt, r: Pt): number => Math.hypot(p.x - r.x, p.y - r.y);
  const pairs: [Named, Named][] = [[A, B], [B, C], [C, D], [D, A]];
  const lens = pairs.map(([p, r]) => d(p, r));
  const short = Math.min(...lens);
  return pairs.map(([p, r], i) => ticks(p, r, Math.abs(lens[i]! - short) < 1e-6 ? 1 : 2)).join(' ');
}

export function quadPredicates(q: Quad): Predicate[] {
  const [A, B, C, D] = q.V.map((v) => v.name) as [string, string, string, string];
  const par: Predicate[] = [{ kind: 'parallel', a: [A, B], b: [D, C] }, { kind: 'parallel', a: [A, D], b: [B, C] }];
  const right: Predicate = { kind: 'angle', from: B, at: A, to: D, deg: 90 };
  const rhombusSides: Predicate[] = [{ kind: 'equalLength', a: [A, B], b: [B, C] }, { kind: 'equalLength', a: [B, C], b: [C, D] }];
  switch (q.kind) {
    case 'square': return [right, ...par, ...rhombusSides];
    case 'rectangle': return [right, { kind: 'angle', from: A, at: B, to: C, deg: 90 }, ...par];
    case 'parallelogram': return par;
    case 'rhombus': return [...par, ...rhombusSides];
    case 'trapezoid': return [parallelBases(q)];
    case 'kite': return kiteEquals(q);
  }
}

function parallelBases(q: Quad): Predicate {
  const [A, B, C, D] = q.V;
  const cr = (B.x - A.x) * (C.y - D.y) - (B.y - A.y) * (C.x - D.x);
  return Math.abs(cr) < 1e-6 ? { kind: 'parallel', a: [A.name, B.name], b: [D.name, C.name] } : { kind: 'parallel', a: [A.name, D.name], b: [B.name, C.name] };
}

function kiteEquals(q: Quad): Predicate[] {
  const [A, B, C, D] = q.V;
  const same = (p: Pt, r: Pt, s: Pt, t: Pt): boolean => Math.abs(Math.hypot(p.x - r.x, p.y - r.y) - Math.hypot(s.x - t.x, s.y - t.y)) < 1e-6;
  return same(A, B, D, A)
    ? [{ kind: 'equalLength', a: [A.name, B.name], b: [A.name, D.name] }, { kind: 'equalLength', a: [C.name, B.name], b: [C.name, D.name] }]
    : [{ kind: 'equalLength', a: [B.name, A.name], b: [B.name, C.name] }, { kind: 'equalLength', a: [D.name, A.name], b: [D.name, C.name] }];
}

/** Side-length labels in words, e.g. 'AB = 6' for the sides with whole-number lengths. */
export function lengthWords(q: Quad, unit: string): string[] {
  const names = q.V.map((v) => v.name);
  return q.lengths.flatMap((len, i) => (len === undefined ? [] : [`${names[i]}${names[(i + 1) % 4]} = ${formatNumber(len)}${unit ? ` ${unit}` : ''}`]));
}
