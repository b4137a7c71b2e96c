import { asyNumber, casualize, FILL_PENS, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  away, compass, heading, openSide, sideAway, declarePairs, dotAll, joinCode, labelPoint, lengthLabel, lengthText, lengthWords, markScaleLine,
  mid, phrased, pickAsk, pickColour, pickUnit, pickVerb, polar, polarLit, type Vec,
} from './shared.ts';

type Part = 'radius' | 'diameter' | 'chord';

/** Parts of a circle named in words: centre O with a radius, a diameter and a chord, as in a vocabulary lesson. */
function sampleNamedParts(rng: Rng): Scene {
  const r = 3;
  const parts: Part[] = rng.pick([['radius', 'diameter', 'chord'], ['radius', 'diameter'], ['radius', 'chord'], ['diameter', 'chord']] as Part[][]);
  const names = pickPointNames(rng, 5, ['O']);
  const spin = rng.int(-20, 20);
  const wordLabels = rng.chance(0.6);
  const colour = rng.chance(0.4) ? pickColour(rng) : null;
  const coloured: Part | null = colour ? rng.pick(parts) : null;
  const points = new Map<string, number>();
  const segments = new Map<Part, [string, string]>();
  let next = 0;
  const take = (deg: number): string => {
    const name = names[next++]!;
    points.set(name, deg);
    return name;
  };
  if (parts.includes('radius')) segments.set('radius', ['O', take(90 + spin + rng.int(-30, 30))]);
  if (parts.includes('diameter')) segments.set('diameter', [take(180 + spin), take(spin)]);
  if (parts.includes('chord')) segments.set('chord', [take(200 + spin + rng.int(0, 15)), take(325 + spin + rng.int(0, 15))]);
  const pos = (n: string): Vec => (n === 'O' ? [0, 0] : polar(r, points.get(n)!));
  const pointNames = [...points.keys()];
  const pen = (part: Part): string => (part === coloured ? `, ${colour!.pen}` : '');
  const wordAt = (part: Part, [a, b]: [string, string]): string => {
    if (part === 'chord') { const m = mid(pos(a), pos(b)); return `label("chord", midpoint(${a}--${b}), ${compass(m[0], m[1])});`; }
    if (part === 'radius') return `label("radius", midpoint(${a}--${b}), ${sideAway(pos(a), pos(b), polar(1, 180 + spin))});`;
    return `label("diameter", interp(${a}, ${b}, 0.25), ${sideAway(pos(a), pos(b), polar(1, 90 + spin))});`;
  };
  const code = joinCode([
    'size(6cm);',
    declarePairs([['O', '(0, 0)'], ...pointNames.map((n) => [n, polarLit(r, points.get(n)!)] as const)]),
    `draw(circle(O, ${r}));`,
    ...[...segments].map(([part, [a, b]]) => `draw(${a}--${b}${pen(part)});`),
    dotAll(['O', ...pointNames]),
    labelPoint('O', 'O', parts.includes('diameter') ? 'S' : 'SW'),
    ...pointNames.map((n) => labelPoint(n, n, away([0, 0], pos(n)))),
    ...(wordLabels ? [...segments].map(([part, seg]) => wordAt(part, seg)) : []),
  ]);
  const named = [...segments].map(([part, [a, b]]) => `${part} ${a}${b}`);
  const namedThe = [...segments].map(([part, [a, b]]) => `${a}${b} is a ${part}`);
  const words = [...segments.keys()];
  const colourNote = colour ? `, with the ${coloured} in ${colour.word}` : '';
  const labelNote = wordLabels ? ` Write the name of each part next to it.` : '';
  const verb = pickVerb(rng);
  const predicates: Predicate[] = [{ kind: 'concyclic', points: pointNames, center: 'O' }];
  if (segments.has('diameter')) {
    const [a, b] = segments.get('diameter')!;
    predicates.push({ kind: 'midpoint', point: 'O', a, b });
  }
  if (segments.has('radius')) predicates.push({ kind: 'distance', a: 'O', b: segments.get('radius')![1], value: r });
  return {
    code,
    labels: ['O', ...pointNames, ...(wordLabels ? words : [])],
    predicates,
    requests: phrased([
      ['short-1', `${verb} a circle with center O, ${joinList(named)}${colourNote}.`],
      ['short-2', wordLabels ? `Label the ${joinList(words)} of a circle.` : `Circle O showing ${joinList(named)}.`],
      ['short-3', `${pickAsk(rng)} circle O with a ${joinList(words)} drawn in${colour ? `, the ${coloured} colored ${colour.word}` : ''}.`],
      ['casual-1', casualize(`show me the parts of a circle, the ${joinList(words)}${wordLabels ? ' with names on them' : ''}`, rng)],
      ['casual-2', `whats the difference between a ${words[0]} and a ${words[1]}?? can u draw them both on a circle`],
      ['casual-3', casualize(`draw circle O and put in ${joinList(named)}${colourNote}`, rng)],
      ['problem-1', `In circle O, ${joinList(namedThe)}. Draw the figure.${labelNote}`],
      ['problem-2', `Points ${joinList(pointNames)} lie on a circle centered at O. Draw ${joinList(named)}${colourNote}.`],
      ['problem-3', `The diagram for this lesson shows a circle with its center O marked. On it, a ${joinList(words)} are drawn and their endpoints are labelled ${joinList(pointNames)}.${labelNote}`],
    ]),
  };
}

/** A circle with its radius and/or diameter labelled with a length, for circumference and area work. */
function sampleRadiusLength(rng: Rng): Scene {
  const r = rng.pick([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 1.5, 2.5]);
  const unit = pickUnit(rng);
  const show = rng.pick(['radius', 'diameter', 'both'] as const);
  const [A, B, C] = pickPointNames(rng, 3, ['O']) as [string, string, string];
  const spin = rng.int(0, 7) * 45 + rng.pick([0, 15, 30]);
  const fill = rng.chance(0.35) ? pickColour(rng) : null;
  const dashed = rng.chance(0.3);
  const O: Vec = [0, 0];
  const pa = polar(r, spin + 180), pb = polar(r, spin), pc = polar(r, spin + 90 + rng.int(-30, 30));
  const hasDiameter = show !== 'radius', hasRadius = show !== 'diameter';
  const radiusEnd = show === 'both' ? C : B;
  const pr = show === 'both' ? pc : pb;
  const dSide = sideAway(pa, pb, show === 'both' ? pc : polar(1, spin + 90));
  const rSide = sideAway(O, pr, show === 'both' ? pb : polar(1, spin - 90));
  const pen = dashed ? ', dashed' : '';
  const pointNames = [...(hasDiameter ? [A, B] : [B]), ...(show === 'both' ? [C] : [])];
  const pos: Record<string, Vec> = { [A]: pa, [B]: pb, [C]: pc };
  const code = joinCode([
    'size(6cm);',
    declarePairs([['O', '(0, 0)'], ...pointNames.map((n) => [n, polarLit(r, heading(O, pos[n]!))] as const)]),
    fill ? `filldraw(circle(O, ${asyNumber(r)}), ${FILL_PENS[fill.word]});` : `draw(circle(O, ${asyNumber(r)}));`,
    hasDiameter && `draw(${A}--${B}${pen});`,
    hasRadius && `draw(O--${radiusEnd}${pen});`,
    dotAll(['O', ...pointNames]),
    labelPoint('O', 'O', openSide(O, pointNames.map((n) => pos[n]!))),
    ...pointNames.map((n) => labelPoint(n, n, away(O, pos[n]!))),
    hasRadius && lengthLabel(r, unit, `midpoint(O--${radiusEnd})`, rSide),
    hasDiameter && lengthLabel(2 * r, unit, `interp(${A}, ${B}, 0.25)`, dSide),
  ]);
  const rText = lengthWords(r, unit, rng), dText = lengthWords(2 * r, unit, rng);
  const given = show === 'diameter' ? `diameter ${A}${B} = ${dText}` : `radius O${radiusEnd} = ${rText}`;
  const fillNote = fill ? ` Shade the circle ${fill.word}.` : '';
  const dashNote = dashed ? ' dashed' : '';
  const what = { radius: 'radius', diameter: 'diameter', both: 'radius and a diameter' }[show];
  const labels = ['O', ...pointNames];
  if (hasRadius) labels.push(lengthText(r, unit));
  if (hasDiameter) labels.push(lengthText(2 * r, unit));
  const predicates: Predicate[] = [{ kind: 'distance', a: 'O', b: radiusEnd, value: r }];
  if (hasDiameter) predicates.push({ kind: 'midpoint', point: 'O', a: A, b: B });
  const both = show === 'both' ? ` and diameter ${A}${B} = ${dText}` : '';
  return {
    code,
    labels,
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} a circle with ${show === 'diameter' ? `diameter ${dText}` : `radius ${rText}`}.`],
      ['short-2', `Circle with center O and ${given}${both}, labelled.${fillNote}`],
      ['short-3', `${pickAsk(rng)} a circle of radius ${rText} with the${dashNote} ${what} drawn and labelled.`],
      ['casual-1', casualize(`draw a circle with a ${show === 'diameter' ? `diameter of ${dText}` : `radius of ${rText}`}`, rng)],
      ['casual-2', `i need a circle pic for finding the area, ${show === 'diameter' ? `diameter is ${dText}` : `radius ${rText}`}${fill ? `, colored in ${fill.word}` : ''}`],
      ['casual-3', casualize(`circle O ${given}${both} please label it`, rng)],
      ['problem-1', `A circle with center O has ${show === 'diameter' ? `a diameter of ${dText}` : `radius ${rText}`}. Draw the circle and show the ${what}${dashed ? ' as dashed segments' : ''}${show === 'both' ? ', with both lengths labelled' : ''}.`],
      ['problem-2', `Find the circumference of circle O if ${given}. Include a labelled diagram.${fillNote}`],
      ['problem-3', `${show === 'diameter' ? `Segment ${A}${B} is a diameter of circle O, and ${A}${B} = ${dText}` : `Point ${radiusEnd} lies on circle O, and O${radiusEnd} = ${rText}`}.${show === 'both' ? ` Diameter ${A}${B} is also drawn and marked ${dText}.` : ''} Sketch the circle.`],
    ]),
  };
}

const CHORD_TRIPLES: readonly [number, number, number][] = [[5, 4, 3], [5, 3, 4], [10, 8, 6], [10, 6, 8], [13, 12, 5], [13, 5, 12], [17, 15, 8], [17, 8, 15]];

/** A chord with the perpendicular from the centre to its midpoint: radius, half-chord and distance form a right triangle. */
function sampleChordDistance(rng: Rng): Scene {
  const [r, half, dist] = rng.pick(CHORD_TRIPLES);
  const [A, B, M] = pickPointNames(rng, 3, ['O']) as [string, string, string];
  const spin = rng.pick([0, 90, 180, 270]) + rng.int(-20, 20);
  const unknown = rng.pick(['radius', 'chord', 'distance', 'none'] as const);
  const fullChord = rng.chance(0.5);
  const ang = (Math.atan2(half, dist) * 180) / Math.PI;
  const pa = polar(r, spin + ang), pb = polar(r, spin - ang), pm = polar(dist, spin);
  const show = (value: number, isUnknown: boolean): string => (isUnknown ? 'x' : String(value));
  const rText = show(r, unknown === 'radius'), dText = show(dist, unknown === 'distance');
  const cText = show(fullChord ? 2 * half : half, unknown === 'chord');
  const inward = compass(-pm[0] / dist + (pa[0] - pb[0]) / (2 * half), -pm[1] / dist + (pa[1] - pb[1]) / (2 * half));
  const code = joinCode([
    'import olympiad;',
    'size(6cm);',
    markScaleLine(2 * r),
    declarePairs([['O', '(0, 0)'], [A, polarLit(r, spin + ang)], [B, polarLit(r, spin - ang)]]),
    declarePairs([[M, `midpoint(${A}--${B})`]]),
    `draw(circle(O, ${r}));`,
    `draw(${A}--${B}); draw(O--${M}); draw(O--${A});`,
    `draw(rightanglemark(O, ${M}, ${B}));`,
    dotAll(['O', A, B, M]),
    labelPoint('O', 'O', away(pm, [0, 0])),
    labelPoint(A, A, away([0, 0], pa)),
    labelPoint(B, B, away([0, 0], pb)),
    labelPoint(M, M, inward),
    `label("$${rText}$", midpoint(O--${A}), ${sideAway([0, 0], pa, pb)});`,
    `label("$${dText}$", midpoint(O--${M}), ${sideAway([0, 0], pm, pa)});`,
    `label("$${cText}$", midpoint(${fullChord ? `${A}--${B}` : `${M}--${B}`}), ${away([0, 0], pm)});`,
  ]);
  const chordIs = fullChord ? `${A}${B} = ${cText}` : `${M}${B} = ${cText}`;
  const known = [
    unknown !== 'radius' && `radius ${r}`,
    unknown !== 'chord' && (fullChord ? `chord ${A}${B} of length ${2 * half}` : `${M}${B} = ${half}`),
    unknown !== 'distance' && `O${M} = ${dist}`,
  ].filter((k): k is string => typeof k === 'string');
  const find = { radius: 'the radius', chord: `${fullChord ? A : M}${B}`, distance: `the distance O${M}`, none: '' }[unknown];
  const xNote = find ? ' Label the unknown length x.' : '';
  return {
    code,
    labels: ['O', A, B, M, rText, dText, cText],
    predicates: [
      { kind: 'concyclic', points: [A, B], center: 'O' },
      { kind: 'midpoint', point: M, a: A, b: B },
      { kind: 'perpendicular', a: ['O', M], b: [A, B] },
      { kind: 'distance', a: 'O', b: M, value: dist },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} circle O with chord ${A}${B} and the perpendicular from O to its midpoint ${M}; ${joinList(known)}.`],
      ['short-2', `Chord ${A}${B} in circle O, O${M} perpendicular to ${A}${B}, right angle marked at ${M}.`],
      ['short-3', `${pickAsk(rng)} a circle with a chord, the distance from the center to the chord, and the radius to ${A}.${xNote}`],
      ['casual-1', casualize(`circle with a chord and a segment from the center meeting the chord at a right angle at ${M}`, rng)],
      ['casual-2', `how do i draw the chord distance thing, circle O, chord ${A}${B}, O${M} = ${dText}, radius ${rText}`],
      ['casual-3', casualize(`need a diagram ${find ? `to find ${find}` : 'for a chord problem'} given ${joinList(known)}`, rng)],
      ['problem-1', `In circle O, O${M} ⊥ ${A}${B} at ${M}, where ${A}${B} is a chord. ${find ? `Given ${joinList(known)}, find ${find}.` : `The radius is ${r}, O${M} = ${dist} and ${chordIs}.`}`],
      ['problem-2', `A circle has center O and radius ${rText}. Chord ${A}${B} is bisected at ${M} by the perpendicular segment O${M}, where O${M} = ${dText} and ${chordIs}. Draw the figure.`],
      ['problem-3', `Segment O${A} is a radius of circle O. Point ${M} is the midpoint of chord ${A}${B}, so O${M} is perpendicular to ${A}${B}. Show ${joinList(known)}.${xNote}`],
    ]),
  };
}

export const CIRCLE_PARTS: readonly Template[] = [
  { id: 'circle-parts/named-parts', family: 'circle-parts', grade: '3-5', sample: sampleNamedParts },
  { id: 'circle-parts/radius-length', family: 'circle-parts', grade: '6-8', sample: sampleRadiusLength },
  { id: 'circle-parts/chord-distance', family: 'circle-parts', grade: '9-12', sample: sampleChordDistance },
];
