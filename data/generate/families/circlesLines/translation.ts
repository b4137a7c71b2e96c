import { asyNumber, casualize, joinList, pickPointNames, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { pickPair } from './reflection.ts';
import {
  add, declarePairs, joinCode, lit, phrased, pickAsk, pickVerb, type Vec,
} from './shared.ts';
import { coordList, cyclePath, gridCode, labelVertices, pickLatticePolygon } from './sharedPlane.ts';

function describeShift([a, b]: Vec): string {
  const parts = [
    a !== 0 ? `${Math.abs(a)} unit${Math.abs(a) === 1 ? '' : 's'} ${a > 0 ? 'right' : 'left'}` : '',
    b !== 0 ? `${Math.abs(b)} unit${Math.abs(b) === 1 ? '' : 's'} ${b > 0 ? 'up' : 'down'}` : '',
  ].filter(Boolean);
  return parts.join(' and ');
}

/** The rule (x, y) → (x + a, y + b) as a student writes it. */
function ruleText([a, b]: Vec): string {
  const term = (v: string, d: number): string => (d === 0 ? v : `${v} ${d > 0 ? '+' : '-'} ${Math.abs(d)}`);
  return `(x, y) → (${term('x', a)}, ${term('y', b)})`;
}

/** A lattice polygon slid by a whole-number vector on a grid; the vector appears in the code as v. */
function sampleGridVector(rng: Rng): Scene {
  let v: Vec = [0, 0];
  while (Math.abs(v[0]) + Math.abs(v[1]) < 3 || v[0] === 0 && v[1] === 0) v = [rng.int(-6, 6), rng.int(-5, 5)];
  const count = rng.chance(0.7) ? 3 : 4;
  const names = pickPointNames(rng, count);
  const x0 = rng.int(Math.max(-5, -5 - v[0]), Math.min(5, 5 - v[0]) - 3);
  const y0 = rng.int(Math.max(-5, -5 - v[1]), Math.min(5, 5 - v[1]) - 3);
  const pts = pickLatticePolygon(rng, count, [x0, x0 + 3, y0, y0 + 3]);
  const images = pts.map((p) => add(p, v));
  const [c1, c2] = pickPair(rng);
  const arrows = rng.pick(['all', 'one', 'none'] as const);
  const primes = names.map((n) => `${n}'`);
  const vars = names.map((n) => `${n}p`);
  const code = joinCode([
    'size(7cm);',
    ...gridCode(-6, 6),
    `pair v = ${lit(v)};`,
    declarePairs(names.map((n, i) => [n, lit(pts[i]!)] as const)),
    declarePairs(vars.map((p, i) => [p, `${names[i]} + v`] as const)),
    `draw(${cyclePath(names)}, ${c1.pen});`,
    `draw(${cyclePath(vars)}, ${c2.pen});`,
    arrows === 'all' && names.map((n, i) => `draw(${n}--${vars[i]}, dashed, Arrow);`).join(' '),
    arrows === 'one' && `draw(${names[0]}--${vars[0]}, dashed, Arrow);`,
    ...labelVertices(names, names, pts),
    ...labelVertices(primes, vars, images),
  ]);
  const shape = count === 3 ? 'triangle' : 'quadrilateral';
  const fig = `${shape} ${names.join('')}`;
  const image = primes.join('');
  const move = describeShift(v);
  const vector = `⟨${v[0]}, ${v[1]}⟩`;
  const arrowNote = arrows === 'all' ? ' Draw an arrow from each vertex to its image.' : arrows === 'one' ? ` Draw the translation arrow from ${names[0]} to ${primes[0]}.` : '';
  return {
    code,
    labels: ['x', 'y', ...names, ...primes],
    predicates: [
      ...names.map((n, i): Predicate => ({ kind: 'at', point: n, x: pts[i]![0], y: pts[i]![1] })),
      ...primes.map((n, i): Predicate => ({ kind: 'at', point: n, x: images[i]![0], y: images[i]![1] })),
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${fig} translated ${move} on a coordinate grid.`],
      ['short-2', `Translate ${coordList(names, pts)} by the vector ${vector}; label the image ${image}.`],
      ['short-3', `${pickAsk(rng)} the translation ${ruleText(v)} applied to ${fig}.${arrowNote}`],
      ['casual-1', casualize(`slide ${fig} ${move} on a graph`, rng)],
      ['casual-2', `translation hw: move ${fig} ${move}, i need the before and after${arrows !== 'none' ? ' with arrows' : ''}`],
      ['casual-3', casualize(`shift the ${shape} with points ${coordList(names, pts).replace(', and', ' and')} by ${vector}`, rng)],
      ['problem-1', `${sentence(fig)} has vertices ${coordList(names, pts)}. Graph ${fig} and its image under the translation ${ruleText(v)}.`],
      ['problem-2', `${sentence(fig)} is translated ${move} to form ${image}. Draw the pre-image in ${c1.word} and the image in ${c2.word}, and name the coordinates of ${joinList(primes)}.${arrowNote}`],
      ['problem-3', `The vector ${vector} maps ${names[0]}${lit(pts[0]!)} to ${primes[0]}. Apply the same translation to every vertex of ${fig} and graph the result.`],
    ]),
  };
}

/** A triangle, a free translation vector v drawn beside it, and the image; dashed arrows join matching vertices. */
function sampleVectorArrow(rng: Rng): Scene {
  const names = pickPointNames(rng, 3);
  const v: Vec = [rng.pick([3, 3.5, 4, 4.5, 5]), rng.pick([-2, -1, 0, 1, 1.5, 2])];
  const pts: Vec[] = [[0, 0], [rng.real(1.6, 2.6, 1), rng.real(-0.4, 0.4, 1)], [rng.real(0.2, 1.4, 1), rng.real(1.4, 2.4, 1)]];
  const images = pts.map((p) => add(p, v));
  const [c1, c2] = pickPair(rng);
  const connectors = rng.chance(0.6);
  const tail: Vec = [0, Number((Math.min(0, v[1]) - 1.2 - Math.max(0, v[1])).toFixed(1))];
  const primes = names.map((n) => `${n}'`);
  const vars = names.map((n) => `${n}p`);
  const code = joinCode([
    'size(6cm);',
    `pair v = ${lit(v)};`,
    declarePairs(names.map((n, i) => [n, lit(pts[i]!)] as const)),
    declarePairs(vars.map((p, i) => [p, `${names[i]} + v`] as const)),
    `draw(${cyclePath(names)}, ${c1.pen});`,
    `draw(${cyclePath(vars)}, ${c2.pen});`,
    connectors && names.map((n, i) => `draw(${n}--${vars[i]}, gray+dashed, Arrow);`).join(' '),
    `draw(${lit(tail)}--${lit(tail)} + v, linewidth(1), Arrow);`,
    `label("$\\vec{v}$", ${lit(tail)} + v/2, ${v[1] >= 0 ? 'SE' : 'SW'});`,
    ...labelVertices(names, names, pts),
    ...labelVertices(primes, vars, images),
  ]);
  const fig = `triangle ${names.join('')}`;
  const image = primes.join('');
  const comps = `⟨${asyNumber(v[0])}, ${asyNumber(v[1])}⟩`;
  const connNote = connectors ? ` Join each vertex to its image with a dashed arrow.` : '';
  return {
    code,
    labels: ['v', ...names, ...primes],
    predicates: [
      { kind: 'parallel', a: [names[0]!, primes[0]!], b: [names[1]!, primes[1]!] },
      { kind: 'equalLength', a: [names[0]!, primes[0]!], b: [names[2]!, primes[2]!] },
      { kind: 'equalLength', a: [names[0]!, names[1]!], b: [primes[0]!, primes[1]!] },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${fig} and its translation by vector v = ${comps}.`],
      ['short-2', `Translation of a triangle along a vector v, with the vector drawn as an arrow and the image labelled ${image}.${connNote}`],
      ['short-3', `${pickAsk(rng)} a triangle sliding along vector v, original ${c1.word} and image ${c2.word}.`],
      ['casual-1', casualize(`translate triangle ${names.join('')} using the vector v and show the arrow`, rng)],
      ['casual-2', `can u show what translating by a vector means? like moving ${fig} by ${comps}`],
      ['casual-3', casualize(`slide ${fig} along vector v to get ${image}`, rng)],
      ['problem-1', `${sentence(fig)} is translated by the vector v = ${comps} to produce ${image}. Draw the vector, the triangle and its image.`],
      ['problem-2', `Under a translation, every point moves the same distance in the same direction. Show this with ${fig}, its image ${image}, and the translation vector v.${connNote}`],
      ['problem-3', `The segments ${names.map((n) => `${n}${n}'`).join(', ')} are parallel and congruent to vector v, because ${image} is the image of ${fig} under the translation by v. Illustrate.`],
    ]),
  };
}

export const TRANSLATION: readonly Template[] = [
  { id: 'translation/grid-vector', family: 'translation', grade: '6-8', sample: sampleGridVector },
  { id: 'translation/vector-arrow', family: 'translation', grade: '9-12', sample: sampleVectorArrow },
];
