import { asyNumber, casualize, joinList, pickPointNames, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { pickPair } from './reflection.ts';
import {
  declarePairs, degreeTex, heading, joinCode, labelPoint, length, lit, phrased, pickAsk, pickVerb, polar, type Vec,
} from './shared.ts';
import { coordList, cyclePath, gridCode, labelVertices, pickLatticePolygon } from './sharedPlane.ts';

type Turn = { deg: 90 | 180 | 270; words: string; short: string };

const TURNS: readonly Turn[] = [
  { deg: 90, words: '90° counterclockwise', short: '90° ccw' },
  { deg: 270, words: '90° clockwise', short: '90° cw' },
  { deg: 180, words: '180°', short: '180°' },
  { deg: 270, words: '270° counterclockwise', short: '270° ccw' },
];

function rotateLattice([x, y]: Vec, deg: number): Vec {
  return deg === 90 ? [-y, x] : deg === 180 ? [-x, -y] : [y, -x];
}

/** A lattice polygon rotated about the origin by a quarter or half turn, on a grid. */
function sampleAboutOrigin(rng: Rng): Scene {
  const turn = rng.pick(TURNS);
  const count = rng.chance(0.7) ? 3 : 4;
  const names = pickPointNames(rng, count, ['O']);
  const sx = rng.pick([1, -1]), sy = rng.pick([1, -1]);
  const pts = pickLatticePolygon(rng, count, [1, 5, 1, 5], ([x, y]) => x + y >= 3).map(([x, y]): Vec => [sx * x, sy * y]);
  if (sx * sy < 0) pts.reverse();
  const images = pts.map((p) => rotateLattice(p, turn.deg));
  const [c1, c2] = pickPair(rng);
  const showArc = rng.chance(0.5);
  const primes = names.map((n) => `${n}'`);
  const vars = names.map((n) => `${n}p`);
  const signed = turn.words.includes('clockwise') && !turn.words.includes('counter') ? -90 : turn.deg;
  const code = joinCode([
    'size(7cm);',
    ...gridCode(-6, 6),
    declarePairs(names.map((n, i) => [n, lit(pts[i]!)] as const)),
    `transform t = rotate(${signed});`,
    declarePairs(vars.map((v, i) => [v, `t*${names[i]}`] as const)),
    `draw(${cyclePath(names)}, ${c1.pen});`,
    `draw(${cyclePath(vars)}, ${c2.pen});`,
    showArc && `draw(arc((0, 0), abs(${names[0]}), degrees(${names[0]}), degrees(${names[0]}) ${signed < 0 ? '-' : '+'} ${Math.abs(signed)}), dashed, Arrow);`,
    'dot((0, 0));',
    labelPoint('O', '(0, 0)', 'SW'),
    ...labelVertices(names, names, pts),
    ...labelVertices(primes, vars, images),
  ]);
  const shape = count === 3 ? 'triangle' : 'quadrilateral';
  const fig = `${shape} ${names.join('')}`;
  const image = primes.join('');
  const arcNote = showArc ? ` Show the turn with a dashed arc from ${names[0]} to ${primes[0]}.` : '';
  return {
    code,
    labels: ['x', 'y', 'O', ...names, ...primes],
    predicates: [
      { kind: 'at', point: 'O', x: 0, y: 0 },
      ...names.map((n, i): Predicate => ({ kind: 'at', point: n, x: pts[i]![0], y: pts[i]![1] })),
      ...primes.map((n, i): Predicate => ({ kind: 'at', point: n, x: images[i]![0], y: images[i]![1] })),
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${fig} rotated ${turn.words} about the origin, image labelled ${image}.`],
      ['short-2', `Rotate ${coordList(names, pts)} by ${turn.short} around O on a grid.${arcNote}`],
      ['short-3', `${pickAsk(rng)} a ${turn.words} rotation of ${fig} about the origin, original in ${c1.word} and image in ${c2.word}.`],
      ['casual-1', casualize(`rotate ${fig} ${turn.words} around the origin on a graph`, rng)],
      ['casual-2', `how do u rotate a shape ${turn.words}?? my points are ${coordList(names, pts).replace(', and', ' and')}`],
      ['casual-3', casualize(`turn ${fig} ${turn.words} about the origin and label the new one ${image}`, rng)],
      ['problem-1', `${sentence(fig)} has vertices ${coordList(names, pts)}. Graph its image after a rotation of ${turn.words} about the origin.`],
      ['problem-2', `${sentence(image)} is the image of ${fig} under a ${turn.words} rotation centered at O. Give the coordinates of ${joinList(primes)} and sketch both figures.${arcNote}`],
      ['problem-3', `On the coordinate plane, ${fig} is turned ${turn.words} about the origin O. Plot the pre-image in ${c1.word} and the image ${image} in ${c2.word}.`],
    ]),
  };
}

/** A triangle rotated about a labelled centre by a marked angle, using Asymptote's rotate transform. */
function sampleAboutPoint(rng: Rng): Scene {
  const theta = rng.pick([45, 60, 70, 75, 80, 90, 100, 110, 120, 135, 150]);
  const clockwise = rng.chance(0.35);
  const [A, B, C] = pickPointNames(rng, 3, ['O']) as [string, string, string];
  const base = clockwise ? rng.int(60, 100) : rng.int(-40, 0);
  const pts: Vec[] = [polar(rng.real(1.8, 2.4, 1), base), polar(rng.real(3.2, 3.8, 1), base + rng.int(8, 14)), polar(rng.real(2.4, 3, 1), base + rng.int(22, 30))]
    .map((p): Vec => [Number(p[0].toFixed(1)), Number(p[1].toFixed(1))]);
  const signed = clockwise ? -theta : theta;
  const images = pts.map((p) => polar(length(p), heading([0, 0], p) + signed));
  const [c1, c2] = pickPair(rng);
  const names = [A, B, C], primes = names.map((n) => `${n}'`), vars = names.map((n) => `${n}p`);
  const mid = heading([0, 0], pts[0]!) + signed / 2;
  const code = joinCode([
    'size(6cm);',
    declarePairs([['O', '(0, 0)'], ...names.map((n, i) => [n, lit(pts[i]!)] as const)]),
    `transform t = rotate(${signed}, O);`,
    declarePairs(vars.map((v, i) => [v, `t*${names[i]}`] as const)),
    `draw(${cyclePath(names)}, ${c1.pen});`,
    `draw(${cyclePath(vars)}, ${c2.pen});`,
    `draw(${A}--O--${vars[0]}, dashed);`,
    `draw(arc(O, 0.7, degrees(${A}), degrees(${A}) ${signed < 0 ? '-' : '+'} ${theta}), Arrow);`,
    `label("$${degreeTex(theta)}$", ${asyNumber(theta < 60 ? 1.5 : 1.15)}*dir(${asyNumber(mid, 1)}));`,
    'dot(O);',
    labelPoint('O', 'O', 'SW'),
    ...labelVertices(names, names, pts),
    ...labelVertices(primes, vars, images),
  ]);
  const direction = clockwise ? 'clockwise' : 'counterclockwise';
  const fig = `triangle ${names.join('')}`;
  const image = primes.join('');
  return {
    code,
    labels: ['O', ...names, ...primes, `${theta}°`],
    predicates: [
      { kind: 'angle', from: A, at: 'O', to: primes[0]!, deg: theta },
      { kind: 'equalLength', a: ['O', A], b: ['O', primes[0]!] },
      { kind: 'equalLength', a: [A, B], b: [primes[0]!, primes[1]!] },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${fig} rotated ${theta}° ${direction} about point O.`],
      ['short-2', `Rotation of a triangle about O by ${theta}° ${direction}, with the angle ${A}O${primes[0]} marked.`],
      ['short-3', `${pickAsk(rng)} ${fig} and its image ${image} under a ${theta}-degree ${direction} rotation.`],
      ['casual-1', casualize(`rotate a triangle ${theta} degrees ${direction} around a point O and show the angle`, rng)],
      ['casual-2', `need a rotation pic: ${fig} turned ${theta}° ${direction} about O, ${c1.word} for the original and ${c2.word} for the new one`],
      ['casual-3', casualize(`spin ${fig} around O by ${theta} degrees ${direction}`, rng)],
      ['problem-1', `${sentence(fig)} is rotated ${theta}° ${direction} about point O to form ${image}. Draw both triangles and the angle of rotation ${A}O${primes[0]}.`],
      ['problem-2', `Under a rotation about O, ${A} maps to ${primes[0]}, ${B} to ${primes[1]}, and ${C} to ${primes[2]}. The angle of rotation is ${theta}° ${direction}, so O${A} = O${primes[0]}.`],
      ['problem-3', `Point O is the center of rotation. Show ${fig} in ${c1.word}, its image after a ${direction} rotation of ${theta}° in ${c2.word}, and dashed segments O${A} and O${primes[0]}.`],
    ]),
  };
}

export const ROTATION: readonly Template[] = [
  { id: 'rotation/about-origin', family: 'rotation', grade: '6-8', sample: sampleAboutOrigin },
  { id: 'rotation/about-point', family: 'rotation', grade: '9-12', sample: sampleAboutPoint },
];
