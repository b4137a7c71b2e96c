import { COLOURS, FILL_PENS, joinList } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { casualRequest, compassOf, coordText, pickVerb, problemRequest, rawCasualRequest, shortRequest, markSize, pickNames } from './shared.ts';

/** Figures for area and perimeter: rectangles and squares, right triangles, triangles with a height, L-shapes. */

const UNITS = ['cm', 'm', 'in', 'ft', 'yd', 'units'] as const;
const UNIT_WORDS: Record<string, string> = { cm: 'centimeters', m: 'meters', in: 'inches', ft: 'feet', yd: 'yards', units: 'units' };

type Point = [number, number];

/** Vertex labels pointing away from the centroid, and side labels outside each listed side. */
function writeLabels(names: readonly string[], points: readonly Point[], sides: readonly [number, number, string][], dirs: Record<number, string> = {}): string[] {
  const cx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const cy = points.reduce((s, p) => s + p[1], 0) / points.length;
  const code = names.map((name, i) => `label("$${name}$", ${name}, ${dirs[i] ?? compassOf(points[i]![0] - cx, points[i]![1] - cy)});`);
  for (const [i, j, text] of sides) {
    const [p, q] = [points[i]!, points[j]!];
    // Outward normal of side p→q for a counterclockwise polygon.
    const dir = compassOf(q[1] - p[1], p[0] - q[0]);
    code.push(`label("${text}", midpoint(${names[i]}--${names[j]}), ${dir});`);
  }
  return code;
}

function declare(names: readonly string[], points: readonly Point[]): string {
  return `pair ${names.map((n, i) => `${n} = ${coordText(...points[i]!)}`).join(', ')};`;
}

function sampleRectangle(rng: Rng): Scene {
  const square = rng.chance(0.3);
  const length = rng.int(3, 12);
  const width = square ? length : rng.int(2, Math.max(2, length - 1));
  const unit = rng.pick(UNITS);
  const names = pickNames(rng, 4);
  const [A, B, C, D] = names as [string, string, string, string];
  const points: Point[] = [[0, 0], [length, 0], [length, width], [0, width]];
  const colour = rng.chance(0.4) ? rng.pick(COLOURS) : null;
  const grid = unit === 'units' || (unit === 'cm' && rng.chance(0.4));
  const marks = rng.chance(0.6);
  const code = ['import olympiad;', 'size(6cm);', declare(names, points)];
  if (colour) code.push(`fill(${A}--${B}--${C}--${D}--cycle, ${FILL_PENS[colour.word]});`);
  if (grid) code.push(`for (int i = 1; i < ${length}; ++i) draw((i, 0)--(i, ${width}), gray);`, `for (int j = 1; j < ${width}; ++j) draw((0, j)--(${length}, j), gray);`);
  code.push(`draw(${A}--${B}--${C}--${D}--cycle);`);
  const mark = markSize(length);
  if (marks) code.push(`draw(rightanglemark(${B}, ${A}, ${D}${mark}));`, `draw(rightanglemark(${C}, ${B}, ${A}${mark}));`);
  const lenText = `${length} ${unit}`;
  const widText = `${width} ${unit}`;
  code.push(...writeLabels(names, points, square ? [[0, 1, lenText]] : [[0, 1, lenText], [1, 2, widText]]));
  const shape = square ? 'square' : 'rectangle';
  const dims = square ? `with side ${lenText}` : `${length} ${unit} by ${width} ${unit}`;
  const title = names.join('');
  const requests = [
    shortRequest('short-1', `Draw a ${shape} ${dims} and label ${square ? 'a side' : 'its length and width'}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Make'])} ${shape} ${title} with ${A}${B} = ${lenText}${square ? '' : ` and ${B}${C} = ${widText}`}${marks ? ', marking the right angles' : ''}.`),
    casualRequest(rng, 'casual-1', `${shape} ${dims}${colour ? ` colored ${colour.word}` : ''}`),
    rawCasualRequest('casual-2', `whats the area of a ${shape} ${square ? `with sides of ${length} ${unit}` : `thats ${length} by ${width} ${unit}`}? can u draw it first`),
    casualRequest(rng, 'casual-3', `perimeter of a ${length} ${UNIT_WORDS[unit]} ${square ? 'square' : `by ${width} ${UNIT_WORDS[unit]} rectangle`}?? draw it please`),
    problemRequest('problem-1', `${sentenceCase(shape)} ${title} has ${square ? 'side length' : 'length'} ${lenText}${square ? '' : ` and width ${widText}`}. Find its area and perimeter.`),
    problemRequest('problem-2', `A ${square ? 'square garden' : 'rectangular garden'} measures ${dims.replace('with side ', '')}${square ? ' on each side' : ''}. How much fencing is needed to go around it?${grid ? ' The diagram shows it divided into unit squares.' : ''}`),
    problemRequest('problem-3', `The figure shows ${shape} ${title}. Side ${A}${B} is ${lenText} long${square ? ' and all four sides are equal' : `, and side ${B}${C} is ${widText} long`}.`),
  ];
  const predicates: Predicate[] = [
    { kind: 'angle', from: B, at: A, to: D, deg: 90 }, { kind: 'angle', from: C, at: B, to: A, deg: 90 },
    { kind: 'distance', a: A, b: B, value: length }, { kind: 'distance', a: B, b: C, value: width },
    { kind: 'parallel', a: [A, B], b: [D, C] },
  ];
  return { code: code.join('\n'), labels: [...names, lenText, ...(square ? [] : [widText])], predicates, requests };
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TRIPLES: readonly [number, number, number][] = [[3, 4, 5], [6, 8, 10], [5, 12, 13], [8, 6, 10], [4, 3, 5], [9, 12, 15]];

function sampleRightTriangle(rng: Rng): Scene {
  const triple = rng.chance(0.5) ? rng.pick(TRIPLES) : null;
  const base = triple ? triple[0] : rng.int(3, 12);
  const height = triple ? triple[1] : rng.int(2, 10);
  const unit = rng.pick(UNITS);
  const names = pickNames(rng, 3);
  const [A, B, C] = names as [string, string, string];
  const flip = rng.chance(0.5);
  // The right angle is at A; B along the base, C above A (mirrored when flipped).
  const points: Point[] = flip ? [[base, 0], [0, 0], [base, height]] : [[0, 0], [base, 0], [0, height]];
  const colour = rng.chance(0.4) ? rng.pick(COLOURS) : null;
  const showHyp = triple !== null && rng.chance(0.6);
  const code = ['import olympiad;', 'size(6cm);', declare(names, points)];
  if (colour) code.push(`fill(${A}--${B}--${C}--cycle, ${FILL_PENS[colour.word]});`);
  code.push(`draw(${A}--${B}--${C}--cycle);`, `draw(rightanglemark(${B}, ${A}, ${C}${markSize(Math.max(base, height))}));`);
  const baseText = `${base} ${unit}`;
  const heightText = `${height} ${unit}`;
  const hypText = triple ? `${triple[2]} ${unit}` : '';
  const sides: [number, number, string][] = flip ? [[1, 0, baseText], [0, 2, heightText]] : [[0, 1, baseText], [2, 0, heightText]];
  if (showHyp) sides.push(flip ? [2, 1, hypText] : [1, 2, hypText]);
  code.push(...writeLabels(names, points, sides));
  const title = names.join('');
  const requests = [
    shortRequest('short-1', `Draw a right triangle with legs ${baseText} and ${heightText}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Make'])} right triangle ${title} with the right angle at ${A}, ${A}${B} = ${baseText} and ${A}${C} = ${heightText}${showHyp ? `, and label the hypotenuse ${hypText}` : ''}.`),
    casualRequest(rng, 'casual-1', `right triangle base ${base} height ${height} ${unit}${colour ? ` shaded ${colour.word}` : ''}`),
    rawCasualRequest('casual-2', `how do i find the area of a right triangle with legs ${base} and ${height}? need a picture`),
    casualRequest(rng, 'casual-3', `triangle with a right angle, sides ${baseText} and ${heightText}${showHyp ? ` and ${hypText}` : ''}`),
    problemRequest('problem-1', `In right triangle ${title}, angle ${A} is a right angle, ${A}${B} = ${baseText}, and ${A}${C} = ${heightText}. Find the area of the triangle.`),
    problemRequest('problem-2', `A triangular flag has a base of ${baseText} and a height of ${heightText}, meeting at a right angle${showHyp ? `; its longest side is ${hypText}` : ''}. What is its ${showHyp ? 'perimeter' : 'area'}?`),
    problemRequest('problem-3', `The legs of right triangle ${title} measure ${base} and ${height} ${UNIT_WORDS[unit]}. Draw the triangle and mark the right angle at ${A}.`),
  ];
  const predicates: Predicate[] = [
    { kind: 'angle', from: B, at: A, to: C, deg: 90 }, { kind: 'distance', a: A, b: B, value: base }, { kind: 'distance', a: A, b: C, value: height },
  ];
  const labels = [...names, baseText, heightText, ...(showHyp ? [hypText] : [])];
  return { code: code.join('\n'), labels, predicates, requests };
}

function sampleTriangleHeight(rng: Rng): Scene {
  const base = rng.int(4, 12);
  const height = rng.int(3, 9);
  const obtuse = rng.chance(0.3);
  const px = obtuse ? base + rng.int(1, 3) : rng.int(1, base - 1);
  const unit = rng.pick(UNITS);
  const names = pickNames(rng, 4);
  const [A, B, C, D] = names as [string, string, string, string];
  const points: Point[] = [[0, 0], [base, 0], [px, height], [px, 0]];
  const code = ['import olympiad;', 'size(6cm);', declare(names, points), `draw(${A}--${B}--${C}--cycle);`];
  if (obtuse) code.push(`draw(${B}--${D}, dashed);`);
  code.push(`draw(${C}--${D}, dashed);`, `draw(rightanglemark(${C}, ${D}, ${obtuse ? A : B}${markSize(Math.max(px, height))}));`);
  const baseText = `${base} ${unit}`;
  const heightText = `${height} ${unit}`;
  code.push(...writeLabels(names.slice(0, 3), points.slice(0, 3), [[0, 1, baseText]]));
  code.push(`label("$${D}$", ${D}, S);`, `label("${heightText}", midpoint(${C}--${D}), ${obtuse ? 'E' : px > base / 2 ? 'W' : 'E'});`);
  const title = names.slice(0, 3).join('');
  const requests = [
    shortRequest('short-1', `Draw triangle ${title} with base ${A}${B} = ${baseText} and a dashed height ${C}${D} = ${heightText}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Show'])} ${obtuse ? 'an obtuse' : 'a'} triangle with its altitude drawn to the base${obtuse ? ' extended' : ''}, base ${base} and height ${height}.`),
    casualRequest(rng, 'casual-1', `triangle base ${baseText} height ${heightText} with the height dashed`),
    rawCasualRequest('casual-2', `where does the height go on a triangle${obtuse ? ' when its outside' : ''}? base is ${base} ${unit} and height is ${height}`),
    casualRequest(rng, 'casual-3', `area of triangle ${title}, base ${base} and height ${height}, show the altitude`),
    problemRequest('problem-1', `In triangle ${title}, ${C}${D} is the altitude from ${C} to ${obtuse ? `line ${A}${B}` : `side ${A}${B}`}. If ${A}${B} = ${baseText} and ${C}${D} = ${heightText}, find the area of the triangle.`),
    problemRequest('problem-2', `Triangle ${title} has a base of ${baseText}. The perpendicular from ${C} meets ${obtuse ? `the extension of ${A}${B}` : `${A}${B}`} at ${D}, and ${C}${D} = ${heightText}.`),
    problemRequest('problem-3', `Find the area of a triangle whose base is ${base} ${UNIT_WORDS[unit]} and whose height is ${height} ${UNIT_WORDS[unit]}. Show the height as a dashed segment with a right-angle mark.`),
  ];
  const predicates: Predicate[] = [
    { kind: 'perpendicular', a: [C, D], b: [A, B] }, { kind: 'collinear', points: [A, B, D] },
    { kind: 'distance', a: A, b: B, value: base }, { kind: 'distance', a: C, b: D, value: height },
  ];
  if (!obtuse) predicates.push({ kind: 'onSegment', point: D, a: A, b: B });
  return { code: code.join('\n'), labels: [...names, baseText, heightText], predicates, requests };
}

function sampleLShape(rng: Rng): Scene {
  const W = rng.int(6, 12);
  const H = rng.int(5, 10);
  const w = rng.int(3, W - 3);
  const h = rng.int(3, H - 2);
  const unit = rng.pick(UNITS);
  const names = pickNames(rng, 6);
  const points: Point[] = [[0, 0], [W, 0], [W, H - h], [W - w, H - h], [W - w, H], [0, H]];
  const colour = rng.chance(0.5) ? rng.pick(COLOURS) : null;
  const missing = rng.chance(0.4);
  const lengths = [W, H - h, w, h, W - w, H];
  const texts = lengths.map((v, i) => (missing && (i === 2 || i === 3) ? '?' : `${v} ${unit}`));
  const path = `${names.join('--')}--cycle`;
  const code = ['import olympiad;', 'size(6cm);', declare(names, points)];
  if (colour) code.push(`fill(${path}, ${FILL_PENS[colour.word]});`);
  code.push(`draw(${path});`, ...writeLabels(names, points, texts.map((t, i): [number, number, string] => [i, (i + 1) % 6, t]), { 3: 'SW' }));
  const shown = texts.filter((t) => t !== '?');
  const sidesText = joinList(names.map((n, i) => `${n}${names[(i + 1) % 6]}`).filter((_, i) => texts[i] !== '?').map((side, i) => `${side} = ${shown[i]}`));
  const requests = [
    shortRequest('short-1', `Draw a six-sided figure with all right angles and sides ${joinList(shown)}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Make'])} a rectilinear shape ${names.join('')} with ${sidesText}${missing ? ', leaving two sides marked ?' : ''}.`),
    casualRequest(rng, 'casual-1', `a ${W} by ${H} ${unit} rectangle with a ${missing ? 'corner' : `${w} by ${h} corner`} cut out`),
    rawCasualRequest('casual-2', `how do i find the area of a shape like a big rectangle missing a corner?? its ${W} wide and ${H} tall${colour ? `, make it ${colour.word}` : ''}`),
    casualRequest(rng, 'casual-3', `composite figure with right angles, side lengths ${shown.join(', ')}`),
    problemRequest('problem-1', `The figure ${names.join('')} is made of rectangles and every angle is a right angle. ${sidesText}. ${missing ? 'Find the missing side lengths, then the perimeter.' : 'Find its area and perimeter.'}`),
    problemRequest('problem-2', `A room's floor is a ${W} by ${H} ${UNIT_WORDS[unit]} rectangle with a ${missing ? 'smaller rectangle' : `${w} by ${h} rectangle`} missing from one corner. Draw the floor plan and label every side${missing ? ' except the two that are unknown' : ''}.`),
    problemRequest('problem-3', `Find the area of the composite figure below by splitting it into two rectangles. The outer sides measure ${W} ${unit} and ${H} ${unit}.`),
  ];
  const [A, B, , , , F] = names as [string, string, string, string, string, string];
  const predicates: Predicate[] = [
    { kind: 'angle', from: B, at: A, to: F, deg: 90 }, { kind: 'distance', a: A, b: B, value: W }, { kind: 'distance', a: A, b: F, value: H },
    { kind: 'parallel', a: [names[2]!, names[3]!], b: [A, B] },
  ];
  return { code: code.join('\n'), labels: [...names, ...texts], predicates, requests };
}

export const RECTANGLE_AREA_PERIMETER_TEMPLATES: readonly Template[] = [
  { id: 'rectangle-area-perimeter/rectangle', family: 'rectangle-area-perimeter', grade: '3-5', sample: sampleRectangle },
  { id: 'rectangle-area-perimeter/right-triangle', family: 'rectangle-area-perimeter', grade: '6-8', sample: sampleRightTriangle },
  { id: 'rectangle-area-perimeter/triangle-height', family: 'rectangle-area-perimeter', grade: '6-8', sample: sampleTriangleHeight },
  { id: 'rectangle-area-perimeter/l-shape', family: 'rectangle-area-perimeter', grade: '3-5', sample: sampleLShape },
];
