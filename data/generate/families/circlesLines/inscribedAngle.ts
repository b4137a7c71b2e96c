import { casualize, FILL_PENS, joinList, pickPointNames } from '../../phrase.ts';
import type { Rng, Scene, Template } from '../../types.ts';
import {
  away, declarePairs, degreeTex, degreeText, dotAll, joinCode, labelPoint, markAngle, markScaleLine, phrased,
  pickAsk, pickColour, pickVerb, polar, polarLit, type Vec,
} from './shared.ts';

const R = 3;
const O: Vec = [0, 0];

/** Inscribed angle ACB and central angle AOB on the same arc AB: the central one is twice the inscribed one. */
function sampleCentralInscribed(rng: Rng): Scene {
  const central = rng.pick([60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160]);
  const inscribed = central / 2;
  const [A, B, C] = pickPointNames(rng, 3, ['O']) as [string, string, string];
  const start = rng.int(0, 11) * 30 + rng.int(-10, 10), end = start + central;
  const cAngle = end + (360 - central) * rng.real(0.35, 0.65);
  const pa = polar(R, start), pb = polar(R, end), pc = polar(R, cAngle);
  const shown = rng.pick(['both', 'central', 'inscribed'] as const);
  const colours = rng.chance(0.4) ? rng.sample(['red', 'blue', 'heavygreen', 'orange', 'purple'], 2) : null;
  const cText = shown === 'inscribed' ? 'x' : degreeTex(central);
  const iText = shown === 'central' ? 'x' : degreeTex(inscribed);
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(2 * R),
    declarePairs([['O', '(0, 0)'], [A, polarLit(R, start)], [B, polarLit(R, end)], [C, polarLit(R, cAngle)]]),
    `draw(circle(O, ${R}));`,
    `draw(${A}--${C}--${B}${colours ? `, ${colours[0]}` : ''});`,
    `draw(${A}--O--${B}${colours ? `, ${colours[1]}` : ''});`,
    ...markAngle([A, C, B], [pa, pc, pb], { text: iText, labelDist: 0.85, span: 2 * R }),
    ...markAngle([A, 'O', B], [pa, O, pb], { text: cText, labelDist: 0.75, span: 2 * R }),
    dotAll(['O', A, B, C]),
    labelPoint('O', 'O', away(polar(1, start + central / 2), O)),
    ...([[A, pa], [B, pb], [C, pc]] as const).map(([n, p]) => labelPoint(n, n, away(O, p))),
  ]);
  const labelled = (t: string): string => t.replace('^\\circ', '°');
  const inscribedAngle = `angle ${A}${C}${B}`, centralAngle = `angle ${A}O${B}`;
  const given = shown === 'both' ? `${inscribedAngle} = ${inscribed}° and ${centralAngle} = ${central}°`
    : shown === 'central' ? `${centralAngle} = ${central}°` : `${inscribedAngle} = ${inscribed}°`;
  const find = shown === 'central' ? inscribedAngle : shown === 'inscribed' ? centralAngle : '';
  const colourNote = colours ? ' Use two different colors for the two angles.' : '';
  return {
    code,
    labels: ['O', A, B, C, labelled(iText), labelled(cText)],
    predicates: [
      { kind: 'concyclic', points: [A, B, C], center: 'O' },
      { kind: 'angle', from: A, at: C, to: B, deg: inscribed },
      { kind: 'angle', from: A, at: 'O', to: B, deg: central },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} an inscribed angle and a central angle that intercept the same arc ${A}${B}, with ${given}.`],
      ['short-2', `Circle O with inscribed ${inscribedAngle} and central ${centralAngle}, both marked.${colourNote}`],
      ['short-3', `${pickAsk(rng)} the inscribed angle theorem: ${given}${find ? `, the other angle labelled x` : ''}.`],
      ['casual-1', casualize(`show that the central angle is double the inscribed angle, ${given}`, rng)],
      ['casual-2', `circle O, points ${A} ${B} ${C} on it, i need angle ${A}${C}${B} and angle ${A}O${B} both drawn${find ? ` and x for the one i have to find` : ''}`],
      ['casual-3', casualize(`draw central angle ${A}O${B} and inscribed angle ${A}${C}${B} on the same arc`, rng)],
      ['problem-1', `Points ${joinList([A, B, C])} lie on circle O. If ${given.replace(' and ', ', and ')}${find ? `, find the measure of ${find}` : ', explain the relationship'}.`],
      ['problem-2', `In the figure, ${inscribedAngle.replace('angle', '∠')} is inscribed in circle O and intercepts arc ${A}${B}; ${centralAngle.replace('angle', '∠')} is the central angle on the same arc. ${shown === 'both' ? `Their measures are ${inscribed}° and ${central}°.` : `Given ${given}, label the other angle x.`}`],
      ['problem-3', `A circle centered at O passes through ${A}, ${B} and ${C}, with ${C} on the major arc. Chords ${C}${A} and ${C}${B} and radii O${A} and O${B} are drawn.${colourNote}`],
    ]),
  };
}

/** An angle inscribed in a semicircle: AB is a diameter, so angle ACB is right. */
function sampleSemicircle(rng: Rng): Scene {
  const [A, B, C] = pickPointNames(rng, 3, ['O']) as [string, string, string];
  const spin = rng.pick([0, 0, 0, 90, 180, 20, -20]);
  const cOffset = rng.pick([50, 60, 70, 80, 100, 110, 120, 130]);
  const pa = polar(R, spin + 180), pb = polar(R, spin), pc = polar(R, spin + cOffset);
  const angleA = cOffset / 2, angleB = 90 - angleA;
  const showAngle = rng.pick(['none', 'A', 'B'] as const);
  const fill = rng.chance(0.3) ? pickColour(rng) : null;
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(2 * R),
    declarePairs([['O', '(0, 0)'], [A, polarLit(R, spin + 180)], [B, polarLit(R, spin)], [C, polarLit(R, spin + cOffset)]]),
    fill && `fill(${A}--${B}--${C}--cycle, ${FILL_PENS[fill.word]});`,
    `draw(circle(O, ${R}));`,
    `draw(${A}--${B}--${C}--cycle);`,
    `draw(rightanglemark(${A}, ${C}, ${B}));`,
    ...(showAngle === 'A' ? markAngle([B, A, C], [pb, pa, pc], { text: degreeTex(angleA), labelDist: 1, span: 2 * R }) : []),
    ...(showAngle === 'B' ? markAngle([C, B, A], [pc, pb, pa], { text: degreeTex(angleB), labelDist: 1, span: 2 * R }) : []),
    dotAll(['O', A, B, C]),
    labelPoint('O', 'O', away(pc, O)),
    ...([[A, pa], [B, pb], [C, pc]] as const).map(([n, p]) => labelPoint(n, n, away(O, p))),
  ]);
  const angleNote = showAngle === 'A' ? ` with angle ${A} = ${angleA}°` : showAngle === 'B' ? ` with angle ${B} = ${angleB}°` : '';
  const shadeNote = fill ? ` Shade the triangle ${fill.word}.` : '';
  const labels = ['O', A, B, C];
  if (showAngle === 'A') labels.push(degreeText(angleA));
  if (showAngle === 'B') labels.push(degreeText(angleB));
  return {
    code,
    labels,
    predicates: [
      { kind: 'angle', from: A, at: C, to: B, deg: 90 },
      { kind: 'midpoint', point: 'O', a: A, b: B },
      { kind: 'concyclic', points: [A, B, C], center: 'O' },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} a triangle inscribed in a semicircle: ${A}${B} is a diameter of circle O and ${C} is on the circle.`],
      ['short-2', `Angle inscribed in a semicircle, right angle at ${C} marked${angleNote}.${shadeNote}`],
      ['short-3', `${pickAsk(rng)} Thales' theorem with diameter ${A}${B} and point ${C} on circle O.`],
      ['casual-1', casualize(`triangle in a circle where one side is the diameter so the angle at ${C} is a right angle`, rng)],
      ['casual-2', `why is the angle in a semicircle a right angle? draw it pls, diameter ${A}${B}, point ${C}`],
      ['casual-3', casualize(`draw circle O with diameter ${A}${B} and connect ${A} and ${B} to ${C} on the circle${angleNote}`, rng)],
      ['problem-1', `${A}${B} is a diameter of circle O and ${C} is a point on the circle. Prove that angle ${A}${C}${B} is a right angle.${shadeNote}`],
      ['problem-2', `Triangle ${A}${B}${C} is inscribed in circle O with side ${A}${B} passing through the center.${showAngle === 'none' ? '' : ` If m∠${showAngle === 'A' ? `${B}${A}${C} = ${angleA}` : `${A}${B}${C} = ${angleB}`}°, find the other acute angle.`}`],
      ['problem-3', `In circle O, segment ${A}${B} is a diameter. Point ${C} lies on the circle, and segments ${C}${A} and ${C}${B} are drawn. Mark the right angle at ${C}${angleNote}.`],
    ]),
  };
}

/** Two inscribed angles on the same arc AB are equal; both are marked alike. */
function sampleSameArc(rng: Rng): Scene {
  const arc = rng.pick([60, 70, 80, 90, 100, 110, 120, 140]);
  const angle = arc / 2;
  const [A, B, C, D] = pickPointNames(rng, 4, ['O']) as [string, string, string, string];
  const start = rng.int(0, 11) * 30 + rng.int(-10, 10), end = start + arc;
  const rest = 360 - arc;
  const cAngle = end + rest * rng.real(0.2, 0.4), dAngle = end + rest * rng.real(0.6, 0.8);
  const pa = polar(R, start), pb = polar(R, end), pc = polar(R, cAngle), pd = polar(R, dAngle);
  const which = rng.pick(['one', 'both', 'x'] as const);
  const showCenter = rng.chance(0.4);
  const colour = rng.chance(0.4) ? pickColour(rng, ['gray']) : null;
  const second = which === 'both' ? degreeTex(angle) : which === 'x' ? 'x' : undefined;
  const pen = colour ? colour.pen : undefined;
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(2 * R),
    declarePairs([...(showCenter ? [['O', '(0, 0)'] as const] : []), [A, polarLit(R, start)], [B, polarLit(R, end)], [C, polarLit(R, cAngle)], [D, polarLit(R, dAngle)]]),
    `draw(circle(${showCenter ? 'O' : '(0, 0)'}, ${R}));`,
    `draw(${A}--${C}--${B}); draw(${A}--${D}--${B});`,
    ...markAngle([A, C, B], [pa, pc, pb], { text: degreeTex(angle), labelDist: 0.95, pen, span: 2 * R }),
    ...markAngle([A, D, B], [pa, pd, pb], { text: second, labelDist: 0.95, pen, span: 2 * R, sizeText: degreeTex(angle) }),
    dotAll([...(showCenter ? ['O'] : []), A, B, C, D]),
    showCenter && labelPoint('O', 'O', away(polar(1, start + arc / 2), O)),
    ...([[A, pa], [B, pb], [C, pc], [D, pd]] as const).map(([n, p]) => labelPoint(n, n, away(O, p))),
  ]);
  const secondNote = which === 'both' ? `both ${angle}°` : which === 'x' ? `angle ${A}${D}${B} labelled x` : `angle ${A}${C}${B} = ${angle}°`;
  const labels = [...(showCenter ? ['O'] : []), A, B, C, D, degreeText(angle), ...(which === 'x' ? ['x'] : [])];
  const colourNote = colour ? ` Mark the angles in ${colour.word}.` : '';
  return {
    code,
    labels,
    predicates: [
      { kind: 'concyclic', points: [A, B, C, D], ...(showCenter ? { center: 'O' } : {}) },
      { kind: 'angle', from: A, at: C, to: B, deg: angle },
      { kind: 'angle', from: A, at: D, to: B, deg: angle },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} two inscribed angles ${A}${C}${B} and ${A}${D}${B} that intercept the same arc ${A}${B}, ${secondNote}.`],
      ['short-2', `Inscribed angles on the same arc of a circle${showCenter ? ' with center O' : ''}, marked as equal.${colourNote}`],
      ['short-3', `${pickAsk(rng)} points ${joinList([A, B, C, D])} on a circle with angles at ${C} and ${D} subtending chord ${A}${B}.`],
      ['casual-1', casualize(`two angles in a circle that open onto the same arc ${A}${B} and are equal, one is ${angle}°`, rng)],
      ['casual-2', `inscribed angles same arc theorem pic, angle at ${C} and angle at ${D}${which === 'x' ? ', need to find x' : ''}`],
      ['casual-3', casualize(`draw a circle with ${A} ${B} ${C} ${D} on it and connect ${C} and ${D} to ${A} and ${B}${colour ? ` angle marks ${colour.word}` : ''}`, rng)],
      ['problem-1', `Points ${joinList([A, B, C, D])} lie on a circle, with ${C} and ${D} on the same side of chord ${A}${B}. If ∠${A}${C}${B} = ${angle}°, ${which === 'x' ? `find x = m∠${A}${D}${B}` : `what is ∠${A}${D}${B}`}?`],
      ['problem-2', `In the circle${showCenter ? ' centered at O' : ''}, angles ${A}${C}${B} and ${A}${D}${B} are both inscribed in arc ${A}${C}${D}${B} and intercept arc ${A}${B}. Show that they are congruent.${colourNote}`],
      ['problem-3', `Chords ${C}${A}, ${C}${B}, ${D}${A} and ${D}${B} are drawn in a circle, so the angles at ${C} and ${D} stand on the same arc ${A}${B}. The angle at ${C} measures ${angle}°${which === 'both' ? `, and so does the angle at ${D}` : ''}.`],
    ]),
  };
}

export const INSCRIBED_ANGLE: readonly Template[] = [
  { id: 'inscribed-angle/central-and-inscribed', family: 'inscribed-angle', grade: '9-12', sample: sampleCentralInscribed },
  { id: 'inscribed-angle/semicircle', family: 'inscribed-angle', grade: '9-12', sample: sampleSemicircle },
  { id: 'inscribed-angle/same-arc', family: 'inscribed-angle', grade: '9-12', sample: sampleSameArc },
];
