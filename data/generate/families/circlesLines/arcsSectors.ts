import { asyNumber, casualize, FILL_PENS, pickPointNames } from '../../phrase.ts';
import type { Rng, Scene, Template } from '../../types.ts';
import {
  away, declarePairs, degreeTex, degreeText, dotAll, joinCode, labelPoint, lengthLabel, lengthText, lengthWords,
  phrased, pickAsk, pickColour, pickUnit, pickVerb, polar, polarLit, sideAway, type Vec,
} from './shared.ts';

interface SectorSetup {
  r: number; theta: number; start: number; unit: string; A: string; B: string;
  pa: Vec; pb: Vec; arcR: string; labelAt: string;
}

/** Radius, a central angle (optionally reflex) and its position; the angle arc and measure sit near O. */
function setUpSector(rng: Rng, allowReflex: boolean): SectorSetup {
  const r = rng.pick([3, 4, 5, 6, 8, 9, 10, 12]);
  const reflex = allowReflex && rng.chance(0.2);
  const theta = reflex ? rng.pick([210, 240, 270, 300]) : rng.pick([30, 40, 45, 60, 72, 75, 80, 90, 100, 108, 120, 135, 150]);
  const start = rng.int(0, 11) * 30 + rng.int(-10, 10);
  const [A, B] = pickPointNames(rng, 2, ['O']) as [string, string];
  const arcR = asyNumber(r * 0.2, 1);
  const labelR = asyNumber(r * (theta < 50 ? 0.45 : 0.38), 1);
  return {
    r, theta, start, unit: pickUnit(rng), A, B, pa: polar(r, start), pb: polar(r, start + theta), arcR,
    labelAt: `${labelR}*dir(${start + theta / 2})`,
  };
}

/** A circle with one sector shaded and its central angle labelled. */
function sampleShadedSector(rng: Rng): Scene {
  const s = setUpSector(rng, true);
  const { r, theta, start, A, B } = s;
  const fill = pickColour(rng);
  const showRadius = rng.chance(0.6);
  const end = start + theta;
  const code = joinCode([
    'size(6cm);',
    declarePairs([['O', '(0, 0)'], [A, polarLit(r, start)], [B, polarLit(r, end)]]),
    `fill(O--arc(O, ${r}, ${start}, ${end})--cycle, ${FILL_PENS[fill.word]});`,
    `draw(circle(O, ${r}));`,
    `draw(${A}--O--${B});`,
    `draw(arc(O, ${s.arcR}, ${start}, ${end}));`,
    `label("$${degreeTex(theta)}$", ${s.labelAt});`,
    dotAll(['O', A, B]),
    labelPoint('O', 'O', away(polar(1, start + theta / 2), [0, 0])),
    labelPoint(A, A, away([0, 0], s.pa)),
    labelPoint(B, B, away([0, 0], s.pb)),
    showRadius && lengthLabel(r, s.unit, `midpoint(O--${A})`, sideAway([0, 0], s.pa, s.pb)),
  ]);
  const rWords = lengthWords(r, s.unit, rng);
  const rNote = showRadius ? ` of radius ${rWords}` : '';
  const kind = theta > 180 ? 'major' : 'minor';
  return {
    code,
    labels: ['O', A, B, degreeText(theta), ...(showRadius ? [lengthText(r, s.unit)] : [])],
    predicates: [
      { kind: 'angle', from: A, at: 'O', to: B, deg: theta > 180 ? 360 - theta : theta },
      { kind: 'concyclic', points: [A, B], center: 'O' },
      { kind: 'distance', a: 'O', b: A, value: r },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} a circle${rNote} with a ${theta}° sector shaded ${fill.word}.`],
      ['short-2', `Shade sector ${A}O${B} of circle O; central angle ${theta}°.`],
      ['short-3', `${pickAsk(rng)} a ${kind} sector of a circle${rNote}, central angle ${theta} degrees, colored ${fill.word}.`],
      ['casual-1', casualize(`circle${rNote} with a slice shaded in, the angle at the center is ${theta} degrees`, rng)],
      ['casual-2', `need a sector pic for area of a sector hw, ${theta}°${showRadius ? ` and r = ${r}` : ''} pls shade it ${fill.word}`],
      ['casual-3', casualize(`draw circle O and shade the part between radii O${A} and O${B}, angle ${A}O${B} = ${theta}°`, rng)],
      ['problem-1', `In circle O${showRadius ? `, the radius is ${rWords} and` : ','} central angle ${A}O${B} measures ${theta}°. ${showRadius ? 'Find the area of the shaded sector.' : `Shade sector ${A}O${B}.`}`],
      ['problem-2', `The shaded region in circle O is a sector bounded by radii O${A} and O${B} and the ${kind} arc ${A}${B}. Its central angle is ${theta}°${showRadius ? ` and O${A} = ${rWords}` : ''}.`],
      ['problem-3', `A circle with center O is drawn. Points ${A} and ${B} lie on the circle so that the angle between O${A} and O${B} is ${theta}°. Shade the sector in ${fill.word} and label the central angle.`],
    ]),
  };
}

/** A highlighted arc with its degree measure, optionally a third point naming the major arc. */
function sampleArcMeasure(rng: Rng): Scene {
  const r = rng.pick([3, 4, 5, 6]);
  const theta = rng.pick([40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160]);
  const start = rng.int(0, 11) * 30 + rng.int(-10, 10), end = start + theta;
  const [A, B, C] = pickPointNames(rng, 3, ['O']) as [string, string, string];
  const colour = pickColour(rng);
  const radii = rng.pick(['none', 'solid', 'dashed'] as const);
  const third = rng.chance(0.5);
  const cAngle = end + (360 - theta) / 2 + rng.int(-20, 20);
  const pa = polar(r, start), pb = polar(r, end), pc = polar(r, cAngle);
  const code = joinCode([
    'size(6cm);',
    declarePairs([['O', '(0, 0)'], [A, polarLit(r, start)], [B, polarLit(r, end)], ...(third ? [[C, polarLit(r, cAngle)] as const] : [])]),
    `draw(circle(O, ${r}));`,
    `draw(arc(O, ${r}, ${start}, ${end}), ${colour.pen} + linewidth(1.5));`,
    radii !== 'none' && `draw(${A}--O--${B}${radii === 'dashed' ? ', dashed' : ''});`,
    `label("$${degreeTex(theta)}$", ${asyNumber(r * 1.18, 2)}*dir(${start + theta / 2}));`,
    dotAll(['O', A, B, ...(third ? [C] : [])]),
    labelPoint('O', 'O', away(polar(1, start + theta / 2), [0, 0])),
    labelPoint(A, A, away([0, 0], pa)),
    labelPoint(B, B, away([0, 0], pb)),
    third && labelPoint(C, C, away([0, 0], pc)),
  ]);
  const radiiNote = radii === 'none' ? '' : ` Draw radii O${A} and O${B}${radii === 'dashed' ? ' as dashed lines' : ''}.`;
  return {
    code,
    labels: ['O', A, B, ...(third ? [C] : []), degreeText(theta)],
    predicates: [
      { kind: 'angle', from: A, at: 'O', to: B, deg: theta },
      { kind: 'concyclic', points: third ? [A, B, C] : [A, B], center: 'O' },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} circle O and highlight a ${theta}° arc ${A}${B} in ${colour.word}.`],
      ['short-2', `Minor arc ${A}${B} measuring ${theta}°, shown in ${colour.word} on circle O.${radiiNote}`],
      ['short-3', `${pickAsk(rng)} an arc of ${theta} degrees on a circle with center O, labelled with its measure.`],
      ['casual-1', casualize(`circle with arc ${A}${B} colored ${colour.word} and the arc says ${theta}°`, rng)],
      ['casual-2', `how do i show an arc measure? like arc ${A}${B} is ${theta} degrees${third ? ` and ${C} is on the big arc` : ''}`],
      ['casual-3', casualize(`make the minor arc ${A}${B} ${colour.word} and label it ${theta}°`, rng)],
      ['problem-1', `Points ${A} and ${B} lie on circle O, and minor arc ${A}${B} measures ${theta}°.${third ? ` Point ${C} is on major arc ${A}${C}${B}.` : ''}${radiiNote}`],
      ['problem-2', `On circle O, the arc from ${A} to ${B} is highlighted in ${colour.word}. Its measure, ${theta}°, is written beside it. Find the measure of central angle ${A}O${B}.`],
      ['problem-3', `Arc ${A}${B} of a circle centered at O has a measure of ${theta}°${third ? `, and ${C} is a point on the rest of the circle` : ''}. Draw the circle and emphasize the arc.`],
    ]),
  };
}

/** A sector on its own (a pie slice): radius and angle labelled, as in sector-area problems. */
function sampleSectorAlone(rng: Rng): Scene {
  const s = setUpSector(rng, false);
  const { r, theta, start, A, B } = s;
  const fill = rng.chance(0.7) ? pickColour(rng) : null;
  const end = start + theta;
  const bothRadii = rng.chance(0.3);
  const code = joinCode([
    'size(6cm);',
    declarePairs([['O', '(0, 0)'], [A, polarLit(r, start)], [B, polarLit(r, end)]]),
    fill
      ? `filldraw(O--arc(O, ${r}, ${start}, ${end})--cycle, ${FILL_PENS[fill.word]});`
      : `draw(O--arc(O, ${r}, ${start}, ${end})--cycle);`,
    `draw(arc(O, ${s.arcR}, ${start}, ${end}));`,
    `label("$${degreeTex(theta)}$", ${s.labelAt});`,
    dotAll(['O', A, B]),
    labelPoint('O', 'O', away(polar(1, start + theta / 2), [0, 0])),
    labelPoint(A, A, away([0, 0], s.pa)),
    labelPoint(B, B, away([0, 0], s.pb)),
    lengthLabel(r, s.unit, `midpoint(O--${A})`, sideAway([0, 0], s.pa, s.pb)),
    bothRadii && lengthLabel(r, s.unit, `midpoint(O--${B})`, sideAway([0, 0], s.pb, s.pa)),
  ]);
  const rWords = lengthWords(r, s.unit, rng);
  const fillNote = fill ? `, shaded ${fill.word}` : '';
  return {
    code,
    labels: ['O', A, B, degreeText(theta), lengthText(r, s.unit)],
    predicates: [
      { kind: 'angle', from: A, at: 'O', to: B, deg: theta },
      { kind: 'distance', a: 'O', b: A, value: r },
      { kind: 'distance', a: 'O', b: B, value: r },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} a sector with radius ${rWords} and angle ${theta}°${fillNote}.`],
      ['short-2', `Sector ${A}O${B}: radius ${r}, central angle ${theta}°, no full circle.`],
      ['short-3', `${pickAsk(rng)} a ${theta}-degree slice of a circle of radius ${rWords}${fillNote}.`],
      ['casual-1', casualize(`pie slice shape with radius ${rWords} and ${theta} degree angle${fillNote}`, rng)],
      ['casual-2', `need just the sector not the whole circle, r = ${r}, angle ${theta}°, for area of sector`],
      ['casual-3', casualize(`draw sector ${A}O${B} with O${A} = ${r} and the angle labelled ${theta}°`, rng)],
      ['problem-1', `Find the area of a sector with radius ${rWords} and central angle ${theta}°. Show the sector with its measurements.`],
      ['problem-2', `A sector of a circle has center O, radius O${A} = ${rWords}${bothRadii ? ` (so O${B} = ${r} too)` : ''}, and central angle ${A}O${B} = ${theta}°. Find the length of arc ${A}${B}.`],
      ['problem-3', `The figure is a sector cut from a circle of radius ${rWords}; the angle at its center O is ${theta}°${fill ? ` and it is colored ${fill.word}` : ''}. Label the endpoints of the arc ${A} and ${B}.`],
    ]),
  };
}

export const ARCS_SECTORS: readonly Template[] = [
  { id: 'arcs-sectors/shaded-sector', family: 'arcs-sectors', grade: '6-8', sample: sampleShadedSector },
  { id: 'arcs-sectors/arc-measure', family: 'arcs-sectors', grade: '9-12', sample: sampleArcMeasure },
  { id: 'arcs-sectors/sector-alone', family: 'arcs-sectors', grade: '6-8', sample: sampleSectorAlone },
];
