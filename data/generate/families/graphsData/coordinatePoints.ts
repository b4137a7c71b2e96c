import { COLOURS, FILL_PENS, joinList, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  awayFromAxes, casualRequest, coordText, namedCoords, numberWord, pickVerb, problemRequest, rawCasualRequest,
  shortRequest, writeAxes, pickNames } from './shared.ts';

/** Points at integer coordinates on a grid: plotting ordered pairs, quadrants, polygons from vertices. */

type Point = [number, number];

/** Distinct lattice points; `wideLabels` keeps points on nearby rows far apart so "A(-3, 2)" labels do not collide. */
function sampleDistinctPoints(rng: Rng, count: number, limit: number, allowAxis: boolean, wideLabels = false): Point[] {
  const points: Point[] = [];
  while (points.length < count) {
    const p: Point = [rng.int(-limit, limit), rng.int(-limit, limit)];
    if (!allowAxis && (p[0] === 0 || p[1] === 0)) continue;
    if (points.some((q) => Math.abs(q[0] - p[0]) + Math.abs(q[1] - p[1]) < 2)) continue;
    if (wideLabels && points.some((q) => Math.abs(q[1] - p[1]) < 2 && Math.abs(q[0] - p[0]) < 5)) continue;
    points.push(p);
  }
  return points;
}

function quadrantOf([x, y]: Point): string {
  return x > 0 ? (y > 0 ? 'I' : 'IV') : y > 0 ? 'II' : 'III';
}

const QUADRANT_WORDS: Record<string, string> = { I: 'first', II: 'second', III: 'third', IV: 'fourth' };

function samplePlotPoints(rng: Rng): Scene {
  const n = rng.pick([5, 6]);
  const count = rng.int(2, 4);
  const names = pickNames(rng, count);
  const showCoords = rng.chance(0.4);
  const points = sampleDistinctPoints(rng, count, n - 1, rng.chance(0.4), showCoords);
  const grid = rng.chance(0.75);
  const numbers = rng.chance(0.6);
  const colour = rng.chance(0.4) ? rng.pick(COLOURS) : null;
  const labelTexts = names.map((name, i) => (showCoords ? `${name}${coordText(...points[i]!)}` : name));
  const code = ['import graph;', 'unitsize(0.5cm);', ...writeAxes({ min: -n, max: n, grid, numbers })];
  code.push(`pair ${names.map((name, i) => `${name} = ${coordText(...points[i]!)}`).join(', ')};`);
  names.forEach((name) => code.push(`dot(${name}${colour ? `, ${colour.pen}` : ''});`));
  names.forEach((name, i) => code.push(`label("$${labelTexts[i]}$", ${name}, ${awayFromAxes(...points[i]!)});`));

  const pairs = namedCoords(names, points);
  const bare = points.map((p) => coordText(...p));
  const range = grid ? ` from ${-n} to ${n}` : '';
  const extras = [numbers ? 'number the axes' : '', showCoords ? 'write the coordinates next to each point' : '', colour ? `make the dots ${colour.word}` : '']
    .filter(Boolean);
  const extraText = extras.length ? `. ${sentence(joinList(extras))}` : '';
  const plane = grid ? 'coordinate grid' : 'pair of coordinate axes';
  const requests = [
    shortRequest('short-1', `Plot the points ${joinList(pairs)} on a ${plane}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Make', 'Show'])} a ${plane}${range} with ${joinList(names.map((name, i) => `${name} at ${bare[i]}`))}${extraText}.`),
    casualRequest(rng, 'casual-1', `plot ${joinList(pairs)} on a graph${colour ? ` in ${colour.word}` : ''}`),
    rawCasualRequest('casual-2', `how do i graph the points ${joinList(bare)}? call them ${joinList(names)}`),
    casualRequest(rng, 'casual-3', `a ${grid ? 'grid' : 'xy plane'} with ${numberWord(count)} points on it: ${pairs.join(' ')}`),
    problemRequest('problem-1', `On the coordinate plane, ${joinList(names.map((name, i) => `point ${name} is located at ${bare[i]}`))}. Plot and label ${count === 2 ? 'both' : 'all'} points.`),
    problemRequest('problem-2', `Graph the ordered pairs ${joinList(pairs)} in the xy-plane${grid ? `, using a grid${range} on both axes` : ''}.`),
    problemRequest('problem-3', `${sentence(names.map((name, i) => `point ${name} has x-coordinate ${points[i]![0]} and y-coordinate ${points[i]![1]}`).join('; '))}. Show ${count === 2 ? 'both points' : `the ${numberWord(count)} points`} on a coordinate grid${extraText}.`),
  ];
  const predicates: Predicate[] = names.map((_, i) => ({ kind: 'at', point: labelTexts[i]!, x: points[i]![0], y: points[i]![1] }));
  return { code: code.join('\n'), labels: ['x', 'y', ...labelTexts], predicates, requests };
}

function sampleQuadrants(rng: Rng): Scene {
  const n = 6;
  const count = rng.int(1, 4);
  const names = pickNames(rng, count);
  const points = sampleDistinctPoints(rng, count, 4, false);
  const numbers = rng.chance(0.5);
  const grid = rng.chance(0.5);
  const code = ['import graph;', 'unitsize(0.5cm);', ...writeAxes({ min: -n, max: n, grid, numbers })];
  const numerals: [string, Point][] = [['I', [5, 5]], ['II', [-5, 5]], ['III', [-5, -5]], ['IV', [5, -5]]];
  for (const [numeral, [x, y]] of numerals) code.push(`label("${numeral}", ${coordText(x, y)});`);
  code.push(`pair ${names.map((name, i) => `${name} = ${coordText(...points[i]!)}`).join(', ')};`);
  names.forEach((name) => code.push(`dot(${name});`));
  names.forEach((name, i) => code.push(`label("$${name}$", ${name}, ${awayFromAxes(...points[i]!)});`));

  const pairs = namedCoords(names, points);
  const withQuadrant = names.map((name, i) => `${pairs[i]} in quadrant ${quadrantOf(points[i]!)}`);
  const ordinal = names.map((name, i) => `${name} is in the ${QUADRANT_WORDS[quadrantOf(points[i]!)]} quadrant at ${coordText(...points[i]!)}`);
  const pointWord = count === 1 ? 'the point' : 'the points';
  const requests = [
    shortRequest('short-1', `Draw a coordinate plane with the four quadrants labelled I, II, III, and IV and plot ${pointWord} ${joinList(pairs)}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Show', 'Make', 'Draw'])} the quadrants of the xy-plane with Roman numerals, then plot ${joinList(withQuadrant)}.`),
    casualRequest(rng, 'casual-1', `coordinate plane with quadrants labeled and ${pointWord} ${joinList(pairs)}`),
    rawCasualRequest('casual-2', `what ${count === 1 ? 'quadrant is' : 'quadrants are'} ${joinList(bareList(points))} in?? can u show it on a graph with the quadrants numbered`),
    casualRequest(rng, 'casual-3', `Please label the quadrants I through IV and put ${joinList(pairs)} on the graph`),
    problemRequest('problem-1', `The axes divide the coordinate plane into four quadrants, numbered I to IV counterclockwise. ${sentence(joinList(ordinal))}. Label each quadrant and plot ${count === 1 ? 'the point' : 'each point'}.`),
    problemRequest('problem-2', `Plot ${joinList(pairs)}${numbers ? ' on a numbered coordinate plane' : ''}. Label the quadrants with Roman numerals so the reader can see which quadrant ${count === 1 ? 'the point lies' : 'each point lies'} in.`),
  ];
  if (grid) requests.push(problemRequest('problem-3', `On a grid from -6 to 6, mark ${pointWord} ${joinList(pairs)} and write I, II, III, IV in the four quadrants.`));
  const predicates: Predicate[] = [
    ...names.map((name, i): Predicate => ({ kind: 'at', point: name, x: points[i]![0], y: points[i]![1] })),
    ...numerals.map(([numeral, [x, y]]): Predicate => ({ kind: 'at', point: numeral, x, y })),
  ];
  return { code: code.join('\n'), labels: ['x', 'y', 'I', 'II', 'III', 'IV', ...names], predicates, requests };
}

function bareList(points: readonly Point[]): string[] {
  return points.map((p) => coordText(...p));
}

const POLYGONS = ['rectangle', 'right triangle', 'triangle', 'parallelogram', 'trapezoid'] as const;

/** Vertices of the shape on the grid; with numbered axes no vertex sits next to an axis, where tick numbers are. */
function sampleVertices(rng: Rng, shape: (typeof POLYGONS)[number], numbers: boolean): Point[] {
  for (;;) {
    const vertices = shapeVertices(rng, shape);
    if (!numbers || vertices.every(([x, y]) => Math.abs(x) >= 2 && Math.abs(y) >= 2)) return vertices;
  }
}

function shapeVertices(rng: Rng, shape: (typeof POLYGONS)[number]): Point[] {
  const w = rng.int(3, 5);
  const h = rng.int(2, 4);
  const s = rng.int(1, 2);
  const x0 = rng.int(-5, 5 - w - s);
  const y0 = rng.int(-5, 5 - h);
  return {
    rectangle: [[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h]],
    'right triangle': [[x0, y0], [x0 + w, y0], [x0, y0 + h]],
    triangle: [[x0, y0], [x0 + w, y0], [x0 + s, y0 + h]],
    parallelogram: [[x0, y0], [x0 + w, y0], [x0 + w + s, y0 + h], [x0 + s, y0 + h]],
    trapezoid: [[x0, y0], [x0 + w + s, y0], [x0 + w, y0 + h], [x0 + s, y0 + h]],
  }[shape] as Point[];
}

function samplePolygonVertices(rng: Rng): Scene {
  const shape = rng.pick(POLYGONS);
  const numbers = rng.chance(0.6);
  const vertices = sampleVertices(rng, shape, numbers);
  const names = pickNames(rng, vertices.length);
  const colour = rng.chance(0.5) ? rng.pick(COLOURS) : null;
  const cx = vertices.reduce((sum, v) => sum + v[0], 0) / vertices.length;
  const cy = vertices.reduce((sum, v) => sum + v[1], 0) / vertices.length;
  const polygon = `${names.join('--')}--cycle`;
  const code = ['import graph;', 'unitsize(0.5cm);', ...writeAxes({ min: -6, max: 6, grid: true, numbers })];
  code.push(`pair ${names.map((name, i) => `${name} = ${coordText(...vertices[i]!)}`).join(', ')};`);
  if (colour) code.push(`fill(${polygon}, ${FILL_PENS[colour.word]});`);
  code.push(`draw(${polygon}${colour ? `, ${colour.pen}` : ''});`);
  names.forEach((name) => code.push(`dot(${name});`));
  names.forEach((name, i) => {
    const [x, y] = vertices[i]!;
    code.push(`label("$${name}$", ${name}, ${`${y < cy ? 'S' : 'N'}${x < cx ? 'W' : x > cx ? 'E' : ''}`});`);
  });

  const pairs = namedCoords(names, vertices);
  const title = names.join('');
  const shaded = colour ? ` and shade it ${colour.word}` : '';
  const requests = [
    shortRequest('short-1', `Plot ${joinList(pairs)} and connect them to form a ${shape}${shaded}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Graph', 'Sketch'])} ${shape} ${title} on a coordinate grid with vertices ${joinList(pairs)}.`),
    casualRequest(rng, 'casual-1', `graph the ${shape} with corners at ${joinList(bareList(vertices))}${colour ? ` colored ${colour.word}` : ''}`),
    rawCasualRequest('casual-2', `i have to plot ${pairs.join(' ')} and connect the dots, it should make a ${shape}. can you draw it`),
    casualRequest(rng, 'casual-3', `grid picture of ${shape} ${title}${numbers ? ' with numbers on the axes' : ''}`),
    problemRequest('problem-1', `${sentence(shape)} ${title} has vertices ${joinList(pairs)}. Draw ${title} on the coordinate plane.`),
    problemRequest('problem-2', `The points ${joinList(pairs)} are plotted on a coordinate grid and joined in order${colour ? `; the region they enclose is shaded ${colour.word}` : ''}. What figure is formed? Show the diagram.`),
    problemRequest('problem-3', `A ${shape} is drawn in the xy-plane. Its vertices are at ${joinList(bareList(vertices))}, labelled ${joinList(names)} in that order.`),
  ];
  const predicates: Predicate[] = names.map((name, i) => ({ kind: 'at', point: name, x: vertices[i]![0], y: vertices[i]![1] }));
  if (shape === 'rectangle' || shape === 'right triangle') predicates.push({ kind: 'angle', from: names[1]!, at: names[0]!, to: names.at(-1)!, deg: 90 });
  if (shape === 'parallelogram' || shape === 'trapezoid') predicates.push({ kind: 'parallel', a: [names[0]!, names[1]!], b: [names[3]!, names[2]!] });
  return { code: code.join('\n'), labels: ['x', 'y', ...names], predicates, requests };
}

export const COORDINATE_POINTS_TEMPLATES: readonly Template[] = [
  { id: 'coordinate-points/plot-points', family: 'coordinate-points', grade: '6-8', sample: samplePlotPoints },
  { id: 'coordinate-points/quadrants', family: 'coordinate-points', grade: '6-8', sample: sampleQuadrants },
  { id: 'coordinate-points/polygon-vertices', family: 'coordinate-points', grade: '6-8', sample: samplePolygonVertices },
];
