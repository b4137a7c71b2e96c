import { asyNumber, COLOURS } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  casualRequest, clipLine, coordText, placeLabel, placeTipLabels, pickVerb, problemRequest, rawCasualRequest, shortRequest,
  SLOPES, slopeValue, writeAxes, writeLinear, type Slope, pickNames } from './shared.ts';

/** Straight-line graphs: y = mx + b with intercepts, two intersecting lines, slope as rise over run. */

const N = 6;

/** Slopes ±1 in words: the code writes `x` and `-x`, so the digit 1 would not appear in it. */
function slopeWords(s: Slope): string {
  if (s.q === 1 && Math.abs(s.p) === 1) return s.p > 0 ? 'one' : 'negative one';
  return s.q === 1 ? String(s.p) : `${s.p}/${s.q}`;
}


function writeGraph(name: string, s: Slope, b: number, pen: string): string[] {
  const [lo, hi] = clipLine(slopeValue(s), b, N);
  return [`real ${name}(real x) {return ${writeLinear(s, b).asy};}`, `draw(graph(${name}, ${asyNumber(lo)}, ${asyNumber(hi)}), ${pen}, Arrows(6));`];
}

function sampleSlopeIntercept(rng: Rng): Scene {
  let s: Slope, x0: number, b: number;
  do {
    s = rng.pick(SLOPES);
    x0 = s.q * rng.int(-4, 4);
    b = (-s.p * x0) / s.q;
  } while (x0 === 0 || Math.abs(b) > N - 1 || Math.abs(x0) > N - 1);
  const m = slopeValue(s);
  const colour = rng.pick(COLOURS);
  const grid = rng.chance(0.7);
  const tip = placeTipLabels([{ m: slopeValue(s), b }], N)?.[0];
  const showEquation = tip !== undefined && rng.chance(0.5);
  const eq = writeLinear(s, b);
  const yInt = coordText(0, b);
  const xInt = coordText(x0, 0);
  const code = ['import graph;', 'unitsize(0.5cm);', ...writeAxes({ min: -N, max: N, grid, numbers: rng.chance(0.5) }), ...writeGraph('f', s, b, colour.pen)];
  code.push(`dot((0, ${b}));`, `dot((${x0}, 0));`);
  code.push(`label("$${yInt}$", (0, ${b}), ${m > 0 ? 'SE' : 'NE'});`);
  code.push(`label("$${xInt}$", (${x0}, 0), ${m > 0 ? 'NW' : 'NE'});`);
  const labels = ['x', 'y', yInt, xInt];
  if (showEquation && tip) {
    code.push(`label("$y = ${eq.tex}$", ${coordText(tip.x, tip.y)}, ${tip.dir}, ${colour.pen});`);
    labels.push(`y = ${eq.tex}`);
  }
  const equation = `y = ${eq.text}`;
  const labelEq = showEquation ? ' and write the equation on the line' : '';
  const requests = [
    shortRequest('short-1', `Graph ${equation} and label its x- and y-intercepts.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Sketch', 'Plot'])} the line ${equation} in ${colour.word}${grid ? ' on a grid' : ''}, marking the intercepts ${yInt} and ${xInt}${labelEq}.`),
    casualRequest(rng, 'casual-1', `graph ${equation} with the intercepts labeled`),
    rawCasualRequest('casual-2', `how do i graph ${equation.replace(/ /g, '')}?? my teacher said use the intercepts`),
    casualRequest(rng, 'casual-3', `a ${colour.word} line with slope ${slopeWords(s)} and y-intercept ${b}`),
    problemRequest('problem-1', `The line ${equation} crosses the y-axis at ${yInt} and the x-axis at ${xInt}. Sketch the line and label both intercepts.`),
    problemRequest('problem-2', `A line has slope ${slopeWords(s)} and passes through ${yInt}. Graph the line${grid ? ' on a coordinate grid' : ''} and mark the point where it meets the x-axis.`),
    problemRequest('problem-3', `Use the intercepts to graph ${equation}: plot ${xInt} and ${yInt}, then draw the line through them${showEquation ? ', labelled with its equation' : ''}.`),
  ];
  const predicates: Predicate[] = [{ kind: 'at', point: yInt, x: 0, y: b }, { kind: 'at', point: xInt, x: x0, y: 0 }];
  return { code: code.join('\n'), labels, predicates, requests };
}

function sampleTwoLines(rng: Rng): Scene {
  const numbers = rng.chance(0.5);
  const name = rng.chance(0.5) ? pickNames(rng, 1)[0]! : '';
  let s1: Slope, s2: Slope, px: number, py: number, b1: number, b2: number;
  let spot: { dir: string; clearance: number };
  do {
    [s1, s2] = rng.sample(SLOPES, 2) as [Slope, Slope];
    px = rng.int(-3, 3);
    py = rng.int(-3, 3);
    b1 = py - slopeValue(s1) * px;
    b2 = py - slopeValue(s2) * px;
    spot = placeLabel(px, py, `${name}${coordText(px, py)}`, [{ m: slopeValue(s1), b: b1 }, { m: slopeValue(s2), b: b2 }]);
  } while (
    !Number.isInteger(b1) || !Number.isInteger(b2) || Math.abs(b1) > 5 || Math.abs(b2) > 5 ||
    Math.abs(Math.atan(slopeValue(s1)) - Math.atan(slopeValue(s2))) < 0.45 ||
    (numbers && (Math.abs(px) < 2 || Math.abs(py) < 2)) || spot.clearance < 0.3
  );
  const [c1, c2] = rng.sample(COLOURS, 2) as [(typeof COLOURS)[number], (typeof COLOURS)[number]];
  const point = coordText(px, py);
  const pointLabel = `${name}${point}`;
  const e1 = writeLinear(s1, b1);
  const e2 = writeLinear(s2, b2);
  const tips = placeTipLabels([{ m: slopeValue(s1), b: b1 }, { m: slopeValue(s2), b: b2 }], N);
  const showEquations = tips !== null && rng.chance(0.6);
  const code = ['import graph;', 'unitsize(0.5cm);', ...writeAxes({ min: -N, max: N, grid: rng.chance(0.6), numbers })];
  code.push(...writeGraph('f', s1, b1, c1.pen), ...writeGraph('g', s2, b2, c2.pen));
  code.push(`dot(${point});`, `label("$${pointLabel}$", ${point}, ${spot.dir});`);
  const labels = ['x', 'y', pointLabel];
  if (showEquations && tips) {
    for (const [tip, e, c] of [[tips[0]!, e1, c1], [tips[1]!, e2, c2]] as const) {
      code.push(`label("$y = ${e.tex}$", ${coordText(tip.x, tip.y)}, ${tip.dir}, ${c.pen});`);
      labels.push(`y = ${e.tex}`);
    }
  }
  const eq1 = `y = ${e1.text}`;
  const eq2 = `y = ${e2.text}`;
  const named = name ? `point ${name} at` : 'the point';
  const requests = [
    shortRequest('short-1', `Graph ${eq1} and ${eq2} on the same axes and label their intersection ${pointLabel}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Plot', 'Show'])} two lines, ${eq1} in ${c1.word} and ${eq2} in ${c2.word}, meeting at ${point}.`),
    casualRequest(rng, 'casual-1', `graph ${eq1} and ${eq2} and show where they cross`),
    rawCasualRequest('casual-2', `solving a system by graphing: ${eq1} and ${eq2}. can u draw both lines${showEquations ? ' w/ the equations on them' : ''} and the solution point`),
    casualRequest(rng, 'casual-3', `a ${c1.word} line and a ${c2.word} line that intersect at ${point}`),
    problemRequest('problem-1', `Solve the system ${eq1}, ${eq2} by graphing. The lines intersect at ${named} ${point}; label it on the graph.`),
    problemRequest('problem-2', `The graphs of ${eq1} and ${eq2} are drawn in the coordinate plane${showEquations ? ', each labelled with its equation' : ''}. They meet at ${pointLabel}.`),
    problemRequest('problem-3', `Two lines with slopes ${slopeWords(s1)} and ${slopeWords(s2)} pass through ${named} ${point}. Graph both lines and mark their point of intersection.`),
  ];
  return { code: code.join('\n'), labels, predicates: [{ kind: 'at', point: pointLabel, x: px, y: py }], requests };
}

function sampleSlopeTriangle(rng: Rng): Scene {
  let ax: number, ay: number, run: number, rise: number;
  do {
    ax = rng.int(-5, 1);
    ay = rng.int(-5, 4);
    run = rng.int(2, 5);
    rise = rng.int(-5, 5);
  } while (rise === 0 || Math.abs(rise) < 2 || ay + rise > 5 || ay + rise < -5 || ax + run > 5);
  const [a, b, c] = pickNames(rng, 3) as [string, string, string];
  const colour = rng.pick(COLOURS);
  const bx = ax + run;
  const by = ay + rise;
  const slope = rise / run;
  const intercept = ay - slope * ax;
  const [lo, hi] = clipLine(slope, intercept, N);
  const showNumbers = rng.chance(0.7);
  const code = ['import graph;', 'unitsize(0.5cm);', ...writeAxes({ min: -N, max: N, grid: true, numbers: false })];
  code.push(`pair ${a} = ${coordText(ax, ay)}, ${b} = ${coordText(bx, by)}, ${c} = ${coordText(bx, ay)};`);
  const shift = (v: number) => (v === 0 ? '' : v > 0 ? ` - ${v}` : ` + ${-v}`);
  code.push(`real f(real x) {return ${rise}/${run}*(x${shift(ax)})${shift(-ay)};}`);
  code.push(`draw(graph(f, ${asyNumber(lo)}, ${asyNumber(hi)}), ${colour.pen}, Arrows(6));`);
  code.push(`draw(${a}--${c}--${b}, dashed);`, `dot(${a});`, `dot(${b});`);
  const side = rise > 0 ? 'NW' : 'SW';
  code.push(`label("$${a}$", ${a}, ${side});`, `label("$${b}$", ${b}, ${side});`, `label("$${c}$", ${c}, ${rise > 0 ? 'SE' : 'NE'});`);
  const labels = ['x', 'y', a, b, c];
  if (showNumbers) {
    code.push(`label("$${run}$", midpoint(${a}--${c}), ${rise > 0 ? 'S' : 'N'});`, `label("$${rise}$", midpoint(${c}--${b}), E);`);
    labels.push(String(run), String(rise));
  }
  const slopeText = Number.isInteger(slope) ? String(slope) : `${rise}/${run}`;
  const pa = `${a}${coordText(ax, ay)}`;
  const pb = `${b}${coordText(bx, by)}`;
  const legs = showNumbers ? ` Label the run ${run} and the rise ${rise}.` : '';
  const requests = [
    shortRequest('short-1', `Draw the line through ${pa} and ${pb} with a dashed slope triangle ${a}${c}${b}.${legs}`),
    shortRequest('short-2', `${pickVerb(rng, ['Show', 'Mark', 'Draw'])} the rise and run for the line through ${coordText(ax, ay)} and ${coordText(bx, by)} on a grid.`),
    casualRequest(rng, 'casual-1', `slope triangle for the line through ${pa} and ${pb}${showNumbers ? ` with rise ${rise} and run ${run}` : ''}`),
    rawCasualRequest('casual-2', `i dont get rise over run. can you draw a ${colour.word} line through ${coordText(ax, ay)} and ${coordText(bx, by)} and show the rise and run with dashed lines`),
    casualRequest(rng, 'casual-3', `draw a line w slope ${slopeText} going thru ${pa} and show the slope triangle`),
    problemRequest('problem-1', `A line passes through ${pa} and ${pb}. Point ${c}${coordText(bx, ay)} forms a right triangle with ${a} and ${b}; the legs ${a}${c} and ${c}${b} show the run and the rise. Find the slope of the line.`),
    problemRequest('problem-2', `On the coordinate grid, the line ${a}${b} is drawn with its slope triangle. The horizontal leg has length ${run} and the vertical change is ${rise}, so the slope is ${slopeText}.`),
    problemRequest('problem-3', `Plot ${pa} and ${pb}, draw line ${a}${b}, and draw dashed segments from ${a} to ${c}${coordText(bx, ay)} and from ${c} to ${b} to show the slope.`),
  ];
  const predicates: Predicate[] = [
    { kind: 'at', point: a, x: ax, y: ay }, { kind: 'at', point: b, x: bx, y: by }, { kind: 'at', point: c, x: bx, y: ay },
    { kind: 'angle', from: a, at: c, to: b, deg: 90 },
  ];
  return { code: code.join('\n'), labels, predicates, requests };
}

export const LINEAR_GRAPHS_TEMPLATES: readonly Template[] = [
  { id: 'linear-graphs/slope-intercept', family: 'linear-graphs', grade: '6-8', sample: sampleSlopeIntercept },
  { id: 'linear-graphs/two-lines', family: 'linear-graphs', grade: '9-12', sample: sampleTwoLines },
  { id: 'linear-graphs/slope-triangle', family: 'linear-graphs', grade: '6-8', sample: sampleSlopeTriangle },
];
