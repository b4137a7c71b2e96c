import { casualize, joinList, pickPointNames, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  add, declarePairs, dotAll, joinCode, labelPoint, lengthLabel, lengthText, lengthWords, lit, markScaleLine, phrased,
  pickAsk, pickColour, pickUnit, pickVerb, polar, polarLit, type Vec,
} from './shared.ts';

type Kind = 'line' | 'ray' | 'segment';

const ARROWS: Record<Kind, string> = { line: ', Arrows', ray: ', Arrow', segment: '' };

/** A line runs past both points, a ray starts at its first point and runs past the second. */
const PATHS: Record<Kind, (a: string, b: string) => string> = {
  line: (a, b) => `interp(${a}, ${b}, -0.25)--interp(${a}, ${b}, 1.25)`,
  ray: (a, b) => `${a}--interp(${a}, ${b}, 1.3)`,
  segment: (a, b) => `${a}--${b}`,
};

/** A line, a ray and/or a segment, each through two named points, one per row (a vocabulary exercise). */
function sampleBasicFigures(rng: Rng): Scene {
  const kinds = rng.pick([['line', 'ray', 'segment'], ['line', 'ray', 'segment'], ['ray', 'segment'], ['line', 'segment'], ['line', 'ray'], ['ray'], ['line']] as Kind[][]);
  const order = rng.chance(0.5) ? rng.shuffle(kinds) : kinds;
  const names = pickPointNames(rng, order.length * 2);
  const colour = rng.chance(0.3) ? pickColour(rng) : null;
  const rows = order.map((kind, i) => {
    const tilt = rng.int(-6, 6);
    const start: Vec = [rng.real(-0.5, 0.5, 1), -2.6 * i];
    const end = add(start, polar(rng.real(3.5, 4.5, 1), tilt));
    return { kind, a: names[2 * i]!, b: names[2 * i + 1]!, pa: start, pb: [Number(end[0].toFixed(1)), Number(end[1].toFixed(1))] as Vec, tilt };
  });
  const code = joinCode([
    'size(5cm);',
    declarePairs(rows.flatMap((r) => [[r.a, lit(r.pa)], [r.b, lit(r.pb)]] as const)),
    ...rows.map((r) => `draw(${PATHS[r.kind](r.a, r.b)}${colour ? `, ${colour.pen}` : ''}${ARROWS[r.kind]});`),
    dotAll(names),
    ...rows.flatMap((r) => [labelPoint(r.a, r.a, 'S'), labelPoint(r.b, r.b, r.kind === 'segment' ? 'S' : 'N')]),
  ]);
  const described = rows.map((r) => `${r.kind} ${r.a}${r.b}`);
  const predicates: Predicate[] = rows.flatMap((r) => [
    { kind: 'at', point: r.a, x: r.pa[0], y: r.pa[1] } as Predicate, { kind: 'at', point: r.b, x: r.pb[0], y: r.pb[1] } as Predicate,
  ]);
  const rayNote = rows.find((r) => r.kind === 'ray');
  const colourNote = colour ? ` Use ${colour.word}.` : '';
  const kindsWords = joinList(order.map((k) => `a ${k}`));
  return {
    code,
    labels: names,
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${joinList(described)}.`],
      ['short-2', `Show the difference between ${order.length > 1 ? kindsWords : `a ${order[0]} and its endpoints`}, each with two labelled points.${colourNote}`],
      ['short-3', `${pickAsk(rng)} ${joinList(described)}, with arrows where the figure goes on forever.`],
      ['casual-1', casualize(`draw ${joinList(described)} for geometry vocab`, rng)],
      ['casual-2', `whats the difference between ${order.length > 1 ? order.join(' and ') : `a ${order[0]} and a segment`}? show ${described[0]}${rayNote ? ` and make sure ray ${rayNote.a}${rayNote.b} starts at ${rayNote.a}` : ''}`],
      ['casual-3', casualize(`need ${kindsWords} drawn with points ${joinList(names)}`, rng)],
      ['problem-1', `Name and draw each figure: ${rows.map((r) => `${r.kind} ${r.a}${r.b}`).join('; ')}. Use arrowheads to show which figures extend without end.`],
      ['problem-2', `${rows.map((r) => r.kind === 'line' ? `A line passes through ${r.a} and ${r.b}.` : r.kind === 'ray' ? `A ray starts at ${r.a} and passes through ${r.b}.` : `A segment has endpoints ${r.a} and ${r.b}.`).join(' ')} Draw ${order.length > 1 ? 'them' : 'it'}.${colourNote}`],
      ['problem-3', `Points ${joinList(names)} are marked. ${sentence(joinList(described))} ${order.length > 1 ? 'are' : 'is'} drawn through them. Show the correct arrowheads and endpoints.`],
    ]),
  };
}

/** Segment AB with its midpoint M, congruent halves marked with ticks, lengths optionally given. */
function sampleMidpoint(rng: Rng): Scene {
  const [A, M, B] = rng.chance(0.5) ? ['A', 'M', 'B'] : (() => { const [a, b, m] = pickPointNames(rng, 3); return [a!, m!, b!]; })();
  const half = rng.pick([2, 3, 4, 5, 2.5, 3.5, 6]);
  const unit = pickUnit(rng);
  const tilt = rng.pick([0, 0, 0, 10, -10, 20, 30]);
  const lengths = rng.pick(['none', 'halves', 'whole', 'algebra'] as const);
  const algebra = lengths === 'algebra' ? pickHalves(rng, half) : null;
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(2 * half * 0.6),
    declarePairs([[A, '(0, 0)'], [B, polarLit(2 * half, tilt)]]),
    declarePairs([[M, `midpoint(${A}--${B})`]]),
    `draw(${A}--${B});`,
    `add(pathticks(${A}--${M})); add(pathticks(${M}--${B}));`,
    dotAll([A, M, B]),
    labelPoint(A, A, tilt > 0 ? 'SE' : 'S'),
    labelPoint(M, M, tilt > 0 ? 'SE' : 'S'),
    labelPoint(B, B, tilt > 0 ? 'SE' : 'S'),
    lengths === 'halves' && lengthLabel(half, unit, `midpoint(${A}--${M})`, '2*N'),
    lengths === 'halves' && lengthLabel(half, unit, `midpoint(${M}--${B})`, '2*N'),
    lengths === 'whole' && lengthLabel(2 * half, unit, `midpoint(${A}--${B})`, 'N'),
    algebra && `label("$${algebra[0]}$", midpoint(${A}--${M}), 2*N);`,
    algebra && `label("$${algebra[1]}$", midpoint(${M}--${B}), 2*N);`,
  ]);
  const hText = lengthWords(half, unit, rng), wText = lengthWords(2 * half, unit, rng);
  const labels = [A, M, B];
  if (lengths === 'halves') labels.push(lengthText(half, unit));
  if (lengths === 'whole') labels.push(lengthText(2 * half, unit));
  if (algebra) labels.push(...algebra);
  const given = lengths === 'halves' ? `${A}${M} = ${M}${B} = ${hText}` : lengths === 'whole' ? `${A}${B} = ${wText}` : algebra ? `${A}${M} = ${algebra[0]} and ${M}${B} = ${algebra[1]}` : '';
  return {
    code,
    labels,
    predicates: [
      { kind: 'midpoint', point: M, a: A, b: B },
      { kind: 'distance', a: A, b: M, value: half },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} segment ${A}${B} with midpoint ${M}${given ? `, ${given}` : ''}.`],
      ['short-2', `Midpoint ${M} of ${A}${B}, tick marks on the two equal halves.`],
      ['short-3', `${pickAsk(rng)} a segment split into two congruent parts by its midpoint ${M}.`],
      ['casual-1', casualize(`segment ${A}${B} and its midpoint ${M} with the little equal marks${given ? ` ${given}` : ''}`, rng)],
      ['casual-2', `what does a midpoint look like, like ${M} in the middle of ${A}${B}${lengths === 'whole' ? ` when ${A}${B} is ${wText}` : ''}`],
      ['casual-3', casualize(`draw a line segment and mark the midpoint ${M} exactly halfway between ${A} and ${B}`, rng)],
      ['problem-1', `${M} is the midpoint of ${A}${B}.${algebra ? ` If ${given}, find x and ${A}${B}.` : lengths === 'whole' ? ` If ${A}${B} = ${wText}, find ${A}${M}.` : lengths === 'halves' ? ` If ${A}${M} = ${hText}, what is ${A}${B}?` : ' Mark the congruent segments.'}`],
      ['problem-2', `Point ${M} lies on segment ${A}${B} so that ${A}${M} ≅ ${M}${B}. Draw the figure and mark the congruent segments with tick marks${given ? `; ${given}` : ''}.`],
      ['problem-3', `On segment ${A}${B}, point ${M} is equidistant from the endpoints ${A} and ${B}. Show this with a diagram.`],
    ]),
  };
}

/** Two expressions px + c, qx + d (p ≠ q) equal to `value` at one whole x. */
function pickHalves(rng: Rng, value: number): [string, string] | null {
  if (!Number.isInteger(value)) return null;
  for (let tries = 0; tries < 40; tries++) {
    const x = rng.int(1, 4), p = rng.int(1, 3), q = rng.int(p + 1, 4);
    const c = value - p * x, d = value - q * x;
    const fmt = (k: number, e: number): string => `${k === 1 ? '' : k}x${e === 0 ? '' : e > 0 ? ` + ${e}` : ` - ${-e}`}`;
    if (Math.abs(c) <= 12 && Math.abs(d) <= 12) return [fmt(p, c), fmt(q, d)];
  }
  return null;
}

/** Collinear points A, B, C with segment addition AB + BC = AC, and maybe a point D off the line. */
function sampleCollinear(rng: Rng): Scene {
  const [A, B, C, D] = pickPointNames(rng, 4) as [string, string, string, string];
  const ab = rng.int(2, 6), bc = rng.int(2, 6);
  const tilt = rng.pick([0, 0, 10, -10, 20]);
  const offLine = rng.chance(0.4);
  const lineThrough = rng.chance(0.5);
  const show = rng.pick(['parts', 'whole-x', 'all'] as const);
  const pd = add(polar(ab * 0.6, tilt), polar(2, tilt + 90));
  const partTexts = show === 'whole-x' ? [String(ab), 'x'] : [String(ab), String(bc)];
  const code = joinCode([
    'size(6cm);',
    declarePairs([[A, '(0, 0)'], [B, polarLit(ab, tilt)], [C, polarLit(ab + bc, tilt)], ...(offLine ? [[D, lit([Number(pd[0].toFixed(1)), Number(pd[1].toFixed(1))])] as const] : [])]),
    lineThrough ? `draw((${A} - 0.8*dir(${tilt}))--(${C} + 0.8*dir(${tilt})), Arrows);` : `draw(${A}--${C});`,
    dotAll([A, B, C, ...(offLine ? [D] : [])]),
    labelPoint(A, A, 'S'), labelPoint(B, B, 'S'), labelPoint(C, C, 'S'),
    offLine && labelPoint(D, D, 'N'),
    `label("$${partTexts[0]}$", midpoint(${A}--${B}), N);`,
    show === 'whole-x' ? `label("$${ab + bc}$", midpoint(${A}--${C}), 4*S);` : `label("$${partTexts[1]}$", midpoint(${B}--${C}), N);`,
    show === 'whole-x' ? `label("$x$", midpoint(${B}--${C}), N);` : '',
    show === 'all' && `label("$${ab + bc}$", midpoint(${A}--${C}), 4*S);`,
  ]);
  const labels = [A, B, C, ...(offLine ? [D] : []), String(ab), ...(show === 'whole-x' ? [String(ab + bc), 'x'] : [String(bc)]), ...(show === 'all' ? [String(ab + bc)] : [])];
  const given = show === 'whole-x' ? `${A}${B} = ${ab} and ${A}${C} = ${ab + bc}` : `${A}${B} = ${ab} and ${B}${C} = ${bc}`;
  const find = show === 'whole-x' ? `${B}${C}` : show === 'parts' ? `${A}${C}` : '';
  const offNote = offLine ? ` Point ${D} is not on the line.` : '';
  return {
    code,
    labels,
    predicates: [
      { kind: 'collinear', points: [A, B, C] },
      { kind: 'onSegment', point: B, a: A, b: C },
      { kind: 'distance', a: A, b: B, value: ab },
      { kind: 'distance', a: B, b: C, value: bc },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} collinear points ${A}, ${B}, ${C} with ${B} between ${A} and ${C}, ${given}.${offNote}`],
      ['short-2', `Segment addition: ${given}${show === 'all' ? `, ${A}${C} = ${ab + bc}` : ''}.`],
      ['short-3', `${pickAsk(rng)} three points on one ${lineThrough ? 'line' : 'segment'}, ${A}, ${B} and ${C}, with the lengths labelled${offLine ? `, plus a noncollinear point ${D}` : ''}.`],
      ['casual-1', casualize(`three points in a row on a line ${A} ${B} ${C}, ${given}`, rng)],
      ['casual-2', `segment addition postulate pic pls, ${given}${find ? ` and find ${find}` : ''}`],
      ['casual-3', casualize(`put ${B} between ${A} and ${C} on a line${offLine ? ` and ${D} off the line` : ''}`, rng)],
      ['problem-1', `Points ${A}, ${B} and ${C} are collinear, and ${B} is between ${A} and ${C}. If ${given}, ${find ? `find ${find}` : `verify that ${A}${C} = ${ab + bc}`}.`],
      ['problem-2', `${sentence(`${A}, ${B}, and ${C}`)} lie on the same line in that order.${offLine ? ` ${D} does not lie on that line, so ${A}, ${B} and ${D} are not collinear.` : ''} Label ${given}.`],
      ['problem-3', `On ${lineThrough ? 'a line' : `segment ${A}${C}`}, mark point ${B} so that ${given}. Use the segment addition postulate${find ? ` to find ${find}` : ''}.`],
    ]),
  };
}

export const LINE_SEGMENTS_RAYS: readonly Template[] = [
  { id: 'line-segments-rays/basic-figures', family: 'line-segments-rays', grade: '3-5', sample: sampleBasicFigures },
  { id: 'line-segments-rays/midpoint', family: 'line-segments-rays', grade: '6-8', sample: sampleMidpoint },
  { id: 'line-segments-rays/collinear-points', family: 'line-segments-rays', grade: '6-8', sample: sampleCollinear },
];
