import { COLOURS, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  assemble, centroidOf, declare, dist, footOf, freshNames, labelAll, labelToward, minus, named, pickSymmetry, pt,
  rightMark, sideLabel, UNITS, withUnit, type Named,
} from './shared.ts';
import { an, asking, Requests, sentenceCase, studentOpener, triangleName, verb, when } from './words.ts';

/** A triangle with the altitude from one vertex: foot inside the base (acute) or on the extended base (obtuse). */

function sampleAltitude(rng: Rng, obtuse: boolean): Scene {
  const base = rng.int(5, 8);
  const h = rng.int(3, 5);
  let p: number;
  if (obtuse) p = rng.chance(0.5) ? -rng.int(2, 3) : base + rng.int(2, 3);
  else do p = rng.int(1, base - 1); while (h * h <= p * (base - p));
  const move = pickSymmetry(rng, 0.55);
  const names = pickPointNames(rng, 3);
  const apexAt = rng.int(0, 2);
  const order = [(apexAt + 1) % 3, (apexAt + 2) % 3].sort();
  const [nA, nB, nC] = [names[order[0]!]!, names[order[1]!]!, names[apexAt]!];
  const A = named(nA, move(pt(0, 0))), B = named(nB, move(pt(base, 0))), C = named(nC, move(pt(p, h)));
  const [nD] = freshNames('DHEF', names);
  const D = named(nD!, footOf(C, A, B), `foot(${nC}, ${nA}, ${nB})`);
  const tri = [A, B, C].sort((u, v) => u.name.localeCompare(v.name));
  const center = centroidOf(tri);
  // the base endpoint nearer the foot (obtuse) or farther from it (acute) gives the right-angle mark room
  const near = dist(D, A) < dist(D, B) ? A : B, far = near === A ? B : A;
  const markTo = obtuse ? near : far;
  const dashed = rng.chance(0.5);
  const colour = rng.chance(0.3) ? rng.pick(COLOURS) : undefined;
  const pens = [dashed ? 'dashed' : '', colour?.pen ?? ''].filter(Boolean).join('+');
  const showDims = rng.chance(0.5);
  const unit = rng.pick(UNITS);
  const hText = withUnit(h, unit), bText = withUnit(base, unit);
  const code = assemble([
    'size(6cm);',
    declare(tri),
    declare([D]),
    `draw(${tri.map((v) => v.name).join('--')}--cycle);`,
    obtuse && `draw(${near.name}--${nD}, dashed);`,
    `draw(${nC}--${nD}${pens ? `, ${pens}` : ''});`,
    rightMark(C, D, markTo),
    `dot(${nD});`,
    labelAll(tri, center),
    labelToward(D, minus(D, C)),
    showDims && sideLabel(hText, D, C, markTo),
    showDims && sideLabel(bText, A, B, C),
  ]);
  const predicates: Predicate[] = [
    { kind: 'perpendicular', a: [nC, nD!], b: [nA, nB] },
    obtuse ? { kind: 'collinear', points: [nA, nB, nD!] } : { kind: 'onSegment', point: nD!, a: nA, b: nB },
  ];
  if (showDims) predicates.push({ kind: 'distance', a: nC, b: nD!, value: h }, { kind: 'distance', a: nA, b: nB, value: base });

  const triText = tri.map((v) => v.name).join('');
  const kind = obtuse ? 'obtuse' : rng.pick(['acute', '']);
  const side = `${nA}${nB}`, alt = `${nC}${nD}`;
  const look = [dashed ? 'dashed' : '', colour?.word ?? ''].filter(Boolean).join(' ');
  const lookText = look ? rng.pick([` as a ${look} line`, `, ${look}`, ` (${look})`]) : '';
  const dimText = showDims ? rng.pick([`, base ${bText} and height ${hText}`, ` with base ${side} = ${bText} and height ${hText}`]) : '';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(kind || 'triangle')}${kind ? ' triangle' : ''} ${triText} with the altitude from ${nC} to ${obtuse ? `the extension of ${side}` : side}${lookText}.`);
  r.short('2', `${kind ? `${kind} ` : ''}triangle ${triText}${dimText}, altitude ${alt}${lookText}, foot ${nD} marked with a right angle`);
  r.short('3', asking(rng, showDims ? `a triangle with base ${bText} and height ${hText}, showing the height${lookText} with a right-angle mark` : `the height of ${triangleName(tri.map((v) => v.name), rng, false)} from vertex ${nC}${lookText}`));
  r.casual('1', `a triangle ${triText} with altitude ${alt} drawn to ${obtuse ? `line ${side}` : side}${look ? ` make it ${look}` : ''}`);
  r.student('2', `${studentOpener(rng)} the altitude of ${an(kind || 'triangle')}${kind ? ' triangle' : ''} from ${nC}${rng.pick(['?', '', ' with the right angle box', ' idk where it goes'])}`);
  r.student('3', obtuse
    ? `${rng.pick(['height', 'altitude'])} of an obtuse triangle ${triText.toLowerCase()}, the one that lands outside the triangle so u extend ${side}${rng.pick(['', ' pls', ' thx'])}`
    : `${rng.pick(['whats', 'what does'])} an altitude look like in triangle ${triText.toLowerCase()}? from ${nC} down to ${side}${when(showDims, `, base ${base} height ${h}`)}`);
  const cd = rng.pick([alt, `segment ${alt}`, `$\\overline{${alt}}$`]);
  r.problem('1', `In ${triangleName(tri.map((v) => v.name), rng)}, ${cd} is the altitude from ${nC} to ${obtuse ? `line ${side}` : side}.${when(showDims, ` ${side} = ${bText} and ${alt} = ${hText}.`)}`);
  r.problem('2', obtuse
    ? `${rng.pick([`In ${triangleName(tri.map((v) => v.name), rng)}, angle ${near.name} is obtuse.`, `${sentenceCase(triangleName(tri.map((v) => v.name), rng, false))} is obtuse at ${near.name}.`])} Point ${nD} lies on ${side} extended beyond ${near.name} so that ${alt} ⊥ ${side}.`
    : `Point ${nD} lies on ${side} such that ${alt} is perpendicular to ${side}.${when(showDims, ` The base ${side} is ${bText} and the height ${alt} is ${hText}.`)}`);
  r.problem('3', showDims
    ? `A triangle has a base of ${bText} and a height of ${hText}. Draw triangle ${triText} with the height ${alt} shown and find its area.`
    : `Let ${triText} be ${an(kind || 'triangle')}${kind ? ' triangle' : ''} and let ${nD} be the foot of the perpendicular from ${nC} to line ${side}.`);
  r.problem('4', `${sentence3(rng, nC, nD!, side, obtuse)}`);
  return { code, labels: [...names, nD!, ...(showDims ? [hText, bText] : [])], predicates, requests: r.items };
}

function sentence3(rng: Rng, apex: string, foot: string, side: string, obtuse: boolean): string {
  return rng.pick([
    `The altitude from vertex ${apex} meets ${obtuse ? `the extension of ${side}` : side} at ${foot}, forming a right angle.`,
    `Draw the altitude from ${apex} ${obtuse ? `to line ${side}; it falls outside the triangle at ${foot}` : `to ${side}, with foot ${foot}`}.`,
    `Segment ${apex}${foot} is drawn perpendicular to ${obtuse ? `line ${side}` : side}, with ${foot} on ${obtuse ? 'the extended base' : side}.`,
  ]);
}

export const TRIANGLE_ALTITUDE: readonly Template[] = [
  { id: 'triangle-altitude/acute', family: 'triangle-altitude', grade: '6-8', sample: (rng) => sampleAltitude(rng, false) },
  { id: 'triangle-altitude/obtuse', family: 'triangle-altitude', grade: '9-12', sample: (rng) => sampleAltitude(rng, true) },
];
