import { asyNumber, COLOURS, FILL_PENS, joinList } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { casualRequest, coordText, pickVerb, problemRequest, rawCasualRequest, shortRequest, UNIT_WORDS, UNITS } from './shared.ts';

/** Nets of solids, drawn flat to scale: cube, rectangular prism, triangular prism, square pyramid. */

/** Some of the eleven cube nets, as unit cells (x, y); the first is the familiar cross. */
const CUBE_NETS: readonly (readonly [number, number][])[] = [
  [[1, 0], [0, 1], [1, 1], [2, 1], [3, 1], [1, 2]],
  [[0, 0], [0, 1], [1, 1], [2, 1], [3, 1], [3, 2]],
  [[1, 0], [0, 1], [1, 1], [2, 1], [3, 1], [2, 2]],
  [[0, 0], [1, 0], [1, 1], [2, 1], [3, 1], [3, 2]],
  [[0, 0], [1, 0], [1, 1], [2, 1], [2, 2], [3, 2]],
  [[0, 1], [1, 1], [2, 1], [3, 1], [2, 0], [1, 2]],
];

interface FaceLabel {
  text: string;
  x: number;
  y: number;
}

function writeFaceLabels(faces: readonly FaceLabel[]): { code: string[]; predicates: Predicate[] } {
  return {
    code: faces.map((f) => `label("${f.text}", ${coordText(f.x, f.y)});`),
    predicates: faces.map((f): Predicate => ({ kind: 'at', point: f.text.replace(/\$/g, ''), x: f.x, y: f.y })),
  };
}

function sampleCubeNet(rng: Rng): Scene {
  const cells = rng.pick(CUBE_NETS);
  const s = rng.int(2, 6);
  const unit = rng.pick(UNITS);
  const numbers = rng.chance(0.6);
  const colour = rng.chance(0.5) ? rng.pick(COLOURS) : null;
  const faces = cells.map(([x, y], i): FaceLabel => ({ text: numbers ? `$${i + 1}$` : `$${'ABCDEF'[i]}$`, x: (x + 0.5) * s, y: (y + 0.5) * s }));
  const code = ['size(5cm);', `real s = ${s};`, `pair[] cells = {${cells.map(([x, y]) => coordText(x, y)).join(', ')}};`];
  code.push(`for (pair c : cells) ${colour ? 'filldraw' : 'draw'}(box(s*c, s*(c + (1, 1)))${colour ? `, ${FILL_PENS[colour.word]}` : ''});`);
  const text = writeFaceLabels(faces);
  code.push(...text.code);
  const [x0, y0] = cells[0]!;
  const st = `${s} ${unit}`;
  code.push(`label("${st}", ${coordText((x0 + 0.5) * s, y0 * s)}, S);`);
  const faceTexts = faces.map((f) => f.text.replace(/\$/g, ''));
  const cross = cells === CUBE_NETS[0];
  const marks = numbers ? 'numbered 1 to 6' : 'lettered A to F';
  const requests = [
    shortRequest('short-1', `Draw a net of a cube with edge length ${st}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Make'])} a ${cross ? 'cross-shaped ' : ''}cube net with the faces ${marks}${colour ? `, shaded ${colour.word}` : ''}.`),
    casualRequest(rng, 'casual-1', `net of a cube, sides ${s} ${UNIT_WORDS[unit]}, faces ${marks}`),
    rawCasualRequest('casual-2', `what does a cube look like unfolded? ${numbers ? 'number the squares like a dice' : 'put letters on the squares'}`),
    casualRequest(rng, 'casual-3', `six squares that fold into a cube, each ${st} on a side`),
    problemRequest('problem-1', `The net below folds into a cube with edges of ${st}. Its faces are ${marks}. Which face is opposite face ${faceTexts[0]}?`),
    problemRequest('problem-2', `A cube has edge length ${s} ${UNIT_WORDS[unit]}. Draw a net for the cube made of six congruent squares and use it to find the surface area.`),
    problemRequest('problem-3', `Six ${st} squares are arranged edge to edge to form a net of a cube. Label the faces ${joinList(faceTexts)}.`),
  ];
  return { code: code.join('\n'), labels: [...faceTexts, st], predicates: text.predicates, requests };
}

function sampleBoxNet(rng: Rng): Scene {
  const l = rng.int(4, 8);
  const h = rng.int(2, 5);
  const unit = rng.pick(UNITS);
  const colour = rng.chance(0.5) ? rng.pick(COLOURS) : null;
  const w = rng.int(2, 4);
  const names = w >= 3 && rng.chance(0.7);
  // Left, front, right, back in a row of height h; bottom below and top above the front face.
  const boxes: [string, number, number, number, number][] = [
    ['Left', 0, w, w, w + h], ['Front', w, w, w + l, w + h], ['Right', w + l, w, 2 * w + l, w + h],
    ['Back', 2 * w + l, w, 2 * w + 2 * l, w + h], ['Bottom', w, 0, w + l, w], ['Top', w, w + h, w + l, 2 * w + h],
  ];
  const code = ['size(7cm);'];
  for (const [, x0, y0, x1, y1] of boxes) code.push(`${colour ? 'filldraw' : 'draw'}(box(${coordText(x0, y0)}, ${coordText(x1, y1)})${colour ? `, ${FILL_PENS[colour.word]}` : ''});`);
  const faces = boxes.map(([name, x0, y0, x1, y1], i): FaceLabel => ({ text: names ? name : `$${'ABCDEF'[i]}$`, x: (x0 + x1) / 2, y: (y0 + y1) / 2 }));
  const text = writeFaceLabels(faces);
  const [lt, wt, ht] = [`${l} ${unit}`, `${w} ${unit}`, `${h} ${unit}`];
  code.push(...text.code, `label("${lt}", ${coordText(w + l / 2, 0)}, S);`, `label("${wt}", ${coordText(w, w / 2)}, W);`, `label("${ht}", ${coordText(0, w + h / 2)}, W);`);
  const faceTexts = faces.map((f) => f.text.replace(/\$/g, ''));
  const dims = `${l} ${unit} by ${w} ${unit} by ${h} ${unit}`;
  const requests = [
    shortRequest('short-1', `Draw a net of a rectangular prism that is ${dims}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Make'])} the net of a box with length ${lt}, width ${wt}, and height ${ht}${names ? ', naming each face (top, bottom, front, back, left, right)' : ', with the faces lettered A to F'}.`),
    casualRequest(rng, 'casual-1', `net for a ${l} by ${w} by ${h} box${colour ? ` in ${colour.word}` : ''}`),
    rawCasualRequest('casual-2', `how do i unfold a rectangular prism into a net? its ${l}x${w}x${h} ${unit}`),
    casualRequest(rng, 'casual-3', `flat pattern of a cereal box ${dims}`),
    problemRequest('problem-1', `A rectangular prism measures ${dims}. Draw its net and use it to find the total surface area.`),
    problemRequest('problem-2', `The net of a box is shown. The bottom face is ${lt} by ${wt}, and the four side faces are ${ht} tall.${names ? '' : ` The faces are labelled ${joinList(faceTexts)}.`}`),
    problemRequest('problem-3', `A gift box has length ${l} ${UNIT_WORDS[unit]}, width ${w} ${UNIT_WORDS[unit]}, and height ${h} ${UNIT_WORDS[unit]}. Sketch a net showing all six rectangular faces.`),
  ];
  return { code: code.join('\n'), labels: [...faceTexts, lt, wt, ht], predicates: text.predicates, requests };
}

const TRIPLES: readonly [number, number, number][] = [[3, 4, 5], [6, 8, 10], [4, 3, 5]];

function sampleTriangularPrismNet(rng: Rng): Scene {
  const [p, q, r] = rng.pick(TRIPLES);
  const L = rng.int(6, 10);
  const unit = rng.pick(UNITS);
  const colour = rng.chance(0.5) ? rng.pick(COLOURS) : null;
  const draw = colour ? 'filldraw' : 'draw';
  const pen = colour ? `, ${FILL_PENS[colour.word]}` : '';
  const code = ['size(6cm);'];
  const rects: [number, number][] = [[0, p], [p, p + q], [p + q, p + q + r]];
  for (const [x0, x1] of rects) code.push(`${draw}(box(${coordText(x0, 0)}, ${coordText(x1, L)})${pen});`);
  code.push(`${draw}((0, ${L})--(${p}, ${L})--(0, ${L + q})--cycle${pen});`, `${draw}((0, 0)--(${p}, 0)--(0, ${-q})--cycle${pen});`);
  const faces: FaceLabel[] = [
    ...rects.map(([x0, x1], i): FaceLabel => ({ text: `$${'ABC'[i]}$`, x: (x0 + x1) / 2, y: Number((L * 0.6).toFixed(3)) })),
    { text: '$D$', x: Number((p / 3).toFixed(3)), y: Number((L + q / 3).toFixed(3)) },
    { text: '$E$', x: Number((p / 3).toFixed(3)), y: Number((-q / 3).toFixed(3)) },
  ];
  const text = writeFaceLabels(faces);
  const [pt, qt, rt, Lt] = [`${p} ${unit}`, `${q} ${unit}`, `${r} ${unit}`, `${L} ${unit}`];
  code.push(...text.code, `label("${pt}", (${asyNumber(p / 2)}, 0), N);`, `label("${qt}", (${asyNumber(p + q / 2)}, 0), S);`);
  code.push(`label("${rt}", (${asyNumber(p + q + r / 2)}, 0), S);`, `label("${Lt}", (${p + q + r}, ${asyNumber(L / 2)}), E);`);
  const faceTexts = faces.map((f) => f.text.replace(/\$/g, ''));
  const requests = [
    shortRequest('short-1', `Draw a net of a triangular prism whose bases are right triangles with sides ${p}, ${q}, and ${r} ${unit} and whose length is ${Lt}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Make'])} the net of a triangular prism: three rectangles in a row and two right triangles${colour ? `, shaded ${colour.word}` : ''}.`),
    casualRequest(rng, 'casual-1', `triangular prism net ${p}-${q}-${r} triangle, length ${L}`),
    rawCasualRequest('casual-2', `whats the net of a triangular prism look like? the triangle is ${p} ${q} ${r} and its ${L} ${UNIT_WORDS[unit]} long`),
    casualRequest(rng, 'casual-3', `net of a tent shape prism with faces labeled ${faceTexts.join(' ')}`),
    problemRequest('problem-1', `A right triangular prism has bases that are right triangles with legs ${pt} and ${qt} and hypotenuse ${rt}. The prism is ${Lt} long. Draw its net and find its surface area.`),
    problemRequest('problem-2', `The net shown is made of rectangles ${faceTexts.slice(0, 3).join(', ')} and triangles ${faceTexts[3]} and ${faceTexts[4]}. The rectangles are ${Lt} long and ${pt}, ${qt}, and ${rt} wide.`),
    problemRequest('problem-3', `Sketch a net for a prism with a right-triangle base (legs ${p} and ${q}, hypotenuse ${r}) and length ${L}, all in ${UNIT_WORDS[unit]}.`),
  ];
  return { code: code.join('\n'), labels: [...faceTexts, pt, qt, rt, Lt], predicates: text.predicates, requests };
}

function samplePyramidNet(rng: Rng): Scene {
  const s = rng.int(3, 8);
  const t = rng.int(Math.max(3, s - 2), s + 4);
  const unit = rng.pick(UNITS);
  const colour = rng.chance(0.5) ? rng.pick(COLOURS) : null;
  const half = asyNumber(s / 2);
  const code = ['size(6cm);', `real s = ${s}, t = ${t};`];
  if (colour) code.push(`fill((0, 0)--(s/2, -t)--(s, 0)--(s + t, s/2)--(s, s)--(s/2, s + t)--(0, s)--(-t, s/2)--cycle, ${FILL_PENS[colour.word]});`);
  code.push('draw(box((0, 0), (s, s)));', 'draw((0, 0)--(s/2, -t)--(s, 0)--(s + t, s/2)--(s, s)--(s/2, s + t)--(0, s)--(-t, s/2)--cycle);');
  code.push('draw((s/2, 0)--(s/2, -t), dashed);');
  const base = { text: 'Base', x: s / 2, y: s / 2 };
  const text = writeFaceLabels([base]);
  const [st, tt] = [`${s} ${unit}`, `${t} ${unit}`];
  code.push(...text.code, `label("${st}", (${half}, ${s}), S);`, `label("${tt}", (${half}, ${asyNumber(-t / 2)}), E);`);
  const requests = [
    shortRequest('short-1', `Draw a net of a square pyramid with base edge ${st} and slant height ${tt}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Make'])} a square pyramid net: a square base with four congruent triangles${colour ? `, shaded ${colour.word}` : ''}, one slant height dashed.`),
    casualRequest(rng, 'casual-1', `square pyramid net base ${s} slant height ${t} ${unit}`),
    rawCasualRequest('casual-2', `how do i draw the net of a pyramid with a square bottom? base ${s}, slant height ${t}`),
    casualRequest(rng, 'casual-3', `flat pattern for a square pyramid, square labeled base, triangles ${tt} tall`),
    problemRequest('problem-1', `A square pyramid has base edges of ${st} and slant height ${tt}. Draw its net and find the surface area.`),
    problemRequest('problem-2', `The net of a square pyramid consists of a square with side ${s} ${UNIT_WORDS[unit]} and four isosceles triangles, each with a height of ${t} ${UNIT_WORDS[unit]} on the sides of the square.`),
    problemRequest('problem-3', `Sketch the net of a right square pyramid. Label the square face Base, mark one side ${st}, and show the slant height of ${tt} as a dashed segment.`),
  ];
  return { code: code.join('\n'), labels: ['Base', st, tt], predicates: text.predicates, requests };
}

export const NETS_TEMPLATES: readonly Template[] = [
  { id: 'nets/cube', family: 'nets', grade: '6-8', sample: sampleCubeNet },
  { id: 'nets/rectangular-prism', family: 'nets', grade: '6-8', sample: sampleBoxNet },
  { id: 'nets/triangular-prism', family: 'nets', grade: '6-8', sample: sampleTriangularPrismNet },
  { id: 'nets/square-pyramid', family: 'nets', grade: '6-8', sample: samplePyramidNet },
];
