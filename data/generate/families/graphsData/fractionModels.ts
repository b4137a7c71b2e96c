import { asyNumber, COLOURS, FILL_PENS } from '../../phrase.ts';
import type { Rng, Scene, Template } from '../../types.ts';
import { casualRequest, numberWord, pickVerb, problemRequest, rawCasualRequest, shortRequest, writeFraction } from './shared.ts';

/** Fraction models with k of n equal parts shaded: bars, circles, two bars compared, sets of counters. */

const PART_NAMES: Record<number, [string, string]> = {
  2: ['half', 'halves'], 3: ['third', 'thirds'], 4: ['fourth', 'fourths'], 5: ['fifth', 'fifths'], 6: ['sixth', 'sixths'],
  7: ['seventh', 'sevenths'], 8: ['eighth', 'eighths'], 9: ['ninth', 'ninths'], 10: ['tenth', 'tenths'], 12: ['twelfth', 'twelfths'],
};

/** "3 fifths", "1 fourth": how the parts are counted in words. */
function partsWords(k: number, n: number): string {
  const [one, many] = PART_NAMES[n]!;
  return `${numberWord(k)} ${k === 1 ? one : many}`;
}

function sampleFraction(rng: Rng, denominators: readonly number[]): { k: number; n: number } {
  const n = rng.pick(denominators);
  return { k: rng.int(1, n - 1), n };
}

function sampleBar(rng: Rng): Scene {
  const { k, n } = sampleFraction(rng, [2, 3, 4, 5, 6, 8, 10, 12]);
  const colour = rng.pick(COLOURS);
  const showFraction = rng.chance(0.6);
  const unitLabels = n <= 8 && rng.chance(0.35);
  const f = writeFraction(k, n, true);
  const unit = writeFraction(1, n);
  const code = [`unitsize(${asyNumber(Math.min(2, 9 / n), 2)}cm, 1cm);`];
  code.push(k === 1 ? `fill(box((0, 0), (1, 1)), ${FILL_PENS[colour.word]});` : `for (int i = 0; i < ${k}; ++i) fill(box((i, 0), (i + 1, 1)), ${FILL_PENS[colour.word]});`);
  code.push(`for (int i = 0; i < ${n}; ++i) draw(box((i, 0), (i + 1, 1)));`);
  const labels: string[] = [];
  if (unitLabels) {
    code.push(`for (int i = 0; i < ${n}; ++i) label("$${unit.tex}$", (i + 0.5, 0.5));`);
    labels.push(unit.tex);
  }
  if (showFraction) {
    code.push(`label("$${f.tex}$", (${asyNumber(n / 2)}, 0), S);`);
    labels.push(f.tex);
  }
  const requests = [
    shortRequest('short-1', `Draw a fraction bar showing ${f.text}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Show'])} a rectangle split into ${n} equal parts with ${k} of them shaded ${colour.word}${showFraction ? `, labelled ${f.text}` : ''}.`),
    shortRequest('short-3', `Fraction strip: ${partsWords(k, n)} shaded${unitLabels ? `, each part labelled ${unit.text}` : ''}.`),
    casualRequest(rng, 'casual-1', `fraction bar for ${f.text} shaded ${colour.word}`),
    rawCasualRequest('casual-2', `how do i show ${f.text} with a bar model? my teacher wants ${n} boxes`),
    casualRequest(rng, 'casual-3', `shade ${k} out of ${n} parts of a bar`),
    problemRequest('problem-1', `A rectangle is divided into ${n} equal parts, and ${k} of the parts ${k === 1 ? 'is' : 'are'} shaded. What fraction of the rectangle is shaded?`),
    problemRequest('problem-2', `Use a tape diagram to model the fraction ${f.text}: partition the bar into ${PART_NAMES[n]![1]} and shade ${k}.${unitLabels ? ` Write ${unit.text} in each part.` : ''}`),
    problemRequest('problem-3', `Maria ate ${partsWords(k, n)} of a chocolate bar. Draw the bar with the part she ate shaded${showFraction ? ' and the fraction written below it' : ''}.`),
  ];
  return { code: code.join('\n'), labels, predicates: [], requests };
}

function sampleCircle(rng: Rng): Scene {
  const { k, n } = sampleFraction(rng, [2, 3, 4, 5, 6, 8, 10, 12]);
  const colour = rng.pick(COLOURS);
  const showFraction = rng.chance(0.6);
  const f = writeFraction(k, n, true);
  const code = ['unitsize(2cm);', `fill((0, 0)--arc((0, 0), 1, 90, 90 + 360*${k}/${n})--cycle, ${FILL_PENS[colour.word]});`];
  code.push('draw(unitcircle);', `for (int i = 0; i < ${n}; ++i) draw((0, 0)--dir(90 + 360*i/${n}));`);
  if (showFraction) code.push(`label("$${f.tex}$", (0, -1), S);`);
  const food = rng.pick(['pizza', 'pie', 'cake']);
  const requests = [
    shortRequest('short-1', `Draw a fraction circle showing ${f.text}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Show'])} a circle cut into ${n} equal slices with ${k} shaded ${colour.word}.`),
    shortRequest('short-3', `Circle model of ${f.text}${showFraction ? ' with the fraction written underneath' : ''}.`),
    casualRequest(rng, 'casual-1', `${food} cut in ${n} slices with ${k} colored in`),
    rawCasualRequest('casual-2', `can u draw a circle that shows ${f.text}? like a ${food} with ${k} ${k === 1 ? 'slice' : 'slices'} shaded`),
    casualRequest(rng, 'casual-3', `fraction circle ${f.text} in ${colour.word}`),
    problemRequest('problem-1', `A ${food} is cut into ${n} equal slices and ${k} ${k === 1 ? 'slice is' : 'slices are'} eaten. Draw the ${food} as a circle with the eaten ${k === 1 ? 'slice' : 'slices'} shaded.`),
    problemRequest('problem-2', `The circle is divided into ${PART_NAMES[n]![1]}. Shade ${partsWords(k, n)} to show the fraction ${f.text}.`),
    problemRequest('problem-3', `What fraction of the circle is shaded? The circle has ${n} congruent sectors, ${k} of which ${k === 1 ? 'is' : 'are'} shaded.`),
  ];
  return { code: code.join('\n'), labels: showFraction ? [f.tex] : [], predicates: [], requests };
}

function sampleCompare(rng: Rng): Scene {
  const equivalent = rng.chance(0.5);
  let a: { k: number; n: number }, b: { k: number; n: number };
  do {
    a = sampleFraction(rng, [2, 3, 4, 5, 6]);
    const m = rng.int(2, 3);
    b = equivalent ? { k: a.k * m, n: a.n * m } : sampleFraction(rng, [2, 3, 4, 5, 6, 8]);
  } while (b.n > 12 || (!equivalent && (a.k * b.n === b.k * a.n || a.n === b.n)));
  const [c1, c2] = rng.sample(COLOURS, 2) as [(typeof COLOURS)[number], (typeof COLOURS)[number]];
  const fa = writeFraction(a.k, a.n, true);
  const fb = writeFraction(b.k, b.n, true);
  const code = ['unitsize(8cm, 1cm);'];
  for (const [f, y, c] of [[a, 1.5, c1], [b, 0, c2]] as const) {
    code.push(f.k === 1
      ? `fill(box((0, ${y}), (1/${f.n}, ${y + 1})), ${FILL_PENS[c.word]});`
      : `for (int i = 0; i < ${f.k}; ++i) fill(box((i/${f.n}, ${y}), ((i + 1)/${f.n}, ${y + 1})), ${FILL_PENS[c.word]});`);
    code.push(`for (int i = 0; i < ${f.n}; ++i) draw(box((i/${f.n}, ${y}), ((i + 1)/${f.n}, ${y + 1})));`);
  }
  code.push(`label("$${fa.tex}$", (0, 2), W);`, `label("$${fb.tex}$", (0, 0.5), W);`);
  const greater = a.k * b.n > b.k * a.n ? fa.text : fb.text;
  const relation = equivalent ? `${fa.text} = ${fb.text}` : `${greater} is the greater fraction`;
  const requests = [
    shortRequest('short-1', `Draw fraction bars to compare ${fa.text} and ${fb.text}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Show', 'Make', 'Draw'])} two bars of the same length, one showing ${fa.text} in ${c1.word} and one showing ${fb.text} in ${c2.word}.`),
    casualRequest(rng, 'casual-1', `fraction strips for ${fa.text} and ${fb.text} one above the other`),
    rawCasualRequest('casual-2', equivalent ? `how is ${fa.text} the same as ${fb.text}?? show me with bars` : `which is bigger ${fa.text} or ${fb.text}, can u draw fraction bars`),
    casualRequest(rng, 'casual-3', `compare ${fa.text} vs ${fb.text} using fraction bars`),
    problemRequest('problem-1', `Two congruent bars are shown. The top bar is divided into ${a.n} equal parts with ${a.k} shaded, and the bottom bar into ${b.n} equal parts with ${b.k} shaded. Use the model to compare ${fa.text} and ${fb.text}.`),
    problemRequest('problem-2', equivalent ? `Use fraction strips to show that ${fa.text} and ${fb.text} are equivalent fractions.` : `Shade ${fa.text} and ${fb.text} on two equal fraction strips to show that ${relation}.`),
    problemRequest('problem-3', `Model ${fa.text} and ${fb.text} with bars of equal length, labelling each bar with its fraction on the left.`),
  ];
  return { code: code.join('\n'), labels: [fa.tex, fb.tex], predicates: [], requests };
}

function sampleSet(rng: Rng): Scene {
  const n = rng.int(3, 10);
  const k = rng.int(1, n - 1);
  const colour = rng.pick(COLOURS);
  const thing = rng.pick(['counters', 'balloons', 'marbles', 'circles']);
  const f = writeFraction(k, n, true);
  const showFraction = rng.chance(0.5);
  const code = ['unitsize(1cm);', `for (int i = 0; i < ${n}; ++i) filldraw(circle((i, 0), 0.4), i < ${k} ? ${colour.pen} : white);`];
  if (showFraction) code.push(`label("$${f.tex}$", (${asyNumber((n - 1) / 2)}, -0.4), S);`);
  const requests = [
    shortRequest('short-1', `Draw a set of ${n} ${thing} with ${k} of them ${colour.word}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Show', 'Make', 'Draw'])} a set model of ${f.text} using ${numberWord(n)} circles in a row.`),
    casualRequest(rng, 'casual-1', `${n} ${thing} and ${k} ${k === 1 ? 'is' : 'are'} ${colour.word}`),
    rawCasualRequest('casual-2', `draw ${numberWord(n)} circles and color ${numberWord(k)} of them ${colour.word} so it shows ${f.text}`),
    casualRequest(rng, 'casual-3', `set model for the fraction ${f.text}${showFraction ? ' with the fraction under it' : ''}`),
    problemRequest('problem-1', `There are ${n} ${thing} in a row, and ${k} of them ${k === 1 ? 'is' : 'are'} ${colour.word}. What fraction of the ${thing} ${k === 1 ? 'is' : 'are'} ${colour.word}?`),
    problemRequest('problem-2', `Sam has ${n} ${thing}. ${sentenceCount(k)} ${k === 1 ? 'is' : 'are'} ${colour.word} and the rest are white. Draw a picture that shows the fraction ${f.text}.`),
    problemRequest('problem-3', `In the set below, ${k} out of ${n} objects ${k === 1 ? 'is' : 'are'} shaded ${colour.word}, modelling ${f.text}.`),
  ];
  return { code: code.join('\n'), labels: showFraction ? [f.tex] : [], predicates: [], requests };
}

function sentenceCount(k: number): string {
  const word = numberWord(k);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const FRACTION_MODELS_TEMPLATES: readonly Template[] = [
  { id: 'fraction-models/bar', family: 'fraction-models', grade: '3-5', sample: sampleBar },
  { id: 'fraction-models/circle', family: 'fraction-models', grade: '3-5', sample: sampleCircle },
  { id: 'fraction-models/compare-bars', family: 'fraction-models', grade: '3-5', sample: sampleCompare },
  { id: 'fraction-models/set', family: 'fraction-models', grade: 'K-2', sample: sampleSet },
];
