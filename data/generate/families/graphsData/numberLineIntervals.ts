import { asyNumber, COLOURS, type Colour } from '../../phrase.ts';
import type { Rng, Scene, Template } from '../../types.ts';
import { casualRequest, pickVerb, problemRequest, rawCasualRequest, shortRequest, writeIntegerLine } from './shared.ts';

/** Solution sets of one-variable inequalities on a number line: rays, bounded intervals, "or" compounds. */

interface Endpoint {
  value: number;
  closed: boolean;
}

interface Ray {
  from: number;
  to: number;
  /** Arrow at `to` when the set goes on forever that way. */
  arrow: boolean;
}

/** Window of integers around the interesting values, always with room for rays to show they continue. */
function chooseWindow(rng: Rng, values: readonly number[]): [number, number] {
  const lo = Math.min(...values) - rng.int(2, 3);
  const hi = Math.max(...values) + rng.int(2, 3);
  return hi - lo < 8 ? [lo - 1, hi + 1] : [lo, hi];
}

function writeIntervalLine(window: [number, number], rays: readonly Ray[], ends: readonly Endpoint[], colour: Colour, label: string | null): string {
  const [lo, hi] = window;
  const code = ['unitsize(0.8cm);', ...writeIntegerLine(lo, hi, true)];
  const pen = `${colour.pen}+linewidth(1.5)`;
  for (const ray of rays) code.push(`draw((${asyNumber(ray.from)}, 0)--(${asyNumber(ray.to)}, 0), ${pen}${ray.arrow ? ', EndArrow(8)' : ''});`);
  for (const end of ends) code.push(`filldraw(circle((${end.value}, 0), 0.2), ${end.closed ? colour.pen : 'white'}, ${colour.pen});`);
  if (label) {
    const middle = (rays[0]!.from + rays[0]!.to) / 2;
    code.push(`label("$${label}$", (${asyNumber(Math.round(middle * 2) / 2)}, 0), 3N, ${colour.pen});`);
  }
  return code.join('\n');
}

const CIRCLE_WORDS = (closed: boolean): string => (closed ? 'closed' : 'open');
const A_CIRCLE = (closed: boolean): string => (closed ? 'a closed' : 'an open');
/** "x <= 3" as a student types it: no spaces around the symbol. */
const squeeze = (text: string): string => text.replace(/ ([<>]=?) /g, '$1');
const CIRCLE_ALT = (closed: boolean): string => (closed ? 'filled-in' : 'hollow');

function sampleRay(rng: Rng): Scene {
  const a = rng.int(-6, 6);
  const greater = rng.chance(0.5);
  const closed = rng.chance(0.5);
  const colour = rng.pick(COLOURS);
  const window = chooseWindow(rng, [a]);
  const symbol = greater ? (closed ? '≥' : '>') : closed ? '≤' : '<';
  const tex = greater ? (closed ? '\\ge' : '>') : closed ? '\\le' : '<';
  const typed = greater ? (closed ? '>=' : '>') : closed ? '<=' : '<';
  const end = greater ? window[1] + 0.6 : window[0] - 0.6;
  const showLabel = rng.chance(0.5);
  const code = writeIntervalLine(window, [{ from: a, to: end, arrow: true }], [{ value: a, closed }], colour, showLabel ? `x ${tex} ${a}` : null);
  const ineq = `x ${symbol} ${a}`;
  const words = greater ? (closed ? `at least ${a}` : `greater than ${a}`) : closed ? `at most ${a}` : `less than ${a}`;
  const direction = greater ? 'right' : 'left';
  const requests = [
    shortRequest('short-1', `Graph ${ineq} on a number line.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Show', 'Make'])} a number line with ${A_CIRCLE(closed)} circle at ${a} and a ${colour.word} ray going ${direction}${showLabel ? `, labelled ${ineq}` : ''}.`),
    casualRequest(rng, 'casual-1', `number line for x ${typed} ${a}`),
    rawCasualRequest('casual-2', `is it an open or closed dot for x${typed}${a}?? can u graph it`),
    casualRequest(rng, 'casual-3', `graph all numbers ${words} on a number line in ${colour.word}`),
    problemRequest('problem-1', `Graph the solution set of ${ineq}. Use ${closed ? 'a closed (filled) circle, since' : 'an open circle, since'} ${a} ${closed ? 'is' : 'is not'} included, and shade the number line to the ${direction}.`),
    problemRequest('problem-2', `The solutions of an inequality are all real numbers ${words}. Represent them on a number line with a ${CIRCLE_ALT(closed)} circle at ${a}.`),
    problemRequest('problem-3', `Show the inequality ${ineq} on the number line${showLabel ? ' and write the inequality above the shaded ray' : ''}.`),
  ];
  return { code, labels: showLabel ? [`x ${tex} ${a}`] : [], predicates: [], requests };
}

function sampleBounded(rng: Rng): Scene {
  const a = rng.int(-6, 3);
  const b = a + rng.int(2, 7);
  const leftClosed = rng.chance(0.5);
  const rightClosed = rng.chance(0.5);
  const colour = rng.pick(COLOURS);
  const window = chooseWindow(rng, [a, b]);
  const ls = leftClosed ? '≤' : '<';
  const rs = rightClosed ? '≤' : '<';
  const lt = leftClosed ? '\\le' : '<';
  const rt = rightClosed ? '\\le' : '<';
  const showLabel = rng.chance(0.4);
  const tex = `${a} ${lt} x ${rt} ${b}`;
  const code = writeIntervalLine(window, [{ from: a, to: b, arrow: false }], [{ value: a, closed: leftClosed }, { value: b, closed: rightClosed }], colour, showLabel ? tex : null);
  const ineq = `${a} ${ls} x ${rs} ${b}`;
  const typed = `${a} ${leftClosed ? '<=' : '<'} x ${rightClosed ? '<=' : '<'} ${b}`;
  const ends = `${A_CIRCLE(leftClosed)} circle at ${a} and ${rightClosed === leftClosed ? 'another' : A_CIRCLE(rightClosed)} circle at ${b}`;
  const include = (v: number, closed: boolean): string => `${closed ? 'including' : 'excluding'} ${v}`;
  const requests = [
    shortRequest('short-1', `Graph ${ineq} on a number line.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Show', 'Sketch'])} a number line with ${ends}, and the segment between them shaded ${colour.word}.`),
    casualRequest(rng, 'casual-1', `number line showing ${typed}`),
    rawCasualRequest('casual-2', `how do i graph ${squeeze(typed)} on a number line, do both ends get open circles?`),
    casualRequest(rng, 'casual-3', `shade everything between ${a} and ${b} on a number line, ${include(a, leftClosed)} and ${include(b, rightClosed)}`),
    problemRequest('problem-1', `Graph the compound inequality ${ineq}. Mark ${a} with ${A_CIRCLE(leftClosed)} circle and ${b} with ${A_CIRCLE(rightClosed)} circle, then shade the numbers between them.`),
    problemRequest('problem-2', `A number x is ${leftClosed ? 'at least' : 'greater than'} ${a} and ${rightClosed ? 'at most' : 'less than'} ${b}. Show all possible values of x on a number line${showLabel ? ', labelled with the inequality' : ''}.`),
    problemRequest('problem-3', `The interval from ${a} to ${b}, ${include(a, leftClosed)} and ${include(b, rightClosed)}, is drawn on a number line in ${colour.word}.`),
  ];
  return { code, labels: showLabel ? [tex] : [], predicates: [], requests };
}

function sampleCompoundOr(rng: Rng): Scene {
  const a = rng.int(-6, 2);
  const b = a + rng.int(3, 6);
  const leftClosed = rng.chance(0.5);
  const rightClosed = rng.chance(0.5);
  const colour = rng.pick(COLOURS);
  const window = chooseWindow(rng, [a, b]);
  const rays: Ray[] = [{ from: a, to: window[0] - 0.6, arrow: true }, { from: b, to: window[1] + 0.6, arrow: true }];
  const code = writeIntervalLine(window, rays, [{ value: a, closed: leftClosed }, { value: b, closed: rightClosed }], colour, null);
  const left = `x ${leftClosed ? '≤' : '<'} ${a}`;
  const right = `x ${rightClosed ? '≥' : '>'} ${b}`;
  const typed = `x ${leftClosed ? '<=' : '<'} ${a} or x ${rightClosed ? '>=' : '>'} ${b}`;
  const ineq = `${left} or ${right}`;
  const requests = [
    shortRequest('short-1', `Graph ${ineq} on a number line.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Show', 'Make'])} two ${colour.word} rays on a number line: one going left from ${a} (${CIRCLE_WORDS(leftClosed)} circle) and one going right from ${b} (${CIRCLE_WORDS(rightClosed)} circle).`),
    casualRequest(rng, 'casual-1', `number line for ${typed}`),
    rawCasualRequest('casual-2', `graph ${squeeze(typed)} pls, its an "or" inequality so idk how to shade it`),
    casualRequest(rng, 'casual-3', `show ${left} or ${right} with ${colour.word} arrows going opposite ways`),
    problemRequest('problem-1', `Graph the compound inequality ${ineq}. The solution set consists of two rays that point away from each other.`),
    problemRequest('problem-2', `Every solution x is either ${leftClosed ? 'at most' : 'less than'} ${a} or ${rightClosed ? 'at least' : 'greater than'} ${b}. Draw the solution set on a number line, using ${leftClosed === rightClosed ? `${CIRCLE_WORDS(leftClosed)} circles at both endpoints` : `${A_CIRCLE(leftClosed)} circle at ${a} and ${A_CIRCLE(rightClosed)} circle at ${b}`}.`),
    problemRequest('problem-3', `On a number line, shade the two rays that make up the solution of ${ineq}; the numbers strictly between ${a} and ${b} are not solutions.`),
  ];
  return { code, labels: [], predicates: [], requests };
}

export const NUMBER_LINE_INTERVALS_TEMPLATES: readonly Template[] = [
  { id: 'number-line-intervals/ray', family: 'number-line-intervals', grade: '6-8', sample: sampleRay },
  { id: 'number-line-intervals/bounded', family: 'number-line-intervals', grade: '9-12', sample: sampleBounded },
  { id: 'number-line-intervals/compound-or', family: 'number-line-intervals', grade: '9-12', sample: sampleCompoundOr },
];
