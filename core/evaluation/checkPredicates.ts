import type { Predicate } from '../../data/generate/types.ts';
import type { Bounds, ProbedLabel } from './probeDiagram.ts';

/**
 * Checks corpus predicates against what the compiled diagram shows (a probeDiagram result). A point is named by
 * its label text: the label's anchor is the point (when a text is labelled several times, any of its anchors may be). Tolerances scale with the figure (its bounding-box diagonal in
 * user coordinates), so a 1-unit and a 100-unit drawing are judged alike.
 */

export const TOLERANCE = {
  /** Angles, parallel and perpendicular: degrees. */
  angleDeg: 1.5,
  /** Distances and equal lengths pass within this fraction of the diagonal… */
  lengthOfDiagonal: 0.02,
  /** …or within this fraction of the expected length. */
  lengthRelative: 0.01,
  /** Where a point is (at, midpoint, onSegment, collinear, concyclic): fraction of the diagonal. */
  positionOfDiagonal: 0.01,
} as const;

export interface PredicateResult {
  predicate: Predicate;
  ok: boolean;
  /** What was measured against what was expected, or why it could not be checked. */
  reason: string;
}

export interface ProbedFigure {
  labels: readonly ProbedLabel[];
  bounds: Bounds | null;
}

type Point = { x: number; y: number };

export function checkPredicates(predicates: readonly Predicate[], figure: ProbedFigure): PredicateResult[] {
  // A name may be labelled more than once (a tick label and a highlighted point on a number line): keep every anchor.
  const anchors = new Map<string, Point[]>();
  for (const label of figure.labels) anchors.set(label.text, [...(anchors.get(label.text) ?? []), label]);
  const b = figure.bounds;
  const diagonal = b ? Math.hypot(b.maxX - b.minX, b.maxY - b.minY) || 1 : 1;
  return predicates.map((predicate) => {
    const names = [...new Set(namesOf(predicate))];
    const missing = names.find((name) => !anchors.has(name));
    if (missing !== undefined) return { predicate, ok: false, reason: `point ${missing} not labelled` };
    // The predicate holds if some choice of anchors for repeated names satisfies it; otherwise report the first
    // choice (each name's first label), which is what a reader would take the point to be.
    let first: [boolean, string] | null = null;
    let tried = 0;
    for (const choice of choices(names.map((name) => anchors.get(name)!), MAX_CHOICES)) {
      const pick = new Map(names.map((name, i) => [name, choice[i]!]));
      const verdict = check(predicate, (name) => pick.get(name)!, diagonal);
      tried += 1;
      if (verdict[0]) return { predicate, ok: true, reason: verdict[1] };
      first ??= verdict;
    }
    const note = tried > 1 ? ` (and ${tried - 1} other placements of repeated labels)` : '';
    return { predicate, ok: false, reason: first![1] + note };
  });
}

/** Cap on anchor combinations tried per predicate (repeated labels multiply them). */
const MAX_CHOICES = 256;

/** The cartesian product of the lists, in order (first elements first), at most `limit` tuples. */
function* choices<T>(lists: readonly (readonly T[])[], limit: number): Generator<T[]> {
  const index = lists.map(() => 0);
  for (let produced = 0; produced < limit; produced++) {
    yield index.map((k, i) => lists[i]![k]!);
    let position = lists.length - 1;
    while (position >= 0 && ++index[position]! >= lists[position]!.length) index[position--] = 0;
    if (position < 0) return;
  }
}

/** Every point name a predicate refers to. */
export function namesOf(predicate: Predicate): string[] {
  switch (predicate.kind) {
    case 'angle': return [predicate.from, predicate.at, predicate.to];
    case 'distance': return [predicate.a, predicate.b];
    case 'equalLength': case 'parallel': case 'perpendicular': return [...predicate.a, ...predicate.b];
    case 'onSegment': case 'midpoint': return [predicate.point, predicate.a, predicate.b];
    case 'collinear': return predicate.points;
    case 'concyclic': return [...predicate.points, ...(predicate.center === undefined ? [] : [predicate.center])];
    case 'at': return [predicate.point];
    default: {
      const unknown: never = predicate;
      return unknown;
    }
  }
}

function check(predicate: Predicate, at: (name: string) => Point, diagonal: number): [boolean, string] {
  const positionTol = TOLERANCE.positionOfDiagonal * diagonal;
  const lengthTol = (expected: number) => Math.max(TOLERANCE.lengthOfDiagonal * diagonal, TOLERANCE.lengthRelative * Math.abs(expected));
  switch (predicate.kind) {
    case 'angle': {
      const deg = angleAt(at(predicate.from), at(predicate.at), at(predicate.to));
      if (deg === null) return [false, `angle ${predicate.from}${predicate.at}${predicate.to} is undefined: a side has length 0`];
      return within(deg, predicate.deg, TOLERANCE.angleDeg, `angle ${predicate.from}${predicate.at}${predicate.to}`, '°');
    }
    case 'distance': {
      const d = distance(at(predicate.a), at(predicate.b));
      return within(d, predicate.value, lengthTol(predicate.value), `${predicate.a}${predicate.b}`, '');
    }
    case 'equalLength': {
      const d1 = distance(at(predicate.a[0]), at(predicate.a[1]));
      const d2 = distance(at(predicate.b[0]), at(predicate.b[1]));
      const ok = Math.abs(d1 - d2) <= lengthTol(Math.max(d1, d2));
      return [ok, `${predicate.a.join('')} = ${fmt(d1)}, ${predicate.b.join('')} = ${fmt(d2)}${ok ? '' : ` (differ by more than ${fmt(lengthTol(Math.max(d1, d2)))})`}`];
    }
    case 'onSegment': {
      const [p, a, c] = [at(predicate.point), at(predicate.a), at(predicate.b)];
      const off = distanceToSegment(p, a, c);
      const ok = off <= positionTol;
      return [ok, `${predicate.point} is ${fmt(off)} from segment ${predicate.a}${predicate.b}${ok ? '' : ` (tolerance ${fmt(positionTol)})`}`];
    }
    case 'collinear': {
      const pts = predicate.points.map(at);
      const off = collinearityError(pts);
      const ok = off <= positionTol;
      return [ok, `${predicate.points.join(', ')} are ${fmt(off)} off one line${ok ? '' : ` (tolerance ${fmt(positionTol)})`}`];
    }
    case 'midpoint': {
      const [p, a, c] = [at(predicate.point), at(predicate.a), at(predicate.b)];
      const off = distance(p, { x: (a.x + c.x) / 2, y: (a.y + c.y) / 2 });
      const ok = off <= positionTol;
      return [ok, `${predicate.point} is ${fmt(off)} from the midpoint of ${predicate.a}${predicate.b}${ok ? '' : ` (tolerance ${fmt(positionTol)})`}`];
    }
    case 'parallel': case 'perpendicular': {
      const between = lineAngle(at(predicate.a[0]), at(predicate.a[1]), at(predicate.b[0]), at(predicate.b[1]));
      const lines = `${predicate.a.join('')} and ${predicate.b.join('')}`;
      if (between === null) return [false, `${lines}: a segment has length 0`];
      const expected = predicate.kind === 'parallel' ? 0 : 90;
      const ok = Math.abs(between - expected) <= TOLERANCE.angleDeg;
      return [ok, `${lines} meet at ${fmt(between)}° (expected ${expected}° ±${TOLERANCE.angleDeg}°)`];
    }
    case 'concyclic': {
      const pts = predicate.points.map(at);
      if (predicate.center === undefined && pts.length < 3) return [true, `${predicate.points.join(', ')}: fewer than three points always lie on a circle`];
      const center = predicate.center === undefined ? circumcenter(pts) : at(predicate.center);
      if (center === null) return [false, `${predicate.points.join(', ')}: no circle passes through them (they are collinear)`];
      const radii = pts.map((p) => distance(p, center));
      const spread = Math.max(...radii) - Math.min(...radii);
      const ok = spread <= positionTol;
      const about = predicate.center === undefined ? 'the circle through the first three' : `centre ${predicate.center}`;
      return [ok, `distances from ${about}: ${radii.map(fmt).join(', ')}${ok ? '' : ` (spread ${fmt(spread)} > ${fmt(positionTol)})`}`];
    }
    case 'at': {
      const p = at(predicate.point);
      const off = distance(p, predicate);
      const ok = off <= positionTol;
      return [ok, `${predicate.point} is at (${fmt(p.x)}, ${fmt(p.y)}), expected (${predicate.x}, ${predicate.y})${ok ? '' : ` (off by ${fmt(off)})`}`];
    }
    default: {
      const unknown: never = predicate;
      return [false, `unknown predicate ${JSON.stringify(unknown)}`];
    }
  }
}

function within(measured: number, expected: number, tolerance: number, what: string, unit: string): [boolean, string] {
  const ok = Math.abs(measured - expected) <= tolerance;
  return [ok, `${what} = ${fmt(measured)}${unit}, expected ${expected}${unit} ±${fmt(tolerance)}${unit}`];
}

function fmt(value: number): string {
  return String(Number(value.toPrecision(4)));
}

function distance(p: Point, q: Point): number {
  return Math.hypot(p.x - q.x, p.y - q.y);
}

/** Angle p-vertex-q in degrees (0..180); null when a side is degenerate. */
function angleAt(p: Point, vertex: Point, q: Point): number | null {
  const [ux, uy, vx, vy] = [p.x - vertex.x, p.y - vertex.y, q.x - vertex.x, q.y - vertex.y];
  if (Math.hypot(ux, uy) === 0 || Math.hypot(vx, vy) === 0) return null;
  return Math.abs(Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)) * (180 / Math.PI);
}

/** Angle between lines ab and cd in degrees (0..90); null when a segment is degenerate. */
function lineAngle(a: Point, b: Point, c: Point, d: Point): number | null {
  const deg = angleAt({ x: b.x - a.x, y: b.y - a.y }, { x: 0, y: 0 }, { x: d.x - c.x, y: d.y - c.y });
  return deg === null ? null : Math.min(deg, 180 - deg);
}

/** Distance from p to the closed segment ab (so a point beyond an endpoint is as far as that endpoint). */
function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return distance(p, a);
  const t = Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return distance(p, { x: a.x + t * dx, y: a.y + t * dy });
}

/** Largest distance of any point from the line through the two points farthest apart. */
function collinearityError(points: readonly Point[]): number {
  let [a, b, best] = [points[0]!, points[0]!, -1];
  for (const p of points) for (const q of points) if (distance(p, q) > best) [a, b, best] = [p, q, distance(p, q)];
  if (best <= 0) return 0;
  return Math.max(...points.map((p) => Math.abs((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / best));
}

/** Centre of the circle through the first three points (at least three); null when they are collinear. */
function circumcenter(points: readonly Point[]): Point | null {
  if (points.length < 3) return null;
  const [a, b, c] = points as [Point, Point, Point];
  const d = 2 * (a.x * (b.y - c.y) + b.x * (c.y - a.y) + c.x * (a.y - b.y));
  const scale = Math.max(distance(a, b), distance(b, c), distance(a, c)) ** 2;
  if (Math.abs(d) <= 1e-9 * scale) return null;
  const [a2, b2, c2] = [a.x ** 2 + a.y ** 2, b.x ** 2 + b.y ** 2, c.x ** 2 + c.y ** 2];
  return { x: (a2 * (b.y - c.y) + b2 * (c.y - a.y) + c2 * (a.y - b.y)) / d, y: (a2 * (c.x - b.x) + b2 * (a.x - c.x) + c2 * (b.x - a.x)) / d };
}
