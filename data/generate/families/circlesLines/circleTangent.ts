import { asyNumber, casualize, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  add, away, declarePairs, dotAll, joinCode, labelPoint, markScaleLine, openSide, phrased, pickAsk,
  pickColour, pickVerb, polar, polarLit, sideAway, type Vec,
} from './shared.ts';

/** A tangent line at a point of the circle, with the radius to that point and the right angle between them. */
function sampleTangentAtPoint(rng: Rng): Scene {
  const r = rng.pick([2, 3, 4, 5, 6]);
  const [P, A, B] = pickPointNames(rng, 3, ['O']) as [string, string, string];
  const theta = rng.int(0, 11) * 30 + rng.int(-10, 10);
  const half = r * rng.pick([1, 1.2, 1.5]);
  const namedLine = rng.chance(0.6);
  const arrows = rng.chance(0.5);
  const colour = rng.chance(0.4) ? pickColour(rng) : null;
  const showRadius = rng.chance(0.5);
  const O: Vec = [0, 0], pp = polar(r, theta);
  const pa = add(pp, polar(half, theta + 90)), pb = add(pp, polar(half, theta - 90));
  const ends = namedLine ? [A, B] : [];
  const style = [colour?.pen, arrows ? 'Arrows' : ''].filter(Boolean).join(', ');
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(2 * r),
    declarePairs([['O', '(0, 0)'], [P, polarLit(r, theta)]]),
    declarePairs([[A, `${P} + ${asyNumber(half)}*dir(${theta + 90})`], [B, `${P} + ${asyNumber(half)}*dir(${theta - 90})`]]),
    `draw(circle(O, ${r}));`,
    `draw(${A}--${B}${style ? `, ${style}` : ''});`,
    `draw(O--${P});`,
    `draw(rightanglemark(O, ${P}, ${A}));`,
    dotAll(['O', P, ...(arrows ? [] : ends)]),
    labelPoint('O', 'O', away(pp, O)),
    labelPoint(P, P, openSide(pp, [O, pa, pb])),
    ...(namedLine ? [labelPoint(A, A, sideAway(pa, pp, O)), labelPoint(B, B, sideAway(pb, pp, O))] : []),
    showRadius && `label("$${r}$", midpoint(O--${P}), ${sideAway(O, pp, pa)});`,
  ]);
  const line = namedLine ? `line ${A}${B}` : 'a line';
  const colourNote = colour ? ` in ${colour.word}` : '';
  const radiusNote = showRadius ? ` of radius ${r}` : '';
  const predicates: Predicate[] = [{ kind: 'concyclic', points: [P], center: 'O' }, { kind: 'distance', a: 'O', b: P, value: r }];
  if (namedLine) predicates.push({ kind: 'perpendicular', a: ['O', P], b: [A, B] }, { kind: 'collinear', points: [A, P, B] });
  return {
    code,
    labels: ['O', P, ...ends, ...(showRadius ? [String(r)] : [])],
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} a circle with center O${radiusNote} and a tangent${colourNote} at point ${P}.`],
      ['short-2', `Tangent ${namedLine ? `${A}${B} ` : ''}to circle O at ${P}, with radius O${P} and the right angle marked.`],
      ['short-3', `${pickAsk(rng)} ${line}${colourNote} tangent to a circle at ${P}, showing that it is perpendicular to the radius.`],
      ['casual-1', casualize(`draw a tangent line to a circle at ${P} and show the radius makes a right angle`, rng)],
      ['casual-2', `how does a tangent look?? circle O, touches at ${P}, need the radius and the little square${colour ? `, tangent ${colour.word} pls` : ''}`],
      ['casual-3', casualize(`circle O${radiusNote} with ${line} that just touches it at ${P}`, rng)],
      ['problem-1', `${namedLine ? `Line ${A}${B}` : 'A line'} is tangent to circle O at ${P}. Draw the radius O${P} and mark the right angle it forms with the tangent.`],
      ['problem-2', `Circle O${radiusNote} is given, and ${P} is a point on it. Construct the line through ${P} perpendicular to O${P}${namedLine ? `, naming two of its points ${A} and ${B}` : ''}${arrows ? ', with arrowheads to show it continues' : ''}.`],
      ['problem-3', `Show that a tangent is perpendicular to the radius at the point of tangency: draw circle O, the point of tangency ${P}, the tangent${colourNote}, and the radius O${P}.`],
    ]),
  };
}

const TANGENT_TRIPLES: readonly [number, number, number][] = [[3, 4, 5], [5, 12, 13], [6, 8, 10], [8, 15, 17], [9, 12, 15], [4, 3, 5], [8, 6, 10]];

/** Tangent segments from an external point P: radii to the points of tangency, right angles, given lengths. */
function sampleTangentsFromPoint(rng: Rng, two: boolean): Scene {
  const [r, t, d] = rng.pick(TANGENT_TRIPLES);
  const [A, B, P] = pickPointNames(rng, 3, ['O']) as [string, string, string];
  const spin = rng.pick([0, 180, 20, 160, -20, 200, 90, 270]);
  const alpha = (Math.acos(r / d) * 180) / Math.PI;
  const unknown = rng.pick(['none', 'tangent', 'radius', 'OP'] as const);
  const showOP = two ? rng.chance(0.6) || unknown === 'OP' : true;
  const dashedRadii = rng.chance(0.4);
  const ticks = two && rng.chance(0.6);
  const O: Vec = [0, 0], pp = polar(d, spin), pa = polar(r, spin + alpha), pb = polar(r, spin - alpha);
  const lab = (v: number, u: boolean): string => (u ? 'x' : String(v));
  const rT = lab(r, unknown === 'radius'), tT = lab(t, unknown === 'tangent'), dT = lab(d, unknown === 'OP');
  const showLengths = unknown !== 'none' || rng.chance(0.6);
  const radiusPen = dashedRadii ? ', dashed' : '';
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(d + r),
    declarePairs([['O', '(0, 0)'], [P, polarLit(d, spin)]]),
    declarePairs([[A, polarLit(r, spin + Number(alpha.toFixed(2)))], ...(two ? [[B, polarLit(r, spin - Number(alpha.toFixed(2)))] as const] : [])]),
    `draw(circle(O, ${r}));`,
    two ? `draw(${A}--${P}--${B});` : `draw(${A}--${P});`,
    two ? `draw(${A}--O--${B}${radiusPen});` : `draw(O--${A}${radiusPen});`,
    showOP && `draw(O--${P}, dashed);`,
    `draw(rightanglemark(O, ${A}, ${P}));`,
    two && `draw(rightanglemark(O, ${B}, ${P}));`,
    ticks && `add(pathticks(${A}--${P})); add(pathticks(${B}--${P}));`,
    dotAll(['O', P, A, ...(two ? [B] : [])]),
    labelPoint('O', 'O', away(pp, O)),
    labelPoint(P, P, away(O, pp)),
    labelPoint(A, A, away(O, pa)),
    two && labelPoint(B, B, away(O, pb)),
    showLengths && `label("$${rT}$", midpoint(O--${A}), ${sideAway(O, pa, pp)});`,
    showLengths && `label("$${tT}$", midpoint(${A}--${P}), ${sideAway(pa, pp, O)});`,
    showLengths && showOP && `label("$${dT}$", midpoint(O--${P}), ${two ? sideAway(O, pp, pa) : sideAway(O, pp, pa)});`,
  ]);
  const tangents = two ? `${P}${A} and ${P}${B}` : `${P}${A}`;
  const given = showLengths
    ? [unknown !== 'radius' && `O${A} = ${r}`, unknown !== 'tangent' && `${P}${A} = ${t}`, unknown !== 'OP' && showOP && `O${P} = ${d}`].filter((g): g is string => typeof g === 'string')
    : [];
  const find = { none: '', tangent: `${P}${A}`, radius: 'the radius', OP: `O${P}` }[unknown];
  const labels = ['O', P, A, ...(two ? [B] : []), ...(showLengths ? [rT, tT, ...(showOP ? [dT] : [])] : [])];
  const predicates: Predicate[] = [
    { kind: 'perpendicular', a: ['O', A], b: [A, P] },
    { kind: 'distance', a: 'O', b: A, value: r },
    { kind: 'distance', a: P, b: A, value: t },
  ];
  if (two) predicates.push({ kind: 'equalLength', a: [P, A], b: [P, B] }, { kind: 'perpendicular', a: ['O', B], b: [B, P] });
  const givenNote = given.length ? ` with ${joinList(given)}` : '';
  const findNote = find ? ` Find ${find}.` : '';
  const marks = two ? `right angles at ${A} and ${B}` : `the right angle at ${A}`;
  return {
    code,
    labels,
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${two ? 'two tangents' : 'a tangent segment'} from an external point ${P} to circle O${givenNote}.`],
      ['short-2', `Tangent${two ? 's' : ''} ${tangents} to circle O, radi${two ? 'i' : 'us'} drawn${dashedRadii ? ' dashed' : ''}, ${marks} marked.`],
      ['short-3', `${pickAsk(rng)} a point ${P} outside a circle and ${two ? 'both tangent segments' : 'one tangent segment'} from it${ticks ? ', with tick marks showing they are equal' : ''}.`],
      ['casual-1', casualize(`point ${P} outside circle O and ${two ? 'the two tangent lines' : 'a tangent line'} from ${P} to the circle${givenNote}`, rng)],
      ['casual-2', `can someone draw the tangent from a point problem, ${given.length ? given.join(', ') : `circle O and point ${P}`}${find ? `, find ${find}` : ''}`],
      ['casual-3', casualize(`how do i draw a tangent from ${P} to circle O touching at ${A}${two ? ` and ${B}` : ''}`, rng)],
      ['problem-1', `${two ? `Segments ${P}${A} and ${P}${B} are` : `Segment ${P}${A} is`} tangent to circle O at ${two ? `${A} and ${B}` : A}.${given.length ? ` Given ${joinList(given)}.` : ''}${findNote}`],
      ['problem-2', `From point ${P}, ${showOP && dT !== 'x' && showLengths ? `which is ${d} units from the center of circle O, ` : ''}${two ? 'two tangents are' : 'a tangent is'} drawn to the circle, touching it at ${two ? `${A} and ${B}` : A}. Radius O${A} is drawn${showLengths && unknown !== 'radius' ? ` and has length ${r}` : ''}.${findNote}`],
      ['problem-3', `The radius of circle O is ${rT === 'x' ? 'unknown (x)' : rT}. ${P}${A} is tangent to the circle at ${A}${showLengths ? ` and has length ${tT}` : ''}${two ? `, and ${P}${B} is the second tangent from ${P}` : ''}. Draw the figure and mark ${marks}.`],
    ]),
  };
}

export const CIRCLE_TANGENT: readonly Template[] = [
  { id: 'circle-tangent/tangent-at-point', family: 'circle-tangent', grade: '9-12', sample: sampleTangentAtPoint },
  { id: 'circle-tangent/two-tangents', family: 'circle-tangent', grade: '9-12', sample: (rng) => sampleTangentsFromPoint(rng, true) },
  { id: 'circle-tangent/tangent-segment', family: 'circle-tangent', grade: '9-12', sample: (rng) => sampleTangentsFromPoint(rng, false) },
];
