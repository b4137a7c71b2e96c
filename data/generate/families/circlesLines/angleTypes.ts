import { asyNumber, casualize, joinList, pickPointNames, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  away, clearDistance, declarePairs, degreeTex, degreeText, dotAll, joinCode, labelPoint, lit, phrased, pickAsk, pickColour, pickVerb,
  polar, polarLit, type Vec,
} from './shared.ts';

type AngleType = 'acute' | 'right' | 'obtuse' | 'straight' | 'reflex';

function measureFor(rng: Rng, type: AngleType): number {
  switch (type) {
    case 'acute': return rng.int(5, 17) * 5;
    case 'right': return 90;
    case 'obtuse': return rng.int(19, 34) * 5;
    case 'straight': return 180;
    case 'reflex': return rng.int(40, 66) * 5;
  }
}

const DEFINITION: Record<AngleType, string> = {
  acute: 'smaller than a right angle', right: 'a quarter turn', obtuse: 'between a right angle and a straight angle',
  straight: 'a half turn, forming a straight line', reflex: 'larger than a straight angle',
};

/** One angle ABC of a given type with its arc (square for a right angle) and its measure. */
function sampleSingleAngle(rng: Rng): Scene {
  const type = rng.pick(['acute', 'acute', 'right', 'obtuse', 'obtuse', 'straight', 'reflex'] as const);
  const theta = measureFor(rng, type);
  const [A, B, C] = pickPointNames(rng, 3) as [string, string, string];
  const tilt = rng.pick([0, 0, 0, 10, 20, 30, -15]);
  const arrows = rng.chance(0.5);
  const namePoints = rng.chance(0.7);
  const typeWord = rng.chance(0.35);
  const showMeasure = !namePoints && !typeWord ? true : type === 'right' ? rng.chance(0.5) : rng.chance(0.85);
  const h0 = type === 'straight' || !showMeasure ? 0 : tilt;
  const h1 = h0 + theta;
  const colour = rng.chance(0.35) ? pickColour(rng) : null;
  const mid = h0 + theta / 2;
  const dist = clearDistance(h0, h1, degreeTex(theta), 1.1);
  const arcR = Number(Math.max(0.6, dist - 0.6).toFixed(1));
  const markPen = colour ? `, ${colour.pen}` : '';
  const ends = [polar(3, h0), polar(3, h1)];
  const xs = [0, ...ends.map((p) => p[0])];
  const passesDown = theta > 180 && h0 + theta > 270;
  const wordAt: Vec = [(Math.min(...xs) + Math.max(...xs)) / 2, Math.min(0, ...ends.map((p) => p[1]), passesDown ? -arcR : 0) - 0.8];
  const code = joinCode([
    type === 'right' && 'import olympiad;',
    'size(5cm);',
    declarePairs([[B, '(0, 0)'], [A, polarLit(3, h0)], [C, polarLit(3, h1)]]),
    arrows ? `draw(${B}--${A}, Arrow); draw(${B}--${C}, Arrow);` : `draw(${A}--${B}--${C});`,
    type === 'right' ? `draw(rightanglemark(${A}, ${B}, ${C}, 15)${markPen});` : `draw(arc(${B}, ${arcR}, ${h0}, ${h1})${markPen});`,
    showMeasure && `label("$${degreeTex(theta)}$", ${asyNumber(dist, 2)}*dir(${mid}));`,
    namePoints && dotAll([A, B, C]),
    namePoints && labelPoint(A, A, away([0, 0], polar(1, h0 - 90))),
    namePoints && labelPoint(B, B, away(polar(1, mid), [0, 0])),
    namePoints && labelPoint(C, C, away([0, 0], polar(1, h1 + 90))),
    typeWord && `label("${type} angle", ${lit(wordAt)});`,
  ]);
  const name = namePoints ? `angle ${A}${B}${C}` : 'an angle';
  const labels = [
    ...(namePoints ? [A, B, C] : []), ...(showMeasure ? [degreeText(theta)] : []), ...(typeWord ? [`${type} angle`] : []),
  ];
  const measureAt = polar(dist, mid);
  const predicates: Predicate[] = namePoints
    ? [{ kind: 'angle', from: A, at: B, to: C, deg: theta > 180 ? 360 - theta : theta }]
    : typeWord
      ? [{ kind: 'at', point: `${type} angle`, x: wordAt[0], y: wordAt[1] }]
      : [{ kind: 'at', point: degreeText(theta), x: measureAt[0], y: measureAt[1] }];
  const article = type === 'acute' || type === 'obtuse' ? 'an' : 'a';
  const measureNote = showMeasure ? ` of ${theta}°` : '';
  const colourNote = colour ? ` Mark the angle in ${colour.word}.` : '';
  const arrowNote = arrows ? ' Put arrowheads on the rays.' : '';
  return {
    code,
    labels,
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${article} ${type} angle${measureNote}${namePoints ? `, ${name}` : ''}.`],
      ['short-2', `${sentence(name)} measuring ${theta}°${typeWord ? `, labelled "${type} angle"` : ''}.${colourNote}`],
      ['short-3', `${pickAsk(rng)} ${article} ${type} angle with its ${type === 'right' ? 'right-angle square' : 'angle arc'} marked.${arrowNote}`],
      ['casual-1', casualize(`${article} ${type} angle${measureNote} please${namePoints ? ` call it ${A}${B}${C}` : ''}`, rng)],
      ['casual-2', `what does ${article} ${type} angle look like, like ${theta} degrees${typeWord ? ' and write what type it is' : ''}`],
      ['casual-3', casualize(`draw ${name} that is ${theta} degrees${colour ? ` with a ${colour.word} mark` : ''}`, rng)],
      ['problem-1', `${namePoints ? `${sentence(name)} measures ${theta}°.` : `An angle measures ${theta}°.`} Classify the angle and draw it${showMeasure ? ' with its measure shown' : ''}.`],
      ['problem-2', `${article === 'an' ? 'An' : 'A'} ${type} angle is ${DEFINITION[type]}. Draw an example${namePoints ? ` with vertex ${B} and rays ${B}${A} and ${B}${C}` : ''}${showMeasure ? `, measuring ${theta}°` : ''}.${arrowNote}`],
      ['problem-3', `Use a protractor drawing to show ${namePoints ? `∠${A}${B}${C}` : 'an angle'} = ${theta}°.${typeWord ? ` Write "${type} angle" under it.` : ''}${colourNote}`],
    ]),
  };
}

/** Several angle types side by side, each named in words (and maybe measured), for a classification worksheet. */
function sampleClassifySet(rng: Rng): Scene {
  const all: AngleType[] = ['acute', 'right', 'obtuse', 'straight', 'reflex'];
  const count = rng.int(3, 5);
  const types = all.filter((t) => count === 5 || rng.chance(count / 5) || t === 'acute').slice(0, count);
  while (types.length < 3) types.push(all.find((t) => !types.includes(t))!);
  types.sort((a, b) => all.indexOf(a) - all.indexOf(b));
  const order = rng.chance(0.3) ? rng.shuffle(types) : types;
  const measures = order.map((t) => measureFor(rng, t));
  const showMeasures = rng.chance(0.5);
  const hasReflex = order.includes('reflex');
  const nameY = hasReflex ? 3.3 : -0.8;
  const code = joinCode([
    'size(12cm);',
    ...order.flatMap((type, i) => {
      const x = 5 * i, theta = measures[i]!;
      const v = `(${x}, 0)`;
      return [
        `draw((${x + 2}, 0)--${v}--${v} + 2*dir(${theta}));`,
        type === 'right' ? `draw((${x + 0.4}, 0)--(${x + 0.4}, 0.4)--(${x}, 0.4));` : `draw(arc(${v}, ${type === 'reflex' ? 0.4 : 0.6}, 0, ${theta}));`,
        `label("${type}", (${x}, ${nameY}));`,
        showMeasures ? `label("$${degreeTex(theta)}$", (${x}, ${nameY - 0.7}));` : '',
      ];
    }),
  ]);
  const list = joinList(order.map((t) => (t === 'acute' || t === 'obtuse' ? `an ${t}` : `a ${t}`)));
  const withMeasures = order.map((t, i) => `${t} ${measures[i]}°`);
  return {
    code,
    labels: [...order, ...(showMeasures ? measures.map((m) => degreeText(m)) : [])],
    predicates: order.map((t, i): Predicate => ({ kind: 'at', point: t, x: 5 * i, y: nameY })),
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${list} angle side by side, each labelled with its type.`],
      ['short-2', `Angle types in a row: ${joinList(order)}${showMeasures ? `, with measures ${joinList(measures.map((m) => `${m}°`))}` : ''}.`],
      ['short-3', `${pickAsk(rng)} ${count === 5 ? 'all five kinds of angles' : `${count === 3 ? 'three' : 'four'} kinds of angles`} (${order.join(', ')}) with names.`],
      ['casual-1', casualize(`show the types of angles ${order.join(' ')} and write the name under each`, rng)],
      ['casual-2', `angle types chart for my class: ${showMeasures ? withMeasures.join(', ') : order.join(', ')}`],
      ['casual-3', casualize(`draw examples of ${list} angle${showMeasures ? ' with the degrees' : ''}`, rng)],
      ['problem-1', `Classify angles by their measure. Draw one example each of ${list} angle and label each with its name${showMeasures ? ' and measure' : ''}.`],
      ['problem-2', `Make a reference sheet showing ${count === 5 ? 'five' : count === 4 ? 'four' : 'three'} angles: ${order.map((t) => `${t === 'acute' || t === 'obtuse' ? 'an' : 'a'} ${t} angle (${DEFINITION[t]})`).join('; ')}.`],
      ['problem-3', `Each of the following angles is drawn with its vertex on a horizontal line${showMeasures ? ` and its measure shown: ${withMeasures.join(', ')}` : `: ${order.join(', ')}`}. Label each type.`],
    ]),
  };
}

export const ANGLE_TYPES: readonly Template[] = [
  { id: 'angle-types/single-angle', family: 'angle-types', grade: '3-5', sample: sampleSingleAngle },
  { id: 'angle-types/classify-set', family: 'angle-types', grade: '3-5', sample: sampleClassifySet },
];
