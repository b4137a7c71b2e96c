import { asyNumber, COLOURS, joinList, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { casualRequest, pickVerb, problemRequest, rawCasualRequest, shortRequest, writeFraction, writeIntegerLine, pickNames } from './shared.ts';

/** Number lines with plotted points: integers, fractions between whole numbers, decimals in tenths. */

interface Plotted {
  value: number;
  /** Asymptote x-coordinate ("3", "3/4", "2.4"), label text (TeX) and typed text. */
  asy: string;
  tex: string;
  text: string;
}

/** Dots at the plotted values with a letter or the value itself above each; returns code, labels, predicates. */
function writePlotted(points: readonly Plotted[], names: readonly string[] | null, pen: string): { code: string[]; labels: string[]; predicates: Predicate[] } {
  const code: string[] = [];
  const labels: string[] = [];
  const predicates: Predicate[] = [];
  const penArg = pen ? `, ${pen}` : '';
  if (names) code.push(`pair ${names.map((name, i) => `${name} = (${points[i]!.asy}, 0)`).join(', ')};`);
  points.forEach((p, i) => {
    const at = names ? names[i]! : `(${p.asy}, 0)`;
    const text = names ? names[i]! : p.tex;
    code.push(`dot(${at}${penArg});`, `label("$${text}$", ${at}, 3N${penArg});`);
    labels.push(text);
    predicates.push({ kind: 'at', point: text, x: p.value, y: 0 });
  });
  return { code, labels, predicates };
}

function nameList(points: readonly Plotted[], names: readonly string[] | null): string {
  return joinList(points.map((p, i) => (names ? `${names[i]} at ${p.text}` : p.text)));
}

function sampleIntegers(rng: Rng): Scene {
  const lo = rng.int(-10, 0);
  const hi = lo + rng.pick([8, 10, 12]);
  const count = rng.int(1, 3);
  const values = rng.sample(Array.from({ length: hi - lo - 1 }, (_, i) => lo + 1 + i), count).sort((a, b) => a - b);
  const letters = rng.chance(0.5);
  const names = letters ? pickNames(rng, count) : null;
  const colour = rng.chance(0.5) ? rng.pick(COLOURS) : null;
  const points = values.map((v): Plotted => ({ value: v, asy: String(v), tex: String(v), text: String(v) }));
  const plotted = writePlotted(points, names, colour?.pen ?? '');
  const code = ['unitsize(0.8cm);', ...writeIntegerLine(lo, hi, letters)];
  const labels: string[] = [];
  // Without numbered ticks, the ends (and 0) are numbered so the line has a scale.
  if (!letters) {
    for (const v of [...new Set([lo, 0, hi])].filter((v) => !values.includes(v))) {
      code.push(`label("$${v}$", (${v}, -0.15), S);`);
      labels.push(String(v));
    }
  }
  code.push(...plotted.code);
  const list = joinList(values.map(String));
  const which = count === 1 ? 'the point' : 'the points';
  const dots = colour ? ` with ${count === 1 ? `a ${colour.word} dot` : `${colour.word} dots`}` : '';
  const requests = [
    shortRequest('short-1', `Draw a number line from ${lo} to ${hi} and plot ${nameList(points, names)}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Mark', 'Plot', 'Show'])} ${list} on a number line${dots}${names ? `, labelled ${joinList(names)}` : ''}.`),
    casualRequest(rng, 'casual-1', `number line from ${lo} to ${hi} with ${count === 1 ? 'a dot' : 'dots'} at ${list}${names ? ` labeled ${joinList(names)}` : ''}`),
    rawCasualRequest('casual-2', `how do i show ${list} on a number line${count > 1 ? '? which one goes farther left' : ''}`),
    casualRequest(rng, 'casual-3', `Plot ${list} on a number line${dots}`),
    problemRequest('problem-1', names
      ? `On the number line, ${joinList(points.map((p, i) => `point ${names[i]} represents ${p.text}`))}. Draw the number line from ${lo} to ${hi} with ${which} marked.`
      : `Graph ${count === 1 ? 'the integer' : 'the integers'} ${list} on a number line that runs from ${lo} to ${hi}, labelling each point with its value.`),
    problemRequest('problem-2', `${sentence(numberWordsFor(count))} on a number line ${names ? `numbered from ${lo} to ${hi}` : `with tick marks from ${lo} to ${hi}`}: ${nameList(points, names)}. ${count > 2 ? 'Which is greatest?' : count === 2 ? 'Which is greater?' : 'Is it positive or negative?'}`),
    problemRequest('problem-3', `Represent ${list} on a horizontal number line${letters ? ' with every integer numbered' : ''}.`),
  ];
  return { code: code.join('\n'), labels: [...labels, ...plotted.labels], predicates: plotted.predicates, requests };
}

function numberWordsFor(count: number): string {
  return count === 1 ? 'one point is plotted' : count === 2 ? 'two points are plotted' : 'three points are plotted';
}

/** Tick marks at every 1/d from `start` to `start + width`, as a loop; `half` is half the tick height. */
function writeTicks(start: number, width: number, d: number, half: string): string {
  const x = start === 0 ? `i/${d}` : `${start} + i/${d}`;
  return `for (int i = 0; i <= ${width * d}; ++i) draw((${x}, -${half})--(${x}, ${half}));`;
}

function sampleFractions(rng: Rng): Scene {
  const width = rng.pick([1, 1, 2]);
  const d = width === 1 ? rng.pick([2, 3, 4, 5, 6, 8]) : rng.pick([2, 3, 4]);
  const count = rng.int(1, 2);
  const candidates = Array.from({ length: width * d - 1 }, (_, i) => i + 1).filter((k) => k % d !== 0);
  const ks = rng.sample(candidates, Math.min(count, candidates.length)).sort((a, b) => a - b);
  const unit = 8 / width;
  const half = asyNumber(0.24 / unit);
  const labelAll = width * d <= 8 && rng.chance(0.5);
  const letters = rng.chance(0.35);
  const names = letters ? pickNames(rng, ks.length) : null;
  const colour = rng.pick(COLOURS);
  const code = [`unitsize(${asyNumber(unit)}cm);`, `draw((0, 0)--(${width}, 0));`, writeTicks(0, width, d, half)];
  const labels: string[] = [];
  for (let k = 0; k <= width * d; k++) {
    const whole = k % d === 0;
    if (!whole && !labelAll) continue;
    const tex = whole ? String(k / d) : writeFraction(k, d, true).tex;
    code.push(`label("$${tex}$", (${whole ? k / d : `${k}/${d}`}, -${half}), S);`);
    labels.push(tex);
  }
  const points = ks.map((k): Plotted => ({ value: k / d, asy: `${k}/${d}`, ...writeFraction(k, d, true) }));
  const plotted = writePlotted(points, names, colour.pen);
  code.push(...plotted.code);
  const list = joinList(points.map((p) => p.text));
  const parts = { 2: 'halves', 3: 'thirds', 4: 'fourths', 5: 'fifths', 6: 'sixths', 8: 'eighths' }[d]!;
  const range = `from 0 to ${width}`;
  const requests = [
    shortRequest('short-1', `Draw a number line ${range} divided into ${parts} and plot ${nameList(points, names)}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Show', 'Mark', 'Plot'])} ${list} on a number line${labelAll ? ' with every tick labelled' : ''}.`),
    casualRequest(rng, 'casual-1', `number line ${range} split into ${parts} with ${list} marked in ${colour.word}`),
    rawCasualRequest('casual-2', `where does ${list} go on a number line?? i need to show it in ${parts}`),
    casualRequest(rng, 'casual-3', `make a fraction number line ${range}, ${parts}, and put a dot at ${list}`),
    problemRequest('problem-1', `The number line ${range} is divided into equal parts of size 1/${d}. ${sentence(names ? joinList(points.map((p, i) => `point ${names[i]} is at ${p.text}`)) : `${list} ${points.length > 1 ? 'are' : 'is'} marked with a dot`)}.`),
    problemRequest('problem-2', `Locate ${list} on a number line. Partition each whole into ${parts} first${labelAll ? ', and label every tick mark' : ''}.`),
    problemRequest('problem-3', `${sentence(parts)} are marked on a number line ${range}. Plot the ${points.length > 1 ? 'fractions' : 'fraction'} ${list}${names ? ` and name ${points.length > 1 ? 'them' : 'it'} ${joinList(names)}` : ''}.`),
  ];
  return { code: code.join('\n'), labels: [...labels, ...plotted.labels], predicates: plotted.predicates, requests };
}

function sampleDecimals(rng: Rng): Scene {
  const start = rng.int(0, 6);
  const count = rng.int(1, 2);
  const ks = rng.sample([1, 2, 3, 4, 6, 7, 8, 9], count).sort((a, b) => a - b);
  const labelAll = rng.chance(0.4);
  const letters = rng.chance(0.4);
  const names = letters ? pickNames(rng, count) : null;
  const colour = rng.chance(0.6) ? rng.pick(COLOURS) : null;
  const code = ['unitsize(8cm);', `draw((${start}, 0)--(${start + 1}, 0));`, writeTicks(start, 1, 10, '0.03')];
  const labels: string[] = [];
  if (labelAll) {
    const x = start === 0 ? 'i/10' : `${start} + i/10`;
    code.push(`for (int i = 0; i <= 10; ++i) label(string(${x}), (${x}, -0.03), S, fontsize(8));`);
  } else {
    for (const v of [start, start + 1]) {
      code.push(`label("$${v}$", (${v}, -0.03), S);`);
      labels.push(String(v));
    }
  }
  const points = ks.map((k): Plotted => {
    const text = asyNumber(start + k / 10);
    return { value: start + k / 10, asy: text, tex: text, text };
  });
  const plotted = writePlotted(points, names, colour?.pen ?? '');
  code.push(...plotted.code);
  const list = joinList(points.map((p) => p.text));
  const range = `from ${start} to ${start + 1}`;
  const requests = [
    shortRequest('short-1', `Draw a number line ${range} marked in tenths and plot ${nameList(points, names)}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Show', 'Mark', 'Plot'])} ${list} on a decimal number line${colour ? ` in ${colour.word}` : ''}.`),
    casualRequest(rng, 'casual-1', `number line ${range} by tenths with ${list} on it`),
    rawCasualRequest('casual-2', `how do i put ${list} on a number line? its between ${start} and ${start + 1}`),
    casualRequest(rng, 'casual-3', `decimal number line with a dot at ${list}${labelAll ? ', every tick labeled' : ''}`),
    problemRequest('problem-1', `The interval ${range} on a number line is divided into ten equal parts. ${sentence(names ? joinList(points.map((p, i) => `point ${names[i]} is located at ${p.text}`)) : `plot ${list}`)}.`),
    problemRequest('problem-2', `Locate ${list} on the number line below, where each small tick mark represents one tenth.`),
    problemRequest('problem-3', `Plot the decimal${count > 1 ? 's' : ''} ${list} on a number line that starts at ${start} and ends at ${start + 1}${labelAll ? ', with every tenth labelled' : ''}.`),
  ];
  return { code: code.join('\n'), labels: [...labels, ...plotted.labels], predicates: plotted.predicates, requests };
}

export const NUMBER_LINES_TEMPLATES: readonly Template[] = [
  { id: 'number-lines/integers', family: 'number-lines', grade: '6-8', sample: sampleIntegers },
  { id: 'number-lines/fractions', family: 'number-lines', grade: '3-5', sample: sampleFractions },
  { id: 'number-lines/decimals', family: 'number-lines', grade: '3-5', sample: sampleDecimals },
];
