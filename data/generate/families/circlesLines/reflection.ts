import { casualize, COLOURS, joinList, pickPointNames, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  add, declarePairs, joinCode, lit, phrased, pickAsk, pickVerb, polar, scale, type Vec,
} from './shared.ts';
import { coordList, cyclePath, gridCode, labelVertices, pickLatticePolygon } from './sharedPlane.ts';

type Mirror = 'x-axis' | 'y-axis' | 'y = x' | 'y = -x';

const MIRRORS: Record<Mirror, { keep: (p: Vec) => boolean; image: (p: Vec) => Vec; box: (rng: Rng) => [number, number, number, number] }> = {
  'x-axis': { keep: () => true, image: ([x, y]) => [x, -y], box: (rng) => { const x0 = rng.int(-5, 1); return [x0, x0 + 4, 1, 5]; } },
  'y-axis': { keep: () => true, image: ([x, y]) => [-x, y], box: (rng) => { const y0 = rng.int(-5, 1); return [1, 5, y0, y0 + 4]; } },
  'y = x': { keep: ([x, y]) => x - y >= 2, image: ([x, y]) => [y, x], box: () => [0, 5, -4, 2] },
  'y = -x': { keep: ([x, y]) => x + y >= 2, image: ([x, y]) => [-y, -x], box: () => [0, 5, -2, 4] },
};

/** Two distinct colours for a figure and its image. */
export function pickPair(rng: Rng): [(typeof COLOURS)[number], (typeof COLOURS)[number]] {
  const [a, b] = rng.sample(COLOURS.filter((c) => c.word !== 'gray'), 2);
  return [a!, b!];
}

/** A lattice triangle or quadrilateral reflected in an axis or in y = ±x on a coordinate grid. */
function sampleCoordinateReflection(rng: Rng): Scene {
  const mirror = rng.pick(Object.keys(MIRRORS) as Mirror[]);
  const spec = MIRRORS[mirror];
  const count = rng.chance(0.7) ? 3 : 4;
  const names = pickPointNames(rng, count);
  const pts = pickLatticePolygon(rng, count, spec.box(rng), spec.keep);
  const images = pts.map(spec.image);
  const [c1, c2] = pickPair(rng);
  const dashedImage = rng.chance(0.3);
  const primes = names.map((n) => `${n}'`);
  const vars = names.map((n) => `${n}p`);
  const code = joinCode([
    'size(7cm);',
    ...gridCode(-6, 6),
    mirror === 'y = x' && 'draw((-6, -6)--(6, 6), dashed);',
    mirror === 'y = -x' && 'draw((-6, 6)--(6, -6), dashed);',
    mirror === 'y = x' && 'label("$y = x$", (6, 6), NE);',
    mirror === 'y = -x' && 'label("$y = -x$", (6, -6), SE);',
    declarePairs(names.map((n, i) => [n, lit(pts[i]!)] as const)),
    declarePairs(vars.map((v, i) => [v, lit(images[i]!)] as const)),
    `draw(${cyclePath(names)}, ${c1.pen});`,
    `draw(${cyclePath(vars)}, ${c2.pen}${dashedImage ? '+dashed' : ''});`,
    ...labelVertices(names, names, pts),
    ...labelVertices(primes, vars, images),
  ]);
  const shape = count === 3 ? 'triangle' : 'quadrilateral';
  const fig = `${shape} ${names.join('')}`;
  const imageName = primes.join('');
  const mirrorWords = mirror.includes('=') ? `the line ${mirror}` : `the ${mirror}`;
  const colourNote = ` Draw the original in ${c1.word} and the image in ${c2.word}${dashedImage ? ' (dashed)' : ''}.`;
  const labels = ['x', 'y', ...names, ...primes, ...(mirror.includes('=') ? [mirror] : [])];
  return {
    code,
    labels,
    predicates: [
      ...names.map((n, i): Predicate => ({ kind: 'at', point: n, x: pts[i]![0], y: pts[i]![1] })),
      ...primes.map((n, i): Predicate => ({ kind: 'at', point: n, x: images[i]![0], y: images[i]![1] })),
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${fig} and its reflection over ${mirrorWords} on a coordinate grid, labelled ${imageName}.`],
      ['short-2', `${sentence(shape)} with vertices ${coordList(names, pts)}, reflected across ${mirrorWords}.`],
      ['short-3', `${pickAsk(rng)} a reflection of ${fig} in ${mirrorWords}, showing both figures.${colourNote}`],
      ['casual-1', casualize(`reflect ${fig} over ${mirrorWords} on a graph`, rng)],
      ['casual-2', `how do i reflect ${coordList(names, pts).replace(', and', ' and')} across ${mirrorWords}?? show the new shape`],
      ['casual-3', casualize(`flip ${fig} over ${mirrorWords} and label the new points ${primes.join(' ')}`, rng)],
      ['problem-1', `${sentence(fig)} has vertices ${coordList(names, pts)}. Graph ${fig} and its image ${imageName} after a reflection across ${mirrorWords}.`],
      ['problem-2', `The image of ${fig} under a reflection in ${mirrorWords} is ${imageName}. Find the coordinates of ${joinList(primes)} and draw both figures.${colourNote}`],
      ['problem-3', `On the coordinate plane, plot ${coordList(primes, images)}, the images of ${joinList(names)} under reflection over ${mirrorWords}, together with the original ${shape}.`],
    ]),
  };
}

/** A triangle reflected in a slanted mirror line m, using Asymptote's reflect transform. */
function sampleMirrorLine(rng: Rng): Scene {
  const theta = rng.pick([45, 60, 75, 90, 105, 120, 135]);
  const names = pickPointNames(rng, 3);
  const u = polar(1, theta), n = polar(1, theta - 90);
  const local: Vec[] = [[rng.real(-1.8, -0.6, 1), rng.real(0.6, 1.4, 1)], [rng.real(0.6, 1.8, 1), rng.real(0.8, 1.6, 1)], [rng.real(-0.5, 0.8, 1), rng.real(2.2, 3, 1)]];
  const pts = local.map(([s, t]) => add(scale(u, s), scale(n, t)));
  const rounded = pts.map((p): Vec => [Number(p[0].toFixed(1)), Number(p[1].toFixed(1))]);
  const images = rounded.map((p): Vec => {
    const along = p[0] * u[0] + p[1] * u[1];
    return [2 * along * u[0] - p[0], 2 * along * u[1] - p[1]];
  });
  const [c1, c2] = pickPair(rng);
  const connectors = rng.chance(0.5);
  const primes = names.map((x) => `${x}'`);
  const vars = names.map((x) => `${x}p`);
  const code = joinCode([
    'size(6cm);',
    `transform r = reflect((0, 0), dir(${theta}));`,
    declarePairs(names.map((x, i) => [x, lit(rounded[i]!)] as const)),
    declarePairs(vars.map((v, i) => [v, `r*${names[i]}`] as const)),
    `draw(3.5*dir(${theta + 180})--3.5*dir(${theta}), dashed);`,
    `label("$m$", 3.5*dir(${theta}), ${theta < 90 ? 'NE' : theta > 90 ? 'NW' : 'N'});`,
    `draw(${cyclePath(names)}, ${c1.pen});`,
    `draw(${cyclePath(vars)}, ${c2.pen});`,
    connectors && names.map((x, i) => `draw(${x}--${vars[i]}, gray+dotted);`).join(' '),
    ...labelVertices(names, names, rounded),
    ...labelVertices(primes, vars, images),
  ]);
  const fig = `triangle ${names.join('')}`;
  const connNote = connectors ? ` Connect each vertex to its image with a dotted segment.` : '';
  const predicates: Predicate[] = [
    { kind: 'equalLength', a: [names[0]!, names[1]!], b: [primes[0]!, primes[1]!] },
    { kind: 'equalLength', a: [names[1]!, names[2]!], b: [primes[1]!, primes[2]!] },
    { kind: 'equalLength', a: [names[0]!, names[2]!], b: [primes[0]!, primes[2]!] },
  ];
  return {
    code,
    labels: ['m', ...names, ...primes],
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${fig} and its mirror image ${primes.join('')} across line m.`],
      ['short-2', `Reflection of a triangle in a dashed line m, original ${c1.word}, image ${c2.word}.${connNote}`],
      ['short-3', `${pickAsk(rng)} ${fig} reflected over a slanted line.`],
      ['casual-1', casualize(`reflect triangle ${names.join('')} over line m and label the image with primes`, rng)],
      ['casual-2', `mirror image of a triangle over a line that isnt the x or y axis, can u show it${connectors ? ' with the dotted lines connecting the points' : ''}`],
      ['casual-3', casualize(`draw ${fig} and flip it across the dashed line m`, rng)],
      ['problem-1', `${sentence(fig)} is reflected in line m to give triangle ${primes.join('')}. Draw both triangles and the line of reflection.${connNote}`],
      ['problem-2', `Line m is the perpendicular bisector of each segment joining a point to its image. Illustrate this with ${fig} and its reflection ${primes.join('')}${connectors ? ', drawing segments ' + names.map((x) => `${x}${x}'`).join(', ') : ''}.`],
      ['problem-3', `Under the reflection across m, ${joinList(names)} are mapped to ${joinList(primes)}. Show the pre-image in ${c1.word} and the image in ${c2.word}.`],
    ]),
  };
}

export const REFLECTION: readonly Template[] = [
  { id: 'reflection/coordinate-axis', family: 'reflection', grade: '6-8', sample: sampleCoordinateReflection },
  { id: 'reflection/mirror-line', family: 'reflection', grade: '9-12', sample: sampleMirrorLine },
];
