import { asyNumber } from '../../phrase.ts';
import type { Rng } from '../../types.ts';
import { away, centroidOf, labelPoint, length, type Vec } from './shared.ts';

/** Helpers for transformations on the coordinate plane: grid, lattice figures, vertex labels, coordinate lists. */

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
function coordText(p: Vec): string {
  return `(${asyNumber(p[0], 2)}, ${asyNumber(p[1], 2)})`;
}

/** A lattice polygon (3 or 4 vertices, convex, counterclockwise) inside the box whose vertices all pass `keep`. */
export function pickLatticePolygon(
  rng: Rng, count: 3 | 4, box: readonly [number, number, number, number], keep: (p: Vec) => boolean = () => true,
  minArea = count === 3 ? 3.5 : 4.5,
): Vec[] {
  const [x0, x1, y0, y1] = box;
  for (let tries = 0; tries < 3000; tries++) {
    const pts = Array.from({ length: count }, (): Vec => [rng.int(x0, x1), rng.int(y0, y1)]);
    if (!pts.every(keep)) continue;
    const c = centroidOf(pts);
    pts.sort((p, q) => Math.atan2(p[1] - c[1], p[0] - c[0]) - Math.atan2(q[1] - c[1], q[0] - c[0]));
    if (isConvexEnough(pts, minArea)) return pts;
  }
  throw new Error(`no lattice polygon in box ${box.join(',')}`);
}

function isConvexEnough(pts: readonly Vec[], minArea: number): boolean {
  let area = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!, b = pts[(i + 1) % pts.length]!, c = pts[(i + 2) % pts.length]!;
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (cross < 2) return false;
    area += a[0] * b[1] - b[0] * a[1];
    if (length(a, b) < 1.9) return false;
  }
  return area / 2 >= minArea;
}

/** "A(1, 2), B(4, 1), and C(3, 5)". */
export function coordList(names: readonly string[], pts: readonly Vec[]): string {
  const parts = names.map((n, i) => `${n}${coordText(pts[i]!)}`);
  return parts.length === 2 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
}

/** Labels for polygon vertices, each pushed away from the polygon's centroid. */
export function labelVertices(texts: readonly string[], variables: readonly string[], pts: readonly Vec[]): string[] {
  const c = centroidOf(pts);
  return texts.map((t, i) => labelPoint(t, variables[i]!, away(c, pts[i]!)));
}

/** `A--B--C--cycle`. */
export function cyclePath(variables: readonly string[]): string {
  return `${variables.join('--')}--cycle`;
}
