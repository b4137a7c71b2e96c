import { asyNumber, casualize, joinList, pickPointNames, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { pickPair } from './reflection.ts';
import {
  add, declarePairs, joinCode, labelPoint, lit, phrased, pickAsk, pickVerb, scale, type Vec,
} from './shared.ts';
import { coordList, cyclePath, gridCode, labelVertices, pickLatticePolygon } from './sharedPlane.ts';

/** A lattice polygon dilated about the origin by 2 or 1/2 (written 0.5), on a grid. */
function sampleGridOrigin(rng: Rng): Scene {
  const k = rng.pick([2, 2, 0.5]);
  const count = rng.chance(0.7) ? 3 : 4;
  const names = pickPointNames(rng, count, ['O']);
  const sx = rng.pick([1, -1]), sy = rng.pick([1, -1]);
  const small = pickLatticePolygon(rng, count, [1, 3, 1, 3], () => true, count === 3 ? 1.5 : 2)
    .map(([x, y]): Vec => [sx * x, sy * y]);
  if (sx * sy < 0) small.reverse();
  const pts = k === 0.5 ? small.map((p) => scale(p, 2)) : small;
  const images = pts.map((p) => scale(p, k));
  const [c1, c2] = pickPair(rng);
  const rays = rng.chance(0.5);
  const primes = names.map((n) => `${n}'`);
  const vars = names.map((n) => `${n}p`);
  const kText = asyNumber(k);
  const code = joinCode([
    'size(7cm);',
    ...gridCode(-6, 6),
    declarePairs(names.map((n, i) => [n, lit(pts[i]!)] as const)),
    declarePairs(vars.map((v, i) => [v, `${kText}*${names[i]}`] as const)),
    rays && (k > 1 ? vars : names).map((v) => `draw((0, 0)--${v}, gray+dashed);`).join(' '),
    `draw(${cyclePath(names)}, ${c1.pen});`,
    `draw(${cyclePath(vars)}, ${c2.pen});`,
    'dot((0, 0));',
    labelPoint('O', '(0, 0)', 'SW'),
    ...labelVertices(names, names, pts),
    ...labelVertices(primes, vars, images),
  ]);
  const shape = count === 3 ? 'triangle' : 'quadrilateral';
  const fig = `${shape} ${names.join('')}`;
  const image = primes.join('');
  const kWords = k === 0.5 ? rng.pick(['0.5', 'one half']) : kText;
  const change = k > 1 ? 'enlargement' : 'reduction';
  const rayNote = rays ? ' Draw dashed rays from the origin through the vertices.' : '';
  return {
    code,
    labels: ['x', 'y', 'O', ...names, ...primes],
    predicates: [
      { kind: 'at', point: 'O', x: 0, y: 0 },
      ...names.map((n, i): Predicate => ({ kind: 'at', point: n, x: pts[i]![0], y: pts[i]![1] })),
      ...primes.map((n, i): Predicate => ({ kind: 'at', point: n, x: images[i]![0], y: images[i]![1] })),
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${fig} dilated by a scale factor of ${kWords} centered at the origin.`],
      ['short-2', `Dilation of ${coordList(names, pts)} with center O and k = ${kText}.${rayNote}`],
      ['short-3', `${pickAsk(rng)} an ${change} of ${fig} by scale factor ${kWords} from the origin, image ${image} in ${c2.word}.`],
      ['casual-1', casualize(`dilate ${fig} by ${kWords} from the origin on a graph`, rng)],
      ['casual-2', `how do i dilate ${coordList(names, pts).replace(', and', ' and')} by scale factor ${kText}?? show old and new shape`],
      ['casual-3', casualize(`make ${fig} ${k > 1 ? `${kText} times bigger` : 'half as big'} using the origin as the center`, rng)],
      ['problem-1', `${sentence(fig)} has vertices ${coordList(names, pts)}. Graph its image under a dilation centered at the origin with scale factor ${kWords}.`],
      ['problem-2', `${sentence(image)} is the image of ${fig} after a dilation with center O(0, 0) and scale factor ${kText}. Find ${joinList(primes)} and graph both figures.${rayNote}`],
      ['problem-3', `A dilation with center at the origin and scale factor ${kText} maps ${names[0]}${lit(pts[0]!)} to ${primes[0]}. Apply it to all of ${fig}, drawing the original in ${c1.word}.`],
    ]),
  };
}

/** A triangle dilated about a labelled centre P; dashed rays from P through the vertices, k written on the figure. */
function sampleCenterPoint(rng: Rng): Scene {
  const k = rng.pick([2, 1.5, 3, 0.5]);
  const [A, B, C, P] = pickPointNames(rng, 4, ['O']) as [string, string, string, string];
  const names = [A, B, C];
  const base: Vec[] = [[rng.real(1, 1.6, 1), rng.real(-0.6, 0, 1)], [rng.real(2.2, 2.8, 1), rng.real(0.2, 0.8, 1)], [rng.real(1.2, 1.8, 1), rng.real(1.2, 1.8, 1)]];
  const pts = k === 3 ? base.map((p) => scale(p, 0.7)) : k === 0.5 ? base.map((p) => scale(p, 2)) : base;
  const rounded = pts.map((p): Vec => [Number(p[0].toFixed(1)), Number(p[1].toFixed(1))]);
  const images = rounded.map((p) => scale(p, k));
  const [c1, c2] = pickPair(rng);
  const primes = names.map((n) => `${n}'`);
  const vars = names.map((n) => `${n}p`);
  const kText = asyNumber(k);
  const far = k > 1 ? vars : names;
  const farPts = k > 1 ? images : rounded;
  const code = joinCode([
    'size(6cm);',
    declarePairs([[P, '(0, 0)'], ...names.map((n, i) => [n, lit(rounded[i]!)] as const)]),
    declarePairs(vars.map((v, i) => [v, `${P} + ${kText}*(${names[i]} - ${P})`] as const)),
    far.map((v) => `draw(${P}--${v}, gray+dashed);`).join(' '),
    `draw(${cyclePath(names)}, ${c1.pen});`,
    `draw(${cyclePath(vars)}, ${c2.pen});`,
    `dot(${P});`,
    labelPoint(P, P, 'W'),
    ...labelVertices(names, names, rounded),
    ...labelVertices(primes, vars, images),
    `label("$k = ${kText}$", ${lit(add(farPts[1]!, [0.3, -0.9]))});`,
  ]);
  const fig = `triangle ${names.join('')}`;
  const image = primes.join('');
  const predicates: Predicate[] = [
    { kind: 'collinear', points: [P, A, primes[0]!] },
    { kind: 'collinear', points: [P, B, primes[1]!] },
    { kind: 'parallel', a: [A, B], b: [primes[0]!, primes[1]!] },
  ];
  const kind = k > 1 ? 'enlarged' : 'reduced';
  return {
    code,
    labels: [P, ...names, ...primes, `k = ${kText}`],
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} a dilation of ${fig} with center ${P} and scale factor ${kText}.`],
      ['short-2', `Triangle ${names.join('')} ${kind} by k = ${kText} from point ${P}, rays from ${P} dashed, image ${image}.`],
      ['short-3', `${pickAsk(rng)} the center of dilation ${P}, the original triangle in ${c1.word} and the image in ${c2.word}, scale factor ${kText}.`],
      ['casual-1', casualize(`dilate triangle ${names.join('')} from point ${P} with scale factor ${kText} and draw the lines from ${P}`, rng)],
      ['casual-2', `dilation with center ${P}, k=${kText}, pls show the rays going through the corners`],
      ['casual-3', casualize(`draw ${fig} and a ${kind} copy ${image} using ${P} as the center, factor ${kText}`, rng)],
      ['problem-1', `${sentence(fig)} is dilated with center ${P} and scale factor ${kText} to form ${image}. Draw both triangles and the rays from ${P} through corresponding vertices.`],
      ['problem-2', `In a dilation centered at ${P}, each image point lies on the ray from ${P} through its pre-image, and ${P}${primes[0]} = ${kText} · ${P}${A}. Illustrate with ${fig}.`],
      ['problem-3', `Point ${P} is the center of a dilation with scale factor ${kText}. Show ${fig}, its image ${image}, and label the scale factor on the diagram.`],
    ]),
  };
}

export const DILATION: readonly Template[] = [
  { id: 'dilation/grid-origin', family: 'dilation', grade: '6-8', sample: sampleGridOrigin },
  { id: 'dilation/center-point', family: 'dilation', grade: '9-12', sample: sampleCenterPoint },
];
