import { asyNumber, COLOURS, FILL_PENS, type Colour } from '../../phrase.ts';
import type { Rng, Scene, Template } from '../../types.ts';
import {
  casualRequest, clipLine, clipSquare, coordText, pickVerb, placeTipLabels, problemRequest, rawCasualRequest,
  shortRequest, SLOPES, slopeValue, writeAxes, writeLinear, writePolygon, type Slope,
} from './shared.ts';

/** Linear inequalities in two variables: a shaded half-plane, a system with overlapping shading, x/y bounds. */

const N = 6;

interface Relation {
  symbol: string;
  tex: string;
  typed: string;
  strict: boolean;
  above: boolean;
  words: string;
}

const RELATIONS: readonly Relation[] = [
  { symbol: '>', tex: '>', typed: '>', strict: true, above: true, words: 'greater than' },
  { symbol: '<', tex: '<', typed: '<', strict: true, above: false, words: 'less than' },
  { symbol: '≥', tex: '\\ge', typed: '>=', strict: false, above: true, words: 'greater than or equal to' },
  { symbol: '≤', tex: '\\le', typed: '<=', strict: false, above: false, words: 'less than or equal to' },
];

interface Inequality {
  s: Slope;
  b: number;
  rel: Relation;
  colour: Colour;
}

function boundaryStyle(rel: Relation): string {
  return rel.strict ? 'dashed' : 'solid';
}

/** Fill, grid/axes, boundary lines and optional tip labels for one or two inequalities y REL mx + b. */
function writeInequalities(rng: Rng, list: readonly Inequality[], showLabels: boolean): { code: string[]; labels: string[] } {
  const code = ['import graph;', 'unitsize(0.5cm);'];
  for (const q of list) {
    const m = slopeValue(q.s);
    const region = q.rel.above ? clipSquare(N, -m, 1, -q.b) : clipSquare(N, m, -1, q.b);
    code.push(`fill(${writePolygon(region)}, ${FILL_PENS[q.colour.word]}${list.length > 1 ? '+opacity(0.5)' : ''});`);
  }
  code.push(...writeAxes({ min: -N, max: N, grid: rng.chance(0.7), numbers: false, above: true }));
  const labels = ['x', 'y'];
  const tips = showLabels ? placeTipLabels(list.map((q) => ({ m: slopeValue(q.s), b: q.b })), N) : null;
  list.forEach((q, i) => {
    const name = 'fgh'[i]!;
    const [lo, hi] = clipLine(slopeValue(q.s), q.b, N);
    code.push(`real ${name}(real x) {return ${writeLinear(q.s, q.b).asy};}`);
    code.push(`draw(graph(${name}, ${asyNumber(lo)}, ${asyNumber(hi)}), ${q.colour.pen}${q.rel.strict ? '+dashed' : ''}, Arrows(6));`);
    const tip = tips?.[i];
    if (tip) {
      const text = `y ${q.rel.tex} ${writeLinear(q.s, q.b).tex}`;
      code.push(`label("$${text}$", ${coordText(tip.x, tip.y)}, ${tip.dir}, ${q.colour.pen});`);
      labels.push(text);
    }
  });
  return { code, labels };
}

function sampleInequality(rng: Rng, intercept = rng.int(-3, 3)): Inequality {
  return { s: rng.pick(SLOPES), b: intercept, rel: rng.pick(RELATIONS), colour: rng.pick(COLOURS) };
}

function sampleHalfPlane(rng: Rng): Scene {
  const q = sampleInequality(rng);
  const showLabel = rng.chance(0.5);
  const { code, labels } = writeInequalities(rng, [q], showLabel);
  const shown = labels.length > 2;
  const rhs = writeLinear(q.s, q.b).text;
  const ineq = `y ${q.rel.symbol} ${rhs}`;
  const typed = `y ${q.rel.typed} ${rhs}`;
  const side = q.rel.above ? 'above' : 'below';
  const style = boundaryStyle(q.rel);
  const requests = [
    shortRequest('short-1', `Graph ${ineq}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Sketch', 'Show'])} the inequality ${ineq} with a ${style} ${q.colour.word} boundary line and the region ${side} it shaded.`),
    shortRequest('short-3', `Shade the solution set of ${ineq} on a coordinate plane${shown ? ' and label the boundary with the inequality' : ''}.`),
    casualRequest(rng, 'casual-1', `graph ${typed} and shade the right side`),
    rawCasualRequest('casual-2', `do i shade above or below for ${typed.replace(/ /g, '')}?? can u draw it`),
    casualRequest(rng, 'casual-3', `inequality graph for ${ineq}, ${style} line, shaded ${q.colour.word}`),
    problemRequest('problem-1', `Graph the linear inequality ${ineq}. ${q.rel.strict ? 'Because the inequality is strict, draw the boundary line' : 'Since points on the line are solutions, draw the boundary line'} y = ${rhs} ${style}, then shade the half-plane ${side} it.`),
    problemRequest('problem-2', `The solutions of ${ineq} are the points whose y-coordinate is ${q.rel.words} ${rhs}. Sketch this region in the xy-plane.`),
    problemRequest('problem-3', `Which points satisfy ${ineq}? Show them as a shaded region bounded by the line y = ${rhs}${shown ? ', labelled with the inequality' : ''}.`),
  ];
  return { code: code.join('\n'), labels, predicates: [], requests };
}

function sampleSystem(rng: Rng): Scene {
  let p: Inequality, q: Inequality;
  do {
    p = sampleInequality(rng);
    q = sampleInequality(rng);
  } while (Math.abs(Math.atan(slopeValue(p.s)) - Math.atan(slopeValue(q.s))) < 0.5 || p.colour === q.colour);
  const showLabels = rng.chance(0.5);
  const { code, labels } = writeInequalities(rng, [p, q], showLabels);
  const shown = labels.length > 2;
  const e1 = `y ${p.rel.symbol} ${writeLinear(p.s, p.b).text}`;
  const e2 = `y ${q.rel.symbol} ${writeLinear(q.s, q.b).text}`;
  const t1 = `y ${p.rel.typed} ${writeLinear(p.s, p.b).text}`;
  const t2 = `y ${q.rel.typed} ${writeLinear(q.s, q.b).text}`;
  const styles = p.rel.strict === q.rel.strict ? `both boundaries ${boundaryStyle(p.rel)}` : `the first boundary ${boundaryStyle(p.rel)} and the second ${boundaryStyle(q.rel)}`;
  const requests = [
    shortRequest('short-1', `Graph the system ${e1} and ${e2}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Sketch', 'Show'])} the solution region of the system ${e1}, ${e2}, shading ${e1} in ${p.colour.word} and ${e2} in ${q.colour.word} so the overlap stands out.`),
    shortRequest('short-3', `Shade both ${e1} and ${e2} on one grid, with ${styles}.`),
    casualRequest(rng, 'casual-1', `graph the system ${t1} and ${t2} with overlapping shading`),
    rawCasualRequest('casual-2', `system of inequalities ${t1.replace(/ /g, '')} and ${t2.replace(/ /g, '')}, where do the shadings overlap? pls draw it`),
    casualRequest(rng, 'casual-3', `${e1} shaded ${p.colour.word} and ${e2} shaded ${q.colour.word} on the same graph`),
    problemRequest('problem-1', `Solve the system of inequalities ${e1} and ${e2} by graphing. The solution set is the region where the two shaded half-planes overlap.`),
    problemRequest('problem-2', `On the coordinate plane, the boundary lines of ${e1} and ${e2} are drawn${showLabels && shown ? ' and labelled' : ''}, with ${styles}. Each half-plane is shaded in its own colour.`),
    problemRequest('problem-3', `A point must satisfy ${e1} and also ${e2}. Sketch the set of all such points, showing where the two shaded regions overlap.`),
  ];
  return { code: code.join('\n'), labels, predicates: [], requests };
}

function sampleAxisBound(rng: Rng): Scene {
  const both = rng.chance(0.4);
  const xRel = rng.pick(RELATIONS);
  const yRel = rng.pick(RELATIONS);
  const a = rng.int(-4, 4) || 2;
  const c = rng.int(-4, 4) || -1;
  const useX = both || rng.chance(0.5);
  const colour = rng.pick(COLOURS);
  const right = xRel.above;
  const up = yRel.above;
  const xs: [number, number] = useX ? (right ? [a, N] : [-N, a]) : [-N, N];
  const ys: [number, number] = both || !useX ? (up ? [c, N] : [-N, c]) : [-N, N];
  const code = ['import graph;', 'unitsize(0.5cm);', `fill(${writePolygon([[xs[0], ys[0]], [xs[1], ys[0]], [xs[1], ys[1]], [xs[0], ys[1]]])}, ${FILL_PENS[colour.word]});`];
  code.push(...writeAxes({ min: -N, max: N, grid: true, numbers: rng.chance(0.5), above: true }));
  const parts: string[] = [];
  const typedParts: string[] = [];
  const boundaries: string[] = [];
  if (useX) {
    code.push(`draw((${a}, ${-N})--(${a}, ${N}), ${colour.pen}${xRel.strict ? '+dashed' : ''});`);
    parts.push(`x ${xRel.symbol} ${a}`);
    typedParts.push(`x${xRel.typed}${a}`);
    boundaries.push(`x = ${a} (${boundaryStyle(xRel)})`);
  }
  if (both || !useX) {
    code.push(`draw((${-N}, ${c})--(${N}, ${c}), ${colour.pen}${yRel.strict ? '+dashed' : ''});`);
    parts.push(`y ${yRel.symbol} ${c}`);
    typedParts.push(`y${yRel.typed}${c}`);
    boundaries.push(`y = ${c} (${boundaryStyle(yRel)})`);
  }
  const ineq = parts.join(' and ');
  const single = parts.length === 1;
  const sideWords = single ? (useX ? (right ? 'to the right of' : 'to the left of') : up ? 'above' : 'below') : 'inside the corner formed by';
  const requests = [
    shortRequest('short-1', `Graph ${ineq} on the coordinate plane.`),
    shortRequest('short-2', `${pickVerb(rng, ['Shade', 'Show', 'Draw'])} the region ${ineq} in ${colour.word}, with the boundary ${single ? 'line' : 'lines'} ${boundaries.join(' and ')}.`),
    casualRequest(rng, 'casual-1', `graph ${typedParts.join(' and ')} on a grid`),
    rawCasualRequest('casual-2', `how do u graph ${typedParts.join(' and ')}? is the line ${single ? (parts[0]!.startsWith('x') ? 'vertical or horizontal' : 'horizontal or vertical') : 'dashed or solid'}`),
    casualRequest(rng, 'casual-3', `Shade where ${ineq} in ${colour.word} please`),
    problemRequest('problem-1', `Graph the inequality ${ineq} in the xy-plane. The shaded region lies ${sideWords} the boundary ${single ? 'line' : 'lines'} ${boundaries.map((t) => t.replace(/ \(.*\)/, '')).join(' and ')}.`),
    problemRequest('problem-2', `Represent all points (x, y) with ${ineq} on a coordinate grid${single ? '' : '; the solution is the overlap of two half-planes'}.`),
    problemRequest('problem-3', `Sketch the solution set of ${ineq}. Use a dashed line for a strict inequality and a solid line otherwise.`),
  ];
  return { code: code.join('\n'), labels: ['x', 'y'], predicates: [], requests };
}

export const INEQUALITIES_TEMPLATES: readonly Template[] = [
  { id: 'inequalities/half-plane', family: 'inequalities', grade: '9-12', sample: sampleHalfPlane },
  { id: 'inequalities/system', family: 'inequalities', grade: '9-12', sample: sampleSystem },
  { id: 'inequalities/axis-bound', family: 'inequalities', grade: '6-8', sample: sampleAxisBound },
];
