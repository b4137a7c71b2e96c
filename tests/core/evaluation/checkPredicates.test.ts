import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Predicate } from '../../../data/generate/types.ts';
import { checkPredicates, TOLERANCE, type ProbedFigure } from '../../../core/evaluation/checkPredicates.ts';

/** A figure as probeDiagram reports it: labelled points and the drawing's bounds. */
function figure(points: Record<string, [number, number]>, scale = 1): ProbedFigure {
  const labels = Object.entries(points).map(([text, [x, y]]) => ({ text, raw: `$${text}$`, x: x * scale, y: y * scale }));
  const xs = labels.map((l) => l.x);
  const ys = labels.map((l) => l.y);
  return { labels, bounds: { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) } };
}

// Right triangle A B C (right angle at A, legs 4 and 3); M the midpoint of BC; a parallelogram PQRS;
// the unit circle through U, V, W about O. Bounding box 10 × 10 (diagonal ≈ 14.1).
const POINTS: Record<string, [number, number]> = {
  A: [0, 0], B: [4, 0], C: [0, 3], M: [2, 1.5], N: [2, 2],
  P: [6, 6], Q: [9, 6], R: [10, 8], S: [7, 8],
  O: [5, 0], U: [6, 0], V: [5, 1], W: [4.4, -0.8], X: [10, 10],
};

function verdict(predicate: Predicate, points = POINTS, scale = 1) {
  const [result] = checkPredicates([predicate], figure(points, scale));
  return result!;
}

const CASES: { kind: Predicate['kind']; holds: Predicate; fails: Predicate; reason: RegExp }[] = [
  { kind: 'angle', holds: { kind: 'angle', from: 'B', at: 'A', to: 'C', deg: 90 }, fails: { kind: 'angle', from: 'A', at: 'B', to: 'C', deg: 45 }, reason: /angle ABC = 36\.87°, expected 45° ±1\.5°/ },
  { kind: 'distance', holds: { kind: 'distance', a: 'B', b: 'C', value: 5 }, fails: { kind: 'distance', a: 'A', b: 'B', value: 5 }, reason: /AB = 4, expected 5/ },
  { kind: 'equalLength', holds: { kind: 'equalLength', a: ['P', 'Q'], b: ['S', 'R'] }, fails: { kind: 'equalLength', a: ['A', 'B'], b: ['A', 'C'] }, reason: /AB = 4, AC = 3 \(differ by more than/ },
  { kind: 'onSegment', holds: { kind: 'onSegment', point: 'M', a: 'B', b: 'C' }, fails: { kind: 'onSegment', point: 'N', a: 'B', b: 'C' }, reason: /N is 0\.4 from segment BC/ },
  { kind: 'collinear', holds: { kind: 'collinear', points: ['B', 'M', 'C'] }, fails: { kind: 'collinear', points: ['A', 'B', 'N'] }, reason: /A, B, N are 2 off one line/ },
  { kind: 'midpoint', holds: { kind: 'midpoint', point: 'M', a: 'B', b: 'C' }, fails: { kind: 'midpoint', point: 'N', a: 'B', b: 'C' }, reason: /N is 0\.5 from the midpoint of BC/ },
  { kind: 'parallel', holds: { kind: 'parallel', a: ['P', 'Q'], b: ['S', 'R'] }, fails: { kind: 'parallel', a: ['P', 'Q'], b: ['Q', 'R'] }, reason: /PQ and QR meet at 63\.43° \(expected 0°/ },
  { kind: 'perpendicular', holds: { kind: 'perpendicular', a: ['A', 'B'], b: ['A', 'C'] }, fails: { kind: 'perpendicular', a: ['P', 'Q'], b: ['Q', 'R'] }, reason: /meet at 63\.43° \(expected 90°/ },
  { kind: 'concyclic', holds: { kind: 'concyclic', points: ['U', 'V', 'W'], center: 'O' }, fails: { kind: 'concyclic', points: ['U', 'V', 'A'], center: 'O' }, reason: /distances from centre O: 1, 1, 5 \(spread 4/ },
  { kind: 'at', holds: { kind: 'at', point: 'B', x: 4, y: 0 }, fails: { kind: 'at', point: 'B', x: 4, y: 1 }, reason: /B is at \(4, 0\), expected \(4, 1\) \(off by 1\)/ },
];

for (const { kind, holds, fails, reason } of CASES) {
  test(`checkPredicates passes a true ${kind} fact and fails a false one with the measurement`, () => {
    const good = verdict(holds);
    assert.equal(good.ok, true, good.reason);
    const bad = verdict(fails);
    assert.equal(bad.ok, false);
    assert.match(bad.reason, reason);
  });
}

test('checkPredicates fails a predicate whose point is not labelled, naming the point', () => {
  const result = verdict({ kind: 'midpoint', point: 'Z', a: 'B', b: 'C' });
  assert.deepEqual([result.ok, result.reason], [false, 'point Z not labelled']);
});

test('checkPredicates scales position tolerances with the figure and keeps angles absolute', () => {
  // 0.1 off in a 14-unit figure (0.7% of the diagonal) passes; the same shape drawn 100× larger passes too.
  const nearly = { ...POINTS, M: [2.1, 1.5] as [number, number] };
  assert.equal(verdict({ kind: 'midpoint', point: 'M', a: 'B', b: 'C' }, nearly).ok, true);
  assert.equal(verdict({ kind: 'at', point: 'M', x: 200, y: 150 }, nearly, 100).ok, true);
  assert.equal(verdict({ kind: 'at', point: 'M', x: 200, y: 150 }, { ...POINTS, M: [2.3, 1.5] }, 100).ok, false);
  assert.equal(verdict({ kind: 'midpoint', point: 'M', a: 'B', b: 'C' }, { ...POINTS, M: [2.3, 1.5] }).ok, false);
  assert.equal(verdict({ kind: 'angle', from: 'B', at: 'A', to: 'C', deg: 90 }, POINTS, 100).ok, true);
  assert.equal(verdict({ kind: 'angle', from: 'B', at: 'A', to: 'C', deg: 90 + 2 * TOLERANCE.angleDeg }).ok, false);
});

test('checkPredicates accepts a distance within 2% of the figure diagonal', () => {
  const far = { A: [0, 0] as [number, number], B: [1000, 0] as [number, number] };
  assert.equal(verdict({ kind: 'distance', a: 'A', b: 'B', value: 1015 }, far).ok, true);
  assert.equal(verdict({ kind: 'distance', a: 'A', b: 'B', value: 1030 }, far).ok, false);
});

test('checkPredicates treats a point beyond a segment end as off the segment', () => {
  const result = verdict({ kind: 'onSegment', point: 'X', a: 'A', b: 'N' });
  assert.equal(result.ok, false);
  assert.match(result.reason, /X is 11\.31 from segment AN/);
});

test('checkPredicates reports degenerate figures instead of dividing by zero', () => {
  const same = { A: [1, 1] as [number, number], B: [1, 1] as [number, number], C: [2, 2] as [number, number] };
  assert.match(verdict({ kind: 'angle', from: 'B', at: 'A', to: 'C', deg: 90 }, same).reason, /undefined: a side has length 0/);
  assert.match(verdict({ kind: 'parallel', a: ['A', 'B'], b: ['A', 'C'] }, same).reason, /a segment has length 0/);
  const line = { A: [0, 0] as [number, number], B: [1, 1] as [number, number], C: [2, 2] as [number, number] };
  assert.match(verdict({ kind: 'concyclic', points: ['A', 'B', 'C'] }, line).reason, /no circle passes through them/);
});

test('checkPredicates without a centre fits the circle through the first three points', () => {
  assert.equal(verdict({ kind: 'concyclic', points: ['U', 'V', 'W'] }).ok, true);
  assert.equal(verdict({ kind: 'concyclic', points: ['U', 'V', 'W', 'A'] }).ok, false);
});

test('checkPredicates lets a repeated label stand for the point at any of its anchors', () => {
  // A number line labels 5/3 under its tick and again above the highlighted point.
  const line: ProbedFigure = {
    labels: [
      { text: '0', raw: '$0$', x: 0, y: -0.06 },
      { text: '\\frac{5}{3}', raw: '$\\frac{5}{3}$', x: 5 / 3, y: -0.06 },
      { text: '2', raw: '$2$', x: 2, y: -0.06 },
      { text: '\\frac{5}{3}', raw: '$\\frac{5}{3}$', x: 5 / 3, y: 0 },
    ],
    bounds: { minX: 0, minY: -0.06, maxX: 2, maxY: 0.06 },
  };
  const [holds, fails] = checkPredicates([
    { kind: 'at', point: '\\frac{5}{3}', x: 5 / 3, y: 0 },
    { kind: 'at', point: '\\frac{5}{3}', x: 1, y: 0 },
  ], line);
  assert.equal(holds!.ok, true, holds!.reason);
  assert.equal(fails!.ok, false);
  assert.match(fails!.reason, /is at \(1\.667, -0\.06\), expected \(1, 0\) .*\(and 1 other placements of repeated labels\)$/);
});

test('checkPredicates accepts one point on a circle about a given centre, and two points on some circle', () => {
  assert.equal(verdict({ kind: 'concyclic', points: ['U'], center: 'O' }).ok, true);
  assert.equal(verdict({ kind: 'concyclic', points: ['A', 'B'] }).ok, true);
  assert.match(verdict({ kind: 'concyclic', points: ['Z'], center: 'O' }).reason, /point Z not labelled/);
});
