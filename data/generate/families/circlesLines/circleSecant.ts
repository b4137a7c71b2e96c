import { casualize, joinList, pickPointNames } from '../../phrase.ts';
import type { Rng, Scene, Template } from '../../types.ts';
import {
  away, declarePairs, dotAll, heading, joinCode, labelPoint, length, mid, openSide, phrased, pickAsk, pickColour,
  pickVerb, polar, polarLit, sideAway, type Vec,
} from './shared.ts';

/** Segment lengths a·b = c·d, so the four endpoints are concyclic (converse of the power of a point). */
const CHORD_PRODUCTS: readonly [number, number, number, number][] = [
  [2, 6, 3, 4], [3, 4, 2, 6], [3, 8, 4, 6], [4, 6, 3, 8], [4, 9, 6, 6], [6, 6, 4, 9], [5, 6, 3, 10], [3, 10, 5, 6],
  [6, 8, 4, 12], [4, 12, 6, 8], [5, 8, 4, 10], [4, 10, 5, 8], [6, 10, 5, 12], [5, 12, 6, 10], [3, 6, 2, 9], [6, 4, 8, 3],
];

/** Which labelled value (if any) a problem asks for; shown as x. */
function pickUnknown(rng: Rng, count: number): number {
  return rng.chance(0.3) ? -1 : rng.int(0, count - 1);
}

/** Two chords AB and CD crossing at E inside the circle, with the four pieces labelled. */
function sampleIntersectingChords(rng: Rng): Scene {
  const lengths = rng.pick(CHORD_PRODUCTS);
  const [a, b, c, d] = lengths;
  const [A, B, C, D, E] = pickPointNames(rng, 5, ['O']) as [string, string, string, string, string];
  const phi1 = rng.int(-25, 25) + rng.pick([0, 180]), phi2 = phi1 + rng.int(60, 120);
  const unknown = pickUnknown(rng, 4);
  const colour = rng.chance(0.35) ? pickColour(rng) : null;
  const pe: Vec = [0, 0], pa = polar(a, phi1 + 180), pb = polar(b, phi1), pc = polar(c, phi2 + 180), pd = polar(d, phi2);
  const texts = lengths.map((v, i) => (i === unknown ? 'x' : String(v)));
  const pts: [string, Vec][] = [[A, pa], [B, pb], [C, pc], [D, pd]];
  const pieceLabel = (name: string, p: Vec, i: number): string => {
    const others = i < 2 ? [pc, pd] : [pa, pb];
    const near = others.reduce((m, q) => (angleBetween(p, q) < angleBetween(p, m) ? q : m));
    return `label("$${texts[i]}$", midpoint(${name}--${E}), ${sideAway(p, pe, near)});`;
  };
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    declarePairs([[E, '(0, 0)'], ...pts.map(([n, p]) => [n, polarLit(length(p), heading(pe, p))] as const)]),
    `draw(circumcircle(${A}, ${B}, ${C}));`,
    `draw(${A}--${B}${colour ? `, ${colour.pen}` : ''}); draw(${C}--${D});`,
    dotAll([A, B, C, D, E]),
    ...pts.map(([n, p]) => labelPoint(n, n, away(pe, p))),
    labelPoint(E, E, openSide(pe, [pa, pb, pc, pd])),
    ...pts.map(([n, p], i) => pieceLabel(n, p, i)),
  ]);
  const seg = [`${A}${E}`, `${E}${B}`, `${C}${E}`, `${E}${D}`];
  const given = seg.map((s, i) => `${s} = ${texts[i]}`);
  const knownOnly = seg.flatMap((s, i) => (i === unknown ? [] : [`${s} = ${lengths[i]}`]));
  const find = unknown >= 0 ? seg[unknown]! : '';
  const colourNote = colour ? ` Draw chord ${A}${B} in ${colour.word}.` : '';
  return {
    code,
    labels: [A, B, C, D, E, ...texts],
    predicates: [
      { kind: 'concyclic', points: [A, B, C, D] },
      { kind: 'collinear', points: [A, E, B] },
      { kind: 'collinear', points: [C, E, D] },
      ...lengths.flatMap((v, i) => (i === unknown ? [] : [{ kind: 'distance' as const, a: seg[i]![0]!, b: seg[i]![1]!, value: v }])),
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} two chords ${A}${B} and ${C}${D} of a circle intersecting at ${E}, with ${joinList(given)}.`],
      ['short-2', `Intersecting chords in a circle: label the four segments ${joinList(texts)}.${colourNote}`],
      ['short-3', `${pickAsk(rng)} chords ${A}${B} and ${C}${D} crossing at point ${E} inside a circle.`],
      ['casual-1', casualize(`two chords crossing inside a circle at ${E}, pieces are ${joinList(texts)}`, rng)],
      ['casual-2', `chord chord thing where ${A}${E} times ${E}${B} = ${C}${E} times ${E}${D}, can u draw it with ${given.join(', ')}`],
      ['casual-3', casualize(`need a circle with chords ${A}${B} and ${C}${D} that meet at ${E}${find ? ` so i can find ${find}` : ''}`, rng)],
      ['problem-1', `Chords ${A}${B} and ${C}${D} of a circle intersect at ${E}. If ${joinList(knownOnly)}${find ? `, find ${find}` : ', verify that the products are equal'}.`],
      ['problem-2', `In the circle shown, ${A}${B} and ${C}${D} are chords meeting at ${E}, where ${joinList(given)}. Draw and label the figure.${colourNote}`],
      ['problem-3', `Points ${joinList([A, C, B, D])} lie on a circle, and segments ${A}${B} and ${C}${D} cross at ${E}. Label each part of the two chords with its length${find ? `; the unknown part is x` : ''}.`],
    ]),
  };
}

function angleBetween(p: Vec, q: Vec): number {
  const d = Math.abs(heading([0, 0], p) - heading([0, 0], q)) % 360;
  return d > 180 ? 360 - d : d;
}

/** Pairs (PA, PB) with equal products PA·PB, for two secants from one external point. */
const SECANT_PRODUCTS: readonly [number, number][][] = [
  [[2, 12], [3, 8], [4, 6]], [[3, 12], [4, 9]], [[4, 10], [5, 8]], [[2, 9], [3, 6]], [[5, 12], [6, 10]], [[2, 15], [3, 10]], [[6, 14], [7, 12]],
];

/** Two secants from an external point P: external parts and internal parts labelled. */
function sampleTwoSecants(rng: Rng): Scene {
  const group = rng.pick(SECANT_PRODUCTS);
  let [[pa, pb], [pc, pd]] = rng.sample(group, 2) as [[number, number], [number, number]];
  while (Math.max(pb - pa, pd - pc) > 2.5 * Math.min(pb - pa, pd - pc)) [[pa, pb], [pc, pd]] = rng.sample(group, 2) as [[number, number], [number, number]];
  const [P, A, B, C, D] = pickPointNames(rng, 5, ['O']) as [string, string, string, string, string];
  const spin = rng.pick([0, 180, 90, 270, 30, 150, 210, 330]);
  const spread = rng.int(24, 40);
  const unknown = pickUnknown(rng, 4);
  const values = [pa, pb - pa, pc, pd - pc];
  const texts = values.map((v, i) => (i === unknown ? 'x' : String(v)));
  const h1 = spin - spread / 2, h2 = spin + spread / 2;
  const pp: Vec = [0, 0], va = polar(pa, h1), vb = polar(pb, h1), vc = polar(pc, h2), vd = polar(pd, h2);
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    declarePairs([[P, '(0, 0)'], [A, polarLit(pa, h1)], [B, polarLit(pb, h1)], [C, polarLit(pc, h2)], [D, polarLit(pd, h2)]]),
    `draw(circumcircle(${A}, ${B}, ${C}));`,
    `draw(${P}--${B}); draw(${P}--${D});`,
    dotAll([P, A, B, C, D]),
    labelPoint(P, P, away(vb, pp)),
    labelPoint(A, A, compassOff(h1, -1)),
    labelPoint(B, B, compassOff(h1, -1)),
    labelPoint(C, C, compassOff(h2, 1)),
    labelPoint(D, D, compassOff(h2, 1)),
    `label("$${texts[0]}$", midpoint(${P}--${A}), ${sideAway(pp, va, vc)});`,
    `label("$${texts[1]}$", midpoint(${A}--${B}), ${sideAway(va, vb, vc)});`,
    `label("$${texts[2]}$", midpoint(${P}--${C}), ${sideAway(pp, vc, va)});`,
    `label("$${texts[3]}$", midpoint(${C}--${D}), ${sideAway(vc, vd, va)});`,
  ]);
  const parts = [`${P}${A}`, `${A}${B}`, `${P}${C}`, `${C}${D}`];
  const given = parts.map((s, i) => `${s} = ${texts[i]}`);
  const knownOnly = parts.flatMap((s, i) => (i === unknown ? [] : [`${s} = ${values[i]}`]));
  const find = unknown >= 0 ? parts[unknown]! : '';
  return {
    code,
    labels: [P, A, B, C, D, ...texts],
    predicates: [
      { kind: 'concyclic', points: [A, B, C, D] },
      { kind: 'collinear', points: [P, A, B] },
      { kind: 'collinear', points: [P, C, D] },
      { kind: 'distance', a: P, b: A, value: pa },
      { kind: 'distance', a: P, b: C, value: pc },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} two secants from an outside point ${P}: one through ${A} and ${B}, the other through ${C} and ${D}.`],
      ['short-2', `Secants ${P}${B} and ${P}${D} of a circle with ${joinList(given)}.`],
      ['short-3', `${pickAsk(rng)} two secant segments drawn to a circle from the same external point ${P}, with the outside and inside parts labelled.`],
      ['casual-1', casualize(`two secants from point ${P} outside the circle, labels ${joinList(texts)}`, rng)],
      ['casual-2', `secant secant problem pls: ${given.join(', ')}${find ? ` and i need ${find}` : ''}`],
      ['casual-3', casualize(`draw a circle and a point ${P} outside it with two lines going through the circle`, rng)],
      ['problem-1', `From point ${P} outside a circle, secants ${P}${B} and ${P}${D} are drawn, meeting the circle at ${A}, ${B} and at ${C}, ${D}. ${find ? `Given ${joinList(knownOnly)}, find ${find}.` : `${sentenceList(given)}.`}`],
      ['problem-2', `Two secants intersect outside a circle at ${P}. The external segment ${P}${A} is ${texts[0]} and the internal segment ${A}${B} is ${texts[1]}; on the other secant, ${P}${C} = ${texts[2]} and ${C}${D} = ${texts[3]}. Draw the figure.`],
      ['problem-3', `Points ${A} and ${B} lie on ray ${P}${B}, points ${C} and ${D} lie on ray ${P}${D}, and ${joinList([A, B, C, D])} are concyclic. Sketch the circle and both secants with ${joinList(given)}.`],
    ]),
  };
}

function compassOff(h: number, side: 1 | -1): string {
  return away([0, 0], polar(1, h + side * 80));
}

function sentenceList(items: readonly string[]): string {
  return joinList(items).replace(/^./, (c) => c.toUpperCase());
}

/** PT² = PA·PB with whole numbers: (PT, PA, PB). */
const TANGENT_SECANT: readonly [number, number, number][] = [[4, 2, 8], [6, 4, 9], [6, 3, 12], [8, 4, 16], [12, 9, 16], [10, 5, 20], [6, 2, 18]];

/** A tangent PT and a secant PAB from the same external point. */
function sampleTangentSecant(rng: Rng): Scene {
  const [t, pa, pb] = rng.pick(TANGENT_SECANT);
  const [P, A, B, T] = rng.chance(0.5) ? ['P', 'A', 'B', 'T'] : (pickPointNames(rng, 4, ['O']) as [string, string, string, string]);
  const spin = rng.pick([0, 180, 90, 270, 20, 200]);
  const side = rng.pick([1, -1]);
  const k = rng.real(0.5, 1.3);
  const m = (pa + pb) / 2, halfChord = (pb - pa) / 2, h = side * k * halfChord;
  const toCenter = spin + (side * Math.atan2(Math.abs(h), m) * 180) / Math.PI;
  const beta = (Math.asin(Math.hypot(halfChord, h) / Math.hypot(m, h)) * 180) / Math.PI;
  const tAngle = Number((toCenter + side * beta).toFixed(1));
  const unknown = pickUnknown(rng, 3);
  const values = [t, pa, pb - pa];
  const texts = values.map((v, i) => (i === unknown ? 'x' : String(v)));
  const colour = rng.chance(0.35) ? pickColour(rng) : null;
  const pp: Vec = [0, 0], vt = polar(t, tAngle), va = polar(pa, spin), vb = polar(pb, spin);
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    declarePairs([[P, '(0, 0)'], [A, polarLit(pa, spin)], [B, polarLit(pb, spin)], [T, polarLit(t, tAngle)]]),
    `draw(circumcircle(${A}, ${B}, ${T}));`,
    `draw(${P}--${T}${colour ? `, ${colour.pen}` : ''}); draw(${P}--${B});`,
    dotAll([P, A, B, T]),
    labelPoint(P, P, away(mid(vb, vt), pp)),
    labelPoint(T, T, away([0, 0], polar(1, tAngle + side * 60))),
    labelPoint(A, A, away([0, 0], polar(1, spin - side * 70))),
    labelPoint(B, B, away([0, 0], polar(1, spin - side * 70))),
    `label("$${texts[0]}$", midpoint(${P}--${T}), ${sideAway(pp, vt, va)});`,
    `label("$${texts[1]}$", midpoint(${P}--${A}), ${sideAway(pp, va, vt)});`,
    `label("$${texts[2]}$", midpoint(${A}--${B}), ${sideAway(va, vb, vt)});`,
  ]);
  const parts = [`${P}${T}`, `${P}${A}`, `${A}${B}`];
  const given = parts.map((s, i) => `${s} = ${texts[i]}`);
  const knownOnly = parts.flatMap((s, i) => (i === unknown ? [] : [`${s} = ${values[i]}`]));
  const find = unknown >= 0 ? parts[unknown]! : '';
  const colourNote = colour ? ` Make the tangent ${colour.word}.` : '';
  return {
    code,
    labels: [P, A, B, T, ...texts],
    predicates: [
      { kind: 'concyclic', points: [A, B, T] },
      { kind: 'collinear', points: [P, A, B] },
      { kind: 'distance', a: P, b: T, value: t },
      { kind: 'distance', a: P, b: A, value: pa },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} a tangent ${P}${T} and a secant ${P}${B} from the same point ${P} outside a circle.${colourNote}`],
      ['short-2', `Tangent-secant diagram with ${joinList(given)}.`],
      ['short-3', `${pickAsk(rng)} a circle with tangent segment ${P}${T} and secant ${P}${A}${B}, lengths labelled.`],
      ['casual-1', casualize(`tangent and secant from point ${P}, tangent touches at ${T}, secant hits at ${A} and ${B}`, rng)],
      ['casual-2', `how do i draw tangent secant theorem pic with ${given.join(' ')}${find ? ` solve for x` : ''}`],
      ['casual-3', casualize(`circle with a tangent line from ${P} plus a secant line from ${P}${colour ? ` tangent in ${colour.word}` : ''}`, rng)],
      ['problem-1', `${P}${T} is tangent to the circle at ${T}, and secant ${P}${B} meets the circle at ${A} and ${B}. ${find ? `If ${joinList(knownOnly)}, find ${find}.` : `${sentenceList(given)}.`}`],
      ['problem-2', `From an external point ${P}, a tangent of length ${texts[0]} is drawn to a circle, touching it at ${T}. A secant from ${P} passes through ${A} and ${B} with ${P}${A} = ${texts[1]} and ${A}${B} = ${texts[2]}. Draw the diagram.`],
      ['problem-3', `Illustrate the tangent-secant theorem: segment ${P}${T} is tangent to a circle and ${P}${A}${B} is a secant, so ${P}${T} squared equals ${P}${A} times ${P}${B}.${colourNote}`],
    ]),
  };
}

export const CIRCLE_SECANT: readonly Template[] = [
  { id: 'circle-secant/intersecting-chords', family: 'circle-secant', grade: '9-12', sample: sampleIntersectingChords },
  { id: 'circle-secant/two-secants', family: 'circle-secant', grade: '9-12', sample: sampleTwoSecants },
  { id: 'circle-secant/tangent-secant', family: 'circle-secant', grade: '9-12', sample: sampleTangentSecant },
];
