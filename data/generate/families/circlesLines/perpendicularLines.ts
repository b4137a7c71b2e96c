import { asyNumber, casualize, pickPointNames, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  add, away, declarePairs, dotAll, joinCode, labelPoint, lengthLabel, lengthText, lengthWords, markScaleLine, phrased,
  pickAsk, pickColour, pickUnit, pickVerb, polar, polarLit, sideAway, type Vec,
} from './shared.ts';

/** Two lines crossing at a right angle at E, with the right-angle mark. */
function sampleIntersecting(rng: Rng): Scene {
  const [A, B, C, D, E] = pickPointNames(rng, 5) as [string, string, string, string, string];
  const h = rng.pick([0, 0, 15, 30, -20, 45]);
  const lines = rng.chance(0.5);
  const offCentre = rng.chance(0.4);
  const colours = rng.chance(0.35) ? (rng.sample(['red', 'blue', 'heavygreen', 'purple'], 2) as [string, string]) : null;
  const words = colours?.map((c) => (c === 'heavygreen' ? 'green' : c));
  const back = offCentre ? 1.5 : 3;
  const pe: Vec = [0, 0];
  const ends: [string, number, number][] = [[A, back, h + 180], [B, 3, h], [C, back, h + 270], [D, 3, h + 90]];
  const pen = (i: 0 | 1): string => [colours ? colours[i] : '', lines ? 'Arrows' : ''].filter(Boolean).join(', ');
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(6),
    declarePairs([[E, '(0, 0)'], ...ends.map(([n, r, d]) => [n, polarLit(r, d)] as const)]),
    `draw(${A}--${B}${pen(0) ? `, ${pen(0)}` : ''});`,
    `draw(${C}--${D}${pen(1) ? `, ${pen(1)}` : ''});`,
    `draw(rightanglemark(${B}, ${E}, ${D}));`,
    dotAll(lines ? [E] : [A, B, C, D, E]),
    ...ends.map(([n, r, d]) => labelPoint(n, n, away(pe, polar(r, d)))),
    labelPoint(E, E, away(polar(1, h + 45), pe)),
  ]);
  const kind = lines ? 'lines' : 'segments';
  const colourNote = words ? ` Draw ${A}${B} in ${words[0]} and ${C}${D} in ${words[1]}.` : '';
  return {
    code,
    labels: [A, B, C, D, E],
    predicates: [
      { kind: 'perpendicular', a: [A, B], b: [C, D] },
      { kind: 'collinear', points: [A, E, B] },
      { kind: 'collinear', points: [C, E, D] },
      { kind: 'angle', from: B, at: E, to: D, deg: 90 },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} perpendicular ${kind} ${A}${B} and ${C}${D} meeting at ${E}, with the right angle marked.`],
      ['short-2', `${A}${B} ⊥ ${C}${D} at ${E}.${colourNote}`],
      ['short-3', `${pickAsk(rng)} two ${kind} that cross at a right angle at point ${E}.`],
      ['casual-1', casualize(`two perpendicular ${kind} ${A}${B} and ${C}${D} with the little square at ${E}`, rng)],
      ['casual-2', `how do u show perpendicular ${kind}? like ${A}${B} and ${C}${D} crossing at ${E}${lines ? ' with arrows on the ends' : ''}`],
      ['casual-3', casualize(`draw ${kind} that make a right angle where they meet, label the meeting point ${E}`, rng)],
      ['problem-1', `${sentence(kind)} ${A}${B} and ${C}${D} intersect at ${E} so that ∠${B}${E}${D} is a right angle. Draw the figure and mark the right angle.`],
      ['problem-2', `Given that ${A}${B} is perpendicular to ${C}${D} and the two ${kind} meet at ${E}, sketch them${offCentre ? `, with ${E} closer to ${A} and ${C}` : ''}.${colourNote}`],
      ['problem-3', `Point ${E} lies on both ${A}${B} and ${C}${D}, and the four angles formed at ${E} are all right angles. Show this with a right-angle mark.`],
    ]),
  };
}

/** The perpendicular from a point P to a line AB: foot F, right angle, and the distance PF. */
function samplePointToLine(rng: Rng): Scene {
  const [A, B, P, F] = pickPointNames(rng, 4) as [string, string, string, string];
  const d = rng.pick([2, 3, 4, 5, 2.5, 3.5]);
  const unit = pickUnit(rng);
  const h = rng.pick([0, 0, 0, 10, -10, 20, -25]);
  const side = rng.pick([1, -1]);
  const along = rng.real(1.5, 4.5, 1);
  const pa: Vec = [0, 0], pb = polar(6, h), pf = polar(along, h), pp = add(pf, polar(d, h + 90 * side));
  const dashed = rng.chance(0.5);
  const showDistance = rng.chance(0.75);
  const colour = rng.chance(0.35) ? pickColour(rng) : null;
  const lineArrows = rng.chance(0.5);
  const style = [dashed ? 'dashed' : '', colour?.pen ?? ''].filter(Boolean).join('+');
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(6),
    declarePairs([[A, '(0, 0)'], [B, polarLit(6, h)], [P, `(${asyNumber(pp[0], 2)}, ${asyNumber(pp[1], 2)})`]]),
    declarePairs([[F, `foot(${P}, ${A}, ${B})`]]),
    lineArrows ? `draw(interp(${A}, ${B}, -0.15)--interp(${A}, ${B}, 1.15), Arrows);` : `draw(${A}--${B});`,
    `draw(${P}--${F}${style ? `, ${style}` : ''});`,
    `draw(rightanglemark(${P}, ${F}, ${B}));`,
    dotAll([A, B, P, F]),
    labelPoint(A, A, away(pb, pa)),
    labelPoint(B, B, away(pa, pb)),
    labelPoint(P, P, away(pf, pp)),
    labelPoint(F, F, away(pp, pf)),
    showDistance && lengthLabel(d, unit, `midpoint(${P}--${F})`, sideAway(pp, pf, pb)),
  ]);
  const dText = lengthWords(d, unit, rng);
  const distNote = showDistance ? ` The distance is ${dText}.` : '';
  const styleNote = [dashed ? 'dashed' : '', colour?.word ?? ''].filter(Boolean).join(' ');
  const predicates: Predicate[] = [
    { kind: 'perpendicular', a: [P, F], b: [A, B] },
    { kind: 'onSegment', point: F, a: A, b: B },
    { kind: 'distance', a: P, b: F, value: d },
  ];
  return {
    code,
    labels: [A, B, P, F, ...(showDistance ? [lengthText(d, unit)] : [])],
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} the perpendicular from point ${P} to line ${A}${B}, meeting it at ${F}${showDistance ? `, with ${P}${F} = ${dText}` : ''}.`],
      ['short-2', `Distance from a point to a line: ${P} above line ${A}${B}, ${styleNote ? `${styleNote} ` : ''}perpendicular ${P}${F}, right angle at ${F}.`],
      ['short-3', `${pickAsk(rng)} the shortest path from ${P} to line ${A}${B}${showDistance ? `, labelled ${dText}` : ''}.`],
      ['casual-1', casualize(`point ${P} and a line ${A}${B}, drop a perpendicular from ${P} to the line at ${F}`, rng)],
      ['casual-2', `how far is ${P} from the line? draw the ${styleNote ? `${styleNote} ` : ''}perpendicular segment${showDistance ? ` it's ${dText}` : ''}`],
      ['casual-3', casualize(`draw line ${A}${B} and point ${P} not on it then draw ${P}${F} perpendicular to ${A}${B}`, rng)],
      ['problem-1', `Point ${P} is not on line ${A}${B}. Segment ${P}${F} is perpendicular to ${A}${B}, with ${F} on ${A}${B}.${distNote}${dashed ? ` Draw ${P}${F} dashed.` : ''}`],
      ['problem-2', `The distance from a point to a line is the length of the perpendicular segment. Show point ${P}, line ${A}${B}, and the foot of the perpendicular ${F}${showDistance ? `, given that the distance is ${dText}` : ''}.${colour ? ` Make ${P}${F} ${colour.word}.` : ''}`],
      ['problem-3', `In the diagram, ${F} is the foot of the perpendicular from ${P} to ${A}${B}${showDistance ? ` and ${P}${F} = ${dText}` : ''}. Mark the right angle at ${F}.`],
    ]),
  };
}

/** The perpendicular bisector of AB: through the midpoint M, at a right angle, with equal-length ticks. */
function samplePerpendicularBisector(rng: Rng): Scene {
  const [A, B, M, P] = pickPointNames(rng, 4) as [string, string, string, string];
  const len = rng.pick([4, 6, 8, 5, 10]);
  const h = rng.pick([0, 0, 15, -15, 30]);
  const withPoint = rng.chance(0.5);
  const showHalves = rng.chance(0.4);
  const colour = rng.chance(0.4) ? pickColour(rng) : null;
  const pa: Vec = [0, 0], pb = polar(len, h);
  const reach = len * 0.6;
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(len),
    declarePairs([[A, '(0, 0)'], [B, polarLit(len, h)]]),
    declarePairs([[M, `midpoint(${A}--${B})`], ...(withPoint ? [[P, `${M} + ${asyNumber(reach * 0.8)}*dir(${h + 90})`] as const] : [])]),
    `draw(${A}--${B});`,
    `draw((${M} + ${asyNumber(reach)}*dir(${h + 90}))--(${M} + ${asyNumber(reach)}*dir(${h - 90}))${colour ? `, ${colour.pen}` : ''}, Arrows);`,
    `draw(rightanglemark(${B}, ${M}, ${M} + dir(${h + 90})));`,
    `add(pathticks(${A}--${M}, 2)); add(pathticks(${M}--${B}, 2));`,
    withPoint && `draw(${P}--${A}, dashed); draw(${P}--${B}, dashed);`,
    dotAll([A, B, M, ...(withPoint ? [P] : [])]),
    labelPoint(A, A, away(pb, pa)),
    labelPoint(B, B, away(pa, pb)),
    labelPoint(M, M, away(polar(1, h + 45), [0, 0])),
    withPoint && labelPoint(P, P, away([0, 0], polar(1, h + 45))),
    showHalves && lengthLabel(len / 2, '', `interp(${A}, ${M}, 0.3)`, away(polar(1, h + 90), [0, 0])),
    showHalves && lengthLabel(len / 2, '', `interp(${B}, ${M}, 0.3)`, away(polar(1, h + 90), [0, 0])),
  ]);
  const predicates: Predicate[] = [{ kind: 'midpoint', point: M, a: A, b: B }];
  if (withPoint) predicates.push({ kind: 'perpendicular', a: [P, M], b: [A, B] }, { kind: 'equalLength', a: [P, A], b: [P, B] });
  const half = asyNumber(len / 2);
  const pointNote = withPoint ? ` Pick a point ${P} on the bisector and draw dashed segments ${P}${A} and ${P}${B}.` : '';
  const colourNote = colour ? ` in ${colour.word}` : '';
  return {
    code,
    labels: [A, B, M, ...(withPoint ? [P] : []), ...(showHalves ? [half] : [])],
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} the perpendicular bisector${colourNote} of segment ${A}${B}, through its midpoint ${M}.`],
      ['short-2', `Segment ${A}${B} with its perpendicular bisector, tick marks showing ${A}${M} = ${M}${B}${showHalves ? ` = ${half}` : ''}, right angle at ${M}.`],
      ['short-3', `${pickAsk(rng)} a line that cuts ${A}${B} in half at a right angle.${pointNote}`],
      ['casual-1', casualize(`perpendicular bisector of ${A}${B} with the midpoint ${M} and the equal marks`, rng)],
      ['casual-2', `need a perp bisector drawing for segment ${A}${B}${withPoint ? `, and a point ${P} on it connected to ${A} and ${B}` : ''}`],
      ['casual-3', casualize(`draw a segment ${A}${B} and the line through the middle that is perpendicular to it${colourNote}`, rng)],
      ['problem-1', `${M} is the midpoint of ${A}${B}, and line ℓ passes through ${M} perpendicular to ${A}${B}.${withPoint ? ` Point ${P} lies on ℓ. Show that ${P}${A} = ${P}${B}.` : ' Draw ℓ and mark the congruent halves.'}`],
      ['problem-2', `Segment ${A}${B} has length ${len}${showHalves ? ', so each half is ' + half : ''}. Construct its perpendicular bisector${colourNote}, labelling the midpoint ${M}.${pointNote}`],
      ['problem-3', `The perpendicular bisector of ${A}${B} meets it at ${M}. Mark the right angle at ${M} and use tick marks to show that ${A}${M} and ${M}${B} are congruent.`],
    ]),
  };
}

export const PERPENDICULAR_LINES: readonly Template[] = [
  { id: 'perpendicular-lines/intersecting', family: 'perpendicular-lines', grade: '3-5', sample: sampleIntersecting },
  { id: 'perpendicular-lines/point-to-line', family: 'perpendicular-lines', grade: '6-8', sample: samplePointToLine },
  { id: 'perpendicular-lines/perpendicular-bisector', family: 'perpendicular-lines', grade: '9-12', sample: samplePerpendicularBisector },
];
