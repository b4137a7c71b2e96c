import { COLOURS, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  assemble, centroidOf, declare, freshNames, labelAll, labelToward, mid, minus, nameAll, named, outward,
  pickSymmetry, pt, rightMark, sampleTriangle, sideLabel, ticks, UNITS, withUnit,
} from './shared.ts';
import { asking, Requests, studentOpener, triangleName, verb, when } from './words.ts';

/** A triangle with a median: to any side of a scalene triangle, or to the hypotenuse of a right triangle. */

function sampleOne(rng: Rng): Scene {
  const names = pickPointNames(rng, 3);
  const V = nameAll(names, sampleTriangle(rng));
  const k = rng.int(0, 2);
  const C = V[k]!, [A, B] = [V[(k + 1) % 3]!, V[(k + 2) % 3]!].sort((u, v) => u.name.localeCompare(v.name)) as [typeof C, typeof C];
  const [nM] = freshNames('MDE', names);
  const M = named(nM!, mid(A, B), `midpoint(${A.name}--${B.name})`);
  const center = centroidOf(V);
  const showTicks = rng.chance(0.7);
  const dashed = rng.chance(0.35);
  const colour = rng.chance(0.3) ? rng.pick(COLOURS) : undefined;
  const pens = [dashed ? 'dashed' : '', colour?.pen ?? ''].filter(Boolean).join('+');
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare([M]),
    `draw(${names.join('--')}--cycle);`,
    `draw(${C.name}--${nM}${pens ? `, ${pens}` : ''});`,
    `dot(${nM});`,
    labelAll(V, center),
    labelToward(M, outward(A, B, C)),
    showTicks && `${ticks(A, M, 1)} ${ticks(M, B, 1)}`,
  ]);
  const predicates: Predicate[] = [{ kind: 'midpoint', point: nM!, a: A.name, b: B.name }];
  const tri = names.join(''), side = `${A.name}${B.name}`, med = `${C.name}${nM}`;
  const look = [dashed ? 'dashed' : '', colour?.word ?? ''].filter(Boolean).join(' ');
  const lookText = look ? rng.pick([` as a ${look} segment`, `, ${look}`, ` (${look})`]) : '';
  const tickText = showTicks ? rng.pick([`, tick marks showing ${A.name}${nM} = ${nM}${B.name}`, ', with the two halves marked equal', `, equal halves of ${side} marked`]) : '';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} and its median from ${C.name} to ${side}${lookText}.`);
  r.short('2', `Triangle ${tri} with median ${med}${lookText}${tickText}`);
  r.short('3', asking(rng, `the median of ${triangleName(names, rng, false)} from vertex ${C.name}${lookText}${tickText}`));
  r.casual('1', `a triangle ${tri} with the median from ${C.name} to the midpoint ${nM} of ${side}${look ? ` in ${look}` : ''}`);
  r.student('2', rng.pick([
    `whats a median look like in triangle ${tri.toLowerCase()}? the one from ${C.name}`,
    `${studentOpener(rng)} a median in a triangle ${tri}, from ${C.name} to the middle of ${side}`,
    `median of triangle ${tri.toLowerCase()} from vertex ${C.name.toLowerCase()} pls`,
  ]));
  r.student('3', `triangle ${tri} where ${nM} is the midpoint of ${side}, connect ${C.name} to ${nM}${when(showTicks, ' and mark the halves equal')}${when(!!look, `, ${look} line`)}`);
  r.problem('1', `In ${triangleName(names, rng)}, ${nM} is the midpoint of ${rng.pick([side, `side ${side}`, `$\\overline{${side}}$`])}. ${rng.pick([`Segment ${med} is drawn.`, `Draw ${med}.`, `The median ${med} is drawn.`])}`);
  r.problem('2', `Let ${nM} be the midpoint of side ${side} of triangle ${tri}, so that ${C.name}${nM} is a median.${when(showTicks, ` Mark ${A.name}${nM} and ${nM}${B.name} as congruent.`)}`);
  r.problem('3', rng.pick([
    `${med} is a median of ${triangleName(names, rng)}.`,
    `Triangle ${tri} has median ${med}, with ${nM} on ${side} and ${A.name}${nM} = ${nM}${B.name}.`,
    `The segment joining vertex ${C.name} of triangle ${tri} to the midpoint ${nM} of the opposite side is drawn.`,
  ]));
  return { code, labels: [...names, nM!], predicates, requests: r.items };
}

const RIGHT_LEGS = [[3, 4], [6, 8], [5, 12], [8, 6], [4, 3], [9, 12], [8, 15]] as const;

function sampleRight(rng: Rng): Scene {
  const [a, b] = rng.pick(RIGHT_LEGS);
  const c = Math.hypot(a, b);
  const names = pickPointNames(rng, 3);
  const move = pickSymmetry(rng, 0.5);
  const s = 6 / Math.max(a, b); // drawn so the longer leg is 6 units; labels carry the true lengths
  const [nA, nB, nC] = names as [string, string, string];
  const C = named(nC, move(pt(0, 0))), A = named(nA, move(pt(0, a * s))), B = named(nB, move(pt(b * s, 0)));
  const V = [A, B, C].map((v) => named(v.name, { x: Number(v.x.toFixed(3)), y: Number(v.y.toFixed(3)) }));
  const [vA, vB, vC] = V as [typeof A, typeof A, typeof A];
  const [nM] = freshNames('MDE', names);
  const M = named(nM!, mid(vA, vB), `midpoint(${nA}--${nB})`);
  const center = centroidOf(V);
  const unit = rng.pick(UNITS);
  const aText = withUnit(a, unit), bText = withUnit(b, unit);
  const tickAll = rng.chance(0.5);
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare([M]),
    `draw(${nA}--${nB}--${nC}--cycle);`,
    `draw(${nC}--${nM});`,
    rightMark(vA, vC, vB),
    `dot(${nM});`,
    labelAll(V, center),
    labelToward(M, minus(M, vC)),
    sideLabel(aText, vC, vA, vB),
    sideLabel(bText, vC, vB, vA),
    `${ticks(vA, M, 1)} ${ticks(M, vB, 1)}${tickAll ? ` ${ticks(vC, M, 1)}` : ''}`,
  ]);
  const predicates: Predicate[] = [
    { kind: 'midpoint', point: nM!, a: nA, b: nB },
    { kind: 'angle', from: nA, at: nC, to: nB, deg: 90 },
    { kind: 'equalLength', a: [nC, nM!], b: [nA, nM!] },
  ];
  const tri = names.join(''), hyp = `${nA}${nB}`, med = `${nC}${nM}`;
  const legs = `${nC}${nA} = ${aText} and ${nC}${nB} = ${bText}`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} right triangle ${tri} with the right angle at ${nC}, legs ${aText} and ${bText}, and the median from ${nC} to the hypotenuse.`);
  r.short('2', `Right triangle ${tri}, ${legs}, median ${med} to hypotenuse ${hyp}${when(tickAll, `, with ${med}, ${nA}${nM} and ${nM}${nB} all marked equal`)}`);
  r.short('3', asking(rng, `the median to the hypotenuse of a right triangle with legs ${aText} and ${bText}`));
  r.casual('1', `a right triangle ${tri} legs ${a} and ${b} with the median from the right angle to the hypotenuse`);
  r.student('2', `${studentOpener(rng)} a right triangle w/ the midpoint ${nM} of the hypotenuse connected to ${nC}${rng.pick(['?', '', ' for the proof thing'])}`);
  r.student('3', `right triangle ${tri.toLowerCase()}, right angle at ${nC}, legs ${a} & ${b}, draw ${med} where ${nM} is the midpoint of ${hyp}${when(tickAll, ' and show the three equal pieces')}`);
  r.problem('1', `In right triangle ${tri}, angle ${nC} is a right angle, ${legs}. ${nM} is the midpoint of ${hyp}. Find ${med}.`);
  r.problem('2', `${triangleName(names, rng)} has a right angle at ${nC}. The median ${med} is drawn to hypotenuse ${hyp}.${when(tickAll, ` Show that ${med} = ${nA}${nM} = ${nM}${nB}.`)}`);
  r.problem('3', `The legs of right triangle ${tri} measure ${aText} and ${bText}. Point ${nM} is the midpoint of the hypotenuse, and segment ${med} is drawn.`);
  return { code, labels: [...names, nM!, aText, bText], predicates, requests: r.items };
}

export const TRIANGLE_MEDIAN: readonly Template[] = [
  { id: 'triangle-median/one', family: 'triangle-median', grade: '6-8', sample: sampleOne },
  { id: 'triangle-median/right-hypotenuse', family: 'triangle-median', grade: '9-12', sample: sampleRight },
];
