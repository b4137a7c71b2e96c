import { casualize, FILL_PENS, joinList, pickPointNames, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  away, declarePairs, degreeTex, dotAll, joinCode, labelPoint, markAngle, markScaleLine, openSide, phrased, pickAsk,
  pickColour, pickVerb, polar, polarLit, type Vec,
} from './shared.ts';

const R = 3;

/** Four arcs AB, BC, CD, DA (multiples of 10°, each 50°–130°) that close the circle. */
function pickArcs(rng: Rng): number[] {
  for (;;) {
    const arcs = [rng.int(5, 13) * 10, rng.int(5, 13) * 10, rng.int(5, 13) * 10];
    const last = 360 - arcs[0]! - arcs[1]! - arcs[2]!;
    if (last >= 50 && last <= 130) return [...arcs, last];
  }
}

interface Quad { names: string[]; headings: number[]; pts: Vec[] }

function placeQuad(rng: Rng, arcs: readonly number[]): Quad {
  const names = pickPointNames(rng, 4, ['O']);
  const start = rng.int(0, 23) * 15;
  const headings = arcs.slice(0, 3).reduce((acc, arc) => [...acc, acc.at(-1)! + arc], [start]);
  return { names, headings, pts: headings.map((h) => polar(R, h)) };
}

/** A quadrilateral inscribed in a circle with its angles labelled: opposite angles are supplementary. */
function sampleOppositeAngles(rng: Rng): Scene {
  const arcs = pickArcs(rng);
  const q = placeQuad(rng, arcs);
  const [A, B, C, D] = q.names as [string, string, string, string];
  const angles = [0, 1, 2, 3].map((i) => (arcs[(i + 1) % 4]! + arcs[(i + 2) % 4]!) / 2);
  const mode = rng.pick(['all', 'opposite', 'adjacent'] as const);
  const showCenter = rng.chance(0.35);
  const texts = angles.map((deg, i) => {
    if (mode === 'all') return degreeTex(deg);
    if (mode === 'opposite') return i === 0 ? degreeTex(deg) : i === 2 ? 'x' : undefined;
    return i === 0 || i === 1 ? degreeTex(deg) : i === 2 ? 'x' : 'y';
  });
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(2 * R),
    declarePairs([...(showCenter ? [['O', '(0, 0)'] as const] : []), ...q.names.map((n, i) => [n, polarLit(R, q.headings[i]!)] as const)]),
    `draw(circle(${showCenter ? 'O' : '(0, 0)'}, ${R}));`,
    `draw(${A}--${B}--${C}--${D}--cycle);`,
    ...q.names.flatMap((n, i) => (texts[i] === undefined ? [] : markAngle(
      [q.names[(i + 3) % 4]!, n, q.names[(i + 1) % 4]!], [q.pts[(i + 3) % 4]!, q.pts[i]!, q.pts[(i + 1) % 4]!], { text: texts[i], labelDist: 0.75, span: 2 * R },
    ))),
    dotAll(showCenter ? ['O', ...q.names] : q.names),
    showCenter && labelPoint('O', 'O', 'S'),
    ...q.names.map((n, i) => labelPoint(n, n, away([0, 0], q.pts[i]!))),
  ]);
  const shown = texts.map((t) => t?.replace('^\\circ', '°')).filter((t): t is string => t !== undefined);
  const m = (i: number): string => `∠${q.names[i]}`;
  const known = mode === 'all' ? [0, 1, 2, 3] : mode === 'opposite' ? [0] : [0, 1];
  const givenList = known.map((i) => `${m(i)} = ${angles[i]}°`);
  const find = mode === 'all' ? '' : mode === 'opposite' ? `x, the measure of ${m(2)}` : `x and y, the measures of ${m(2)} and ${m(3)}`;
  return {
    code,
    labels: [...(showCenter ? ['O'] : []), ...q.names, ...shown],
    predicates: [
      { kind: 'concyclic', points: q.names, ...(showCenter ? { center: 'O' } : {}) },
      ...angles.map((deg, i): Predicate => ({ kind: 'angle', from: q.names[(i + 3) % 4]!, at: q.names[i]!, to: q.names[(i + 1) % 4]!, deg })),
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} cyclic quadrilateral ${A}${B}${C}${D} with ${joinList(givenList)}.`],
      ['short-2', `Quadrilateral inscribed in a circle, angles marked: ${joinList(shown)}.`],
      ['short-3', `${pickAsk(rng)} a quadrilateral ${A}${B}${C}${D} whose vertices all lie on a circle${showCenter ? ' with center O' : ''}, angle ${A} = ${angles[0]}°.`],
      ['casual-1', casualize(`quadrilateral in a circle where opposite angles are supplementary, angle ${A} is ${angles[0]} degrees`, rng)],
      ['casual-2', `cyclic quad ${A}${B}${C}${D} pic pls, ${givenList.join(', ')}${find ? ' and the unknown ones as letters' : ''}`],
      ['casual-3', casualize(`draw ${A}${B}${C}${D} inside a circle with all 4 corners on the circle`, rng).replace(/\b4\b/, 'four')],
      ['problem-1', `Quadrilateral ${A}${B}${C}${D} is inscribed in a circle. If ${joinList(givenList)}${find ? `, find ${find}` : ', verify that opposite angles are supplementary'}.`],
      ['problem-2', `In the figure, ${A}, ${B}, ${C} and ${D} lie on a circle${showCenter ? ' centered at O' : ''}. The angle at ${A} measures ${angles[0]}°${mode === 'adjacent' || mode === 'all' ? ` and the angle at ${B} measures ${angles[1]}°` : ''}. Label each marked angle.`],
      ['problem-3', `A circle passes through the four vertices of quadrilateral ${A}${B}${C}${D}. Given m${m(0)} = ${angles[0]}°, what is m${m(2)}? Draw the figure${mode === 'all' ? ' with all four angles labelled' : ''}.`],
    ]),
  };
}

type Shape = 'rectangle' | 'square' | 'isosceles trapezoid' | 'kite';

function shapeArcs(rng: Rng, shape: Shape): number[] {
  if (shape === 'square') return [90, 90, 90, 90];
  if (shape === 'rectangle') { const a = rng.pick([60, 70, 110, 120]); return [a, 180 - a, a, 180 - a]; }
  if (shape === 'kite') { const a = rng.pick([50, 60, 70, 110, 120, 130]); return [a, 180 - a, 180 - a, a]; }
  const [a, c] = rng.sample([40, 60, 80, 100, 120, 140], 2) as [number, number];
  const b = (360 - a - c) / 2;
  return [a, b, c, b];
}

/** Special quadrilaterals inscribed in a circle: rectangle and square (diagonals are diameters), isosceles trapezoid, kite. */
function sampleSpecialInscribed(rng: Rng): Scene {
  const shape = rng.pick(['rectangle', 'square', 'isosceles trapezoid', 'kite'] as const);
  const q = placeQuad(rng, shapeArcs(rng, shape));
  const [A, B, C, D] = q.names as [string, string, string, string];
  const diagonals = shape === 'rectangle' || shape === 'square' ? rng.chance(0.7) : shape === 'kite' && rng.chance(0.5);
  const fill = rng.chance(0.4) ? pickColour(rng) : null;
  const rightCorners = shape === 'rectangle' || shape === 'square' ? [0, 1, 2, 3] : shape === 'kite' ? [1, 3] : [];
  const code = joinCode([
    rightCorners.length > 0 && 'import olympiad;',
    'size(6cm);',
    rightCorners.length > 0 && markScaleLine(2 * R),
    declarePairs([['O', '(0, 0)'], ...q.names.map((n, i) => [n, polarLit(R, q.headings[i]!)] as const)]),
    fill ? `filldraw(${A}--${B}--${C}--${D}--cycle, ${FILL_PENS[fill.word]});` : `draw(${A}--${B}--${C}--${D}--cycle);`,
    `draw(circle(O, ${R}));`,
    diagonals && (shape === 'kite' ? `draw(${A}--${C}, dashed);` : `draw(${A}--${C}, dashed); draw(${B}--${D}, dashed);`),
    ...rightCorners.map((i) => `draw(rightanglemark(${q.names[(i + 3) % 4]}, ${q.names[i]}, ${q.names[(i + 1) % 4]}));`),
    dotAll(['O', ...q.names]),
    labelPoint('O', 'O', diagonals ? openSide([0, 0], shape === 'kite' ? [q.pts[0]!, q.pts[2]!] : q.pts) : 'S'),
    ...q.names.map((n, i) => labelPoint(n, n, away([0, 0], q.pts[i]!))),
  ]);
  const predicates: Predicate[] = [{ kind: 'concyclic', points: q.names, center: 'O' }];
  if (shape === 'rectangle' || shape === 'square') predicates.push({ kind: 'angle', from: D, at: A, to: B, deg: 90 }, { kind: 'midpoint', point: 'O', a: A, b: C });
  if (shape === 'isosceles trapezoid') predicates.push({ kind: 'parallel', a: [A, B], b: [C, D] }, { kind: 'equalLength', a: [B, C], b: [D, A] });
  if (shape === 'kite') predicates.push({ kind: 'equalLength', a: [A, B], b: [A, D] }, { kind: 'angle', from: A, at: B, to: C, deg: 90 });
  const article = shape === 'isosceles trapezoid' ? 'an' : 'a';
  const diagNote = diagonals ? (shape === 'kite' ? ` Draw diagonal ${A}${C} dashed; it is a diameter.` : ' Draw both diagonals dashed through the center O.') : '';
  const fillNote = fill ? ` Shade it ${fill.word}.` : '';
  const fact = {
    rectangle: `its diagonals ${A}${C} and ${B}${D} are diameters`,
    square: `its diagonals are perpendicular diameters`,
    'isosceles trapezoid': `${A}${B} ∥ ${C}${D} and the legs ${B}${C} and ${D}${A} are equal`,
    kite: `${A}${B} = ${A}${D}, ${C}${B} = ${C}${D}, and the angles at ${B} and ${D} are right angles`,
  }[shape];
  return {
    code,
    labels: ['O', ...q.names],
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${article} ${shape} ${A}${B}${C}${D} inscribed in circle O.${diagNote}`],
      ['short-2', `${sentence(shape)} inscribed in a circle, center O marked.${fillNote}`],
      ['short-3', `${pickAsk(rng)} ${article} ${shape} with all four vertices on a circle${rightCorners.length ? ', right angles marked' : ''}.`],
      ['casual-1', casualize(`${shape} inside a circle touching it at ${joinList([A, B, C, D])}`, rng)],
      ['casual-2', `can u put ${article} ${shape} in a circle so the corners are on the circle${diagonals ? ' and draw the diagonals dashed' : ''}${fill ? `, fill ${fill.word}` : ''}`],
      ['casual-3', casualize(`circle O with ${shape} ${A}${B}${C}${D} inscribed`, rng)],
      ['problem-1', `${sentence(article)} ${shape} ${A}${B}${C}${D} is inscribed in circle O, so ${fact}.${diagNote}`],
      ['problem-2', `Circle O circumscribes ${shape} ${A}${B}${C}${D}. Draw the figure and label the center.${fillNote}`],
      ['problem-3', `Points ${joinList([A, B, C, D])} lie on circle O in that order and form ${article} ${shape}. Show that the quadrilateral is cyclic${rightCorners.length ? ' and mark its right angles' : ''}.`],
    ]),
  };
}

export const CYCLIC_QUADRILATERAL: readonly Template[] = [
  { id: 'cyclic-quadrilateral/opposite-angles', family: 'cyclic-quadrilateral', grade: '9-12', sample: sampleOppositeAngles },
  { id: 'cyclic-quadrilateral/special-inscribed', family: 'cyclic-quadrilateral', grade: '9-12', sample: sampleSpecialInscribed },
];
