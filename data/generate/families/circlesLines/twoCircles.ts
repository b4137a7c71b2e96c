import { asyNumber, casualize, FILL_PENS, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  away, declarePairs, dotAll, joinCode, labelPoint, lengthLabel, lengthText, lengthWords, lit, markScaleLine,
  openSide, phrased, pickAsk, pickColour, pickUnit, pickVerb, polar, polarLit, sideAway, type Vec,
} from './shared.ts';

/** Two circles with one centre: radii to two points labelled, the ring between them optionally shaded. */
function sampleConcentric(rng: Rng): Scene {
  const [r1, r2] = rng.pick([[2, 4], [3, 5], [2, 5], [3, 6], [4, 7], [5, 8], [4, 6], [1, 3], [6, 10]] as const);
  const unit = pickUnit(rng);
  const [A, B] = pickPointNames(rng, 2, ['O']) as [string, string];
  const ha = rng.int(0, 7) * 45 + rng.int(-10, 10), hb = ha + rng.pick([-1, 1]) * rng.int(70, 130);
  const ring = rng.chance(0.5) ? pickColour(rng) : null;
  const dashedInner = rng.chance(0.25);
  const pa = polar(r1, ha), pb = polar(r2, hb);
  const code = joinCode([
    'size(6cm);',
    declarePairs([['O', '(0, 0)'], [A, polarLit(r1, ha)], [B, polarLit(r2, hb)]]),
    ring ? `filldraw(circle(O, ${r2}), ${FILL_PENS[ring.word]});` : `draw(circle(O, ${r2}));`,
    ring ? `filldraw(circle(O, ${r1}), white${dashedInner ? ', dashed' : ''});` : `draw(circle(O, ${r1})${dashedInner ? ', dashed' : ''});`,
    `draw(O--${A}); draw(O--${B});`,
    dotAll(['O', A, B]),
    labelPoint('O', 'O', openSide([0, 0], [pa, pb])),
    labelPoint(A, A, away([0, 0], pa)),
    labelPoint(B, B, away([0, 0], pb)),
    lengthLabel(r1, unit, `midpoint(O--${A})`, sideAway([0, 0], pa, pb)),
    lengthLabel(r2, unit, r2 >= 1.6 * r1 ? `interp(O, ${B}, ${asyNumber((r1 + r2) / (2 * r2), 2)})` : `midpoint(O--${B})`, sideAway([0, 0], pb, pa)),
  ]);
  const w1 = lengthWords(r1, unit, rng), w2 = lengthWords(r2, unit, rng);
  const ringNote = ring ? `, with the ring between them shaded ${ring.word}` : '';
  return {
    code,
    labels: ['O', A, B, lengthText(r1, unit), lengthText(r2, unit)],
    predicates: [
      { kind: 'distance', a: 'O', b: A, value: r1 },
      { kind: 'distance', a: 'O', b: B, value: r2 },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} two concentric circles with center O and radii ${w1} and ${w2}${ringNote}.`],
      ['short-2', `Concentric circles: O${A} = ${r1}, O${B} = ${r2}.${dashedInner ? ' Inner circle dashed.' : ''}`],
      ['short-3', `${pickAsk(rng)} an annulus: outer radius ${w2}, inner radius ${w1}${ring ? `, ring colored ${ring.word}` : ''}.`],
      ['casual-1', casualize(`two circles with the same center O, one radius ${w1} and the other ${w2}`, rng)],
      ['casual-2', `i need the ring shape thing (circle inside a circle, same middle) with radius ${r1} and ${r2}${ring ? ` shaded ${ring.word}` : ''}`],
      ['casual-3', casualize(`draw a small circle and a big circle both centered at O with radii O${A} and O${B}`, rng)],
      ['problem-1', `Two circles share the center O. The smaller has radius O${A} = ${w1} and the larger has radius O${B} = ${w2}. Find the area of the region between them.${ring ? ` Shade that region ${ring.word}.` : ''}`],
      ['problem-2', `A circular garden of radius ${w1} is surrounded by a path, so that the outer edge is a circle of radius ${w2} with the same center O. Draw a diagram${ring ? ` with the path shaded ${ring.word}` : ''}.`],
      ['problem-3', `Points ${A} and ${B} lie on concentric circles centered at O, with ${A} on the inner circle (radius ${r1}) and ${B} on the outer circle (radius ${r2}). Draw radii O${A} and O${B}.`],
    ]),
  };
}

/** Two circles tangent at T, externally or internally; the centres and T are collinear. */
function sampleTangentCircles(rng: Rng): Scene {
  const internal = rng.chance(0.4);
  const [r1, r2] = internal ? rng.pick([[5, 2], [6, 3], [4, 1], [5, 3], [6, 2]] as const) : rng.pick([[3, 2], [4, 2], [3, 3], [4, 3], [5, 2], [2, 1]] as const);
  const [P, Q, T] = pickPointNames(rng, 3, ['O']) as [string, string, string];
  const h = rng.pick([0, 0, 180, 30, -30, 90, 150]);
  const d = internal ? r1 - r2 : r1 + r2;
  const pp: Vec = [0, 0], pq = polar(d, h), pt = polar(r1, h);
  const up = away(pp, polar(1, h + 90)), down = away(pp, polar(1, h - 90));
  const segment = rng.chance(0.6);
  const showRadii = rng.chance(0.6);
  const colours = rng.chance(0.35) ? (rng.sample(['red', 'blue', 'heavygreen', 'purple'], 2) as [string, string]) : null;
  const words = colours?.map((p) => (p === 'heavygreen' ? 'green' : p));
  const code = joinCode([
    'size(6cm);',
    declarePairs([[P, '(0, 0)'], [Q, polarLit(d, h)], [T, polarLit(r1, h)]]),
    `draw(circle(${P}, ${r1})${colours ? `, ${colours[0]}` : ''});`,
    `draw(circle(${Q}, ${r2})${colours ? `, ${colours[1]}` : ''});`,
    segment && (internal ? `draw(${P}--${T}, dashed);` : `draw(${P}--${Q}, dashed);`),
    dotAll([P, Q, T]),
    labelPoint(P, P, internal ? openSide(pp, [pt]) : away(pq, pp)),
    labelPoint(Q, Q, internal ? up : openSide(pq, [pp])),
    labelPoint(T, T, up),
    showRadii && segment && `label("$${r1}$", ${internal ? `interp(${P}, ${T}, 0.2)` : `midpoint(${P}--${T})`}, ${down});`,
    showRadii && segment && `label("$${r2}$", midpoint(${Q}--${T}), ${down});`,
  ]);
  const kind = internal ? 'internally' : 'externally';
  const radiiShown = showRadii && segment;
  const labels = [P, Q, T, ...(radiiShown ? [String(r1), String(r2)] : [])];
  const predicates: Predicate[] = [
    { kind: 'collinear', points: [P, Q, T] },
    { kind: 'distance', a: P, b: T, value: r1 },
    { kind: 'distance', a: Q, b: T, value: r2 },
    { kind: 'distance', a: P, b: Q, value: d },
  ];
  const radiiNote = radiiShown ? ` with radii ${r1} and ${r2}` : '';
  const colourNote = words ? ` Make circle ${P} ${words[0]} and circle ${Q} ${words[1]}.` : '';
  const segNote = segment ? (internal ? ` Draw ${P}${T} dashed through ${Q}.` : ` Connect the centers with a dashed segment.`) : '';
  return {
    code,
    labels,
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} two circles ${kind} tangent at ${T}${radiiNote}.`],
      ['short-2', `Circle ${P} and circle ${Q} touching ${internal ? 'from the inside' : 'from the outside'} at point ${T}.${segNote}`],
      ['short-3', `${pickAsk(rng)} ${internal ? `a small circle inside a bigger one, touching it at one point ${T}` : `two circles that touch at exactly one point ${T}`}.${colourNote}`],
      ['casual-1', casualize(`two circles that are ${kind} tangent${radiiNote}, centers ${P} and ${Q}`, rng)],
      ['casual-2', `how do i draw ${internal ? 'internally' : 'externally'} tangent circles?? they touch at ${T}${radiiShown ? `, r = ${r1} and ${r2}` : ''}`],
      ['casual-3', casualize(`circle ${P} and circle ${Q} kissing at ${T}${colourNote ? ` ${words![0]} and ${words![1]}` : ''}`, rng)],
      ['problem-1', `Circles ${P} and ${Q} are ${kind} tangent at ${T}.${radiiShown ? ` Their radii are ${r1} and ${r2}. Find ${P}${Q}.` : ` Show that ${P}, ${Q} and ${T} are collinear.`}`],
      ['problem-2', `A circle with center ${P}${radiiShown ? ` and radius ${r1}` : ''} and a circle with center ${Q}${radiiShown ? ` and radius ${r2}` : ''} meet at exactly one point, ${T}${internal ? ', and the second circle lies inside the first' : ''}.${segNote}`],
      ['problem-3', `The figure shows two ${kind} tangent circles with point of tangency ${T}.${radiiShown ? ` The segment from ${P} to ${T} has length ${r1} and the one from ${Q} to ${T} has length ${r2}.` : ''}${colourNote}`],
    ]),
  };
}

/** (x, y, dx) with whole radii: circles centred at (0,0) and (x+dx, 0) meet at (x, ±y). */
const MEETINGS: readonly [number, number, number][] = [[3, 4, 3], [4, 3, 4], [6, 8, 6], [8, 6, 8], [5, 12, 9], [9, 12, 5], [5, 12, 5], [6, 8, 15]];

/** Two intersecting circles with their common chord, perpendicular to and bisected by the line of centres. */
function sampleIntersecting(rng: Rng): Scene {
  const [x, y, dx] = rng.pick(MEETINGS);
  const r1 = Math.hypot(x, y), r2 = Math.hypot(dx, y), d = x + dx;
  const [P, Q, X, Y, M] = pickPointNames(rng, 5, ['O']) as [string, string, string, string, string];
  const flip = rng.chance(0.5);
  const px: Vec = [0, 0], pq: Vec = [d, 0], vx: Vec = [x, flip ? -y : y], vy: Vec = [x, flip ? y : -y];
  const centerLine = rng.chance(0.7);
  const showMid = centerLine && rng.chance(0.6);
  const showRadii = rng.chance(0.4);
  const colour = rng.chance(0.4) ? pickColour(rng, ['gray']) : null;
  const code = joinCode([
    showMid && 'import olympiad;',
    'size(6cm);',
    showMid && markScaleLine(r1 + r2 + d),
    declarePairs([[P, '(0, 0)'], [Q, lit(pq)], [X, lit(vx)], [Y, lit(vy)]]),
    showMid && declarePairs([[M, `midpoint(${X}--${Y})`]]),
    `draw(circle(${P}, ${r1})); draw(circle(${Q}, ${r2}));`,
    `draw(${X}--${Y}${colour ? `, ${colour.pen}` : ''});`,
    centerLine && `draw(${P}--${Q}, dashed);`,
    showMid && `draw(rightanglemark(${Q}, ${M}, ${X}));`,
    showRadii && `draw(${P}--${X}); draw(${Q}--${X});`,
    dotAll([P, Q, X, Y, ...(showMid ? [M] : [])]),
    labelPoint(P, P, 'W'),
    labelPoint(Q, Q, 'E'),
    labelPoint(X, X, flip ? 'S' : 'N'),
    labelPoint(Y, Y, flip ? 'N' : 'S'),
    showMid && labelPoint(M, M, flip ? 'NW' : 'SW'),
    showRadii && `label("$${r1}$", midpoint(${P}--${X}), ${sideAway(px, vx, pq)});`,
    showRadii && `label("$${r2}$", midpoint(${Q}--${X}), ${sideAway(pq, vx, px)});`,
  ]);
  const labels = [P, Q, X, Y, ...(showMid ? [M] : []), ...(showRadii ? [String(r1), String(r2)] : [])];
  const predicates: Predicate[] = [
    { kind: 'concyclic', points: [X, Y], center: P },
    { kind: 'concyclic', points: [X, Y], center: Q },
    { kind: 'perpendicular', a: [P, Q], b: [X, Y] },
  ];
  if (showMid) predicates.push({ kind: 'midpoint', point: M, a: X, b: Y }, { kind: 'collinear', points: [P, M, Q] });
  const radiiNote = showRadii ? ` with radii ${r1} and ${r2}` : '';
  const chordNote = colour ? ` in ${colour.word}` : '';
  const midNote = showMid ? ` meeting ${X}${Y} at ${M} with a right angle marked` : '';
  return {
    code,
    labels,
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} two intersecting circles centered at ${P} and ${Q}${radiiNote}, with common chord ${X}${Y}${chordNote}.`],
      ['short-2', `Circles ${P} and ${Q} meeting at ${X} and ${Y}; draw the common chord${centerLine ? ` and the dashed line of centers${midNote}` : ''}.`],
      ['short-3', `${pickAsk(rng)} two overlapping circles and the chord through their two intersection points.`],
      ['casual-1', casualize(`two circles that cross at ${X} and ${Y}, connect ${X} and ${Y}${chordNote}`, rng)],
      ['casual-2', `overlapping circles w/ the common chord pls${showRadii ? `, radius ${r1} and radius ${r2}` : ''}${centerLine ? ', and dashed line between the centers' : ''}`],
      ['casual-3', casualize(`circle ${P} and circle ${Q} intersect at ${X} and ${Y}, show the chord ${X}${Y}${midNote}`, rng)],
      ['problem-1', `Circles with centers ${P} and ${Q} intersect at ${X} and ${Y}.${centerLine ? ` Prove that ${P}${Q} is the perpendicular bisector of ${X}${Y}.` : ` Draw the common chord ${X}${Y}.`}`],
      ['problem-2', `Two circles${showRadii ? ` of radii ${r1} and ${r2}` : ''} meet at points ${X} and ${Y}. Segment ${X}${Y} is their common chord${centerLine ? `, and the segment joining the centers ${P} and ${Q} is drawn dashed` : ''}${showMid ? `; it crosses ${X}${Y} at ${M}` : ''}.`],
      ['problem-3', `In the diagram, circle ${P} and circle ${Q} overlap. Their points of intersection are labelled ${X} and ${Y}${colour ? `, and the chord joining them is shown in ${colour.word}` : ''}.${showRadii ? ` Radii ${P}${X} = ${r1} and ${Q}${X} = ${r2} are drawn.` : ''}`],
    ]),
  };
}

export const TWO_CIRCLES: readonly Template[] = [
  { id: 'two-circles/concentric', family: 'two-circles', grade: '6-8', sample: sampleConcentric },
  { id: 'two-circles/tangent', family: 'two-circles', grade: '9-12', sample: sampleTangentCircles },
  { id: 'two-circles/intersecting', family: 'two-circles', grade: '9-12', sample: sampleIntersecting },
];
