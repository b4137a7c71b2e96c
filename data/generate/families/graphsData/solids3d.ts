import { asyNumber, COLOURS, joinList } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  casualRequest, coordText, pickVerb, problemRequest, rawCasualRequest, safeDir, shortRequest, UNIT_WORDS, UNITS,
} from './shared.ts';

/** Flat-faced solids in oblique projection (front face true to size, depth receding up-right, hidden edges dashed). */

const NAME_SETS = ['ABCDEFGH', 'PQRSTUVW'] as const;

/** Depth vector for a receding edge of true length `w`: half length at about 37°. */
function depthVector(w: number): [number, number] {
  return [Number((w * 0.4).toFixed(2)), Number((w * 0.3).toFixed(2))];
}

function samplePrism(rng: Rng): Scene {
  const cube = rng.chance(0.35);
  const l = rng.int(3, 8);
  const h = cube ? l : rng.int(2, 6);
  const w = cube ? l : rng.int(2, 5);
  const unit = rng.pick(UNITS);
  const names = [...rng.pick(NAME_SETS)];
  const [A, B, C, D, E, F, G, H] = names as [string, string, string, string, string, string, string, string];
  const d = depthVector(w);
  const colour = rng.chance(0.3) ? rng.pick(COLOURS) : null;
  const pen = colour ? `, ${colour.pen}` : '';
  const code = [
    'size(6cm);',
    `pair d = ${coordText(...d)};`,
    `pair ${A} = (0, 0), ${B} = (${l}, 0), ${C} = (${l}, ${h}), ${D} = (0, ${h});`,
    `pair ${E} = ${A} + d, ${F} = ${B} + d, ${G} = ${C} + d, ${H} = ${D} + d;`,
    `draw(${A}--${B}--${C}--${D}--cycle${pen});`,
    `draw(${B}--${F}--${G}--${C} ^^ ${D}--${H}--${G}${pen});`,
    `draw(${A}--${E}--${F} ^^ ${E}--${H}, dashed${pen ? `+${colour!.pen}` : ''});`,
  ];
  const dirs = ['SW', 'S', 'SW', 'NW', 'NE', 'E', 'NE', 'N'];
  names.forEach((name, i) => code.push(`label("$${name}$", ${name}, ${safeDir(dirs[i]!, names)});`));
  const [lt, ht, wt] = [`${l} ${unit}`, `${h} ${unit}`, `${w} ${unit}`];
  const allDims = !cube || rng.chance(0.4);
  code.push(`label("${lt}", midpoint(${A}--${B}), ${safeDir('S', names)});`);
  if (allDims) code.push(`label("${ht}", midpoint(${A}--${D}), ${safeDir('W', names)});`, `label("${wt}", midpoint(${B}--${F}), SE);`);
  const labels = [...names, lt, ...(allDims ? [ht, wt] : [])];
  const solid = cube ? 'cube' : 'rectangular prism';
  const dims = cube ? `with edge length ${lt}` : `${l} ${unit} long, ${w} ${unit} wide, and ${h} ${unit} tall`;
  const title = names.join('');
  const requests = [
    shortRequest('short-1', `Draw a ${solid} ${dims}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Show'])} ${cube ? 'a cube' : 'a box'} in oblique view with the hidden edges dashed${colour ? ` in ${colour.word}` : ''}, labelled ${title}.`),
    shortRequest('short-3', cube ? `Cube ${title}, edge ${lt}, hidden edges dashed.` : `Rectangular prism ${title} with dimensions ${l} × ${w} × ${h} ${unit}.`),
    casualRequest(rng, 'casual-1', cube ? `cube that looks three dimensional, side ${l} ${UNIT_WORDS[unit]}` : `rectangular prism ${l} by ${w} by ${h}`),
    rawCasualRequest('casual-2', `how do i draw a ${solid} so it doesnt look flat?? ${cube ? `sides are ${l}` : `its ${l} x ${w} x ${h}`}`),
    casualRequest(rng, 'casual-3', `${solid} with dotted lines for the edges u cant see, ${allDims ? `${lt} ${ht} ${wt}` : lt}`),
    problemRequest('problem-1', cube ? `Cube ${title} has edges of length ${lt}. Find its volume and surface area.` : `The rectangular prism ${title} has ${A}${B} = ${lt}, ${B}${F} = ${wt}, and ${A}${D} = ${ht}. Find its volume.`),
    problemRequest('problem-2', `A ${cube ? 'cube-shaped box' : 'storage box'} measures ${cube ? `${lt} on each edge` : `${lt} by ${wt} by ${ht}`}. Draw the box, showing the three hidden edges as dashed lines.`),
    problemRequest('problem-3', `In the figure, ${joinList([A, B, C, D])} form the front face of ${cube ? 'a cube' : 'a right rectangular prism'} and ${E}, ${F}, ${G}, ${H} are the corresponding vertices of the back face. Vertex ${E} is hidden from view.`),
  ];
  const predicates: Predicate[] = [
    { kind: 'angle', from: B, at: A, to: D, deg: 90 }, { kind: 'distance', a: A, b: B, value: l }, { kind: 'distance', a: A, b: D, value: h },
    { kind: 'parallel', a: [A, E], b: [B, F] }, { kind: 'parallel', a: [E, F], b: [A, B] },
  ];
  return { code: code.join('\n'), labels, predicates, requests };
}

function samplePyramid(rng: Rng): Scene {
  const s = rng.int(3, 8);
  const h = rng.int(Math.max(4, s), 12);
  const unit = rng.pick(UNITS);
  const base = rng.pick(['ABCD', 'PQRS', 'KLMN']);
  const apex = rng.pick(['V', 'E', 'T']);
  const names = [...base, apex, 'O'];
  const [A, B, C, D] = [...base] as [string, string, string, string];
  const d = depthVector(s);
  const showSlant = rng.chance(0.35);
  const code = [
    'size(6cm);',
    `pair d = ${coordText(...d)};`,
    `pair ${A} = (0, 0), ${B} = (${s}, 0), ${C} = ${B} + d, ${D} = ${A} + d;`,
    `pair O = midpoint(${A}--${C}), ${apex} = O + (0, ${h});`,
    `draw(${A}--${B}--${C}--${apex}--cycle ^^ ${apex}--${B});`,
    `draw(${C}--${D}--${A} ^^ ${D}--${apex}, dashed);`,
    `draw(${apex}--O, dashed);`,
  ];
  const dirs: Record<string, string> = { [A]: 'SW', [B]: 'SE', [C]: 'E', [D]: 'NW', [apex]: 'N', O: 'S' };
  names.forEach((name) => code.push(`label("$${name}$", ${name}, ${safeDir(dirs[name]!, names)});`));
  const [st, ht] = [`${s} ${unit}`, `${h} ${unit}`];
  code.push(`label("${st}", midpoint(${A}--${B}), ${safeDir('S', names)});`, `label("${ht}", midpoint(${apex}--O), ${safeDir('E', names)});`);
  const labels = [...names, st, ht];
  const slant = Math.sqrt(h * h + (s / 2) ** 2);
  const slantText = `${asyNumber(slant, 1)} ${unit}`;
  if (showSlant) {
    code.push(`draw(${apex}--midpoint(${A}--${B}), dashed);`, `label("${slantText}", midpoint(${apex}--midpoint(${A}--${B})), ${safeDir('W', names)});`);
    labels.push(slantText);
  }
  const title = `${apex}-${base}`;
  const requests = [
    shortRequest('short-1', `Draw a square pyramid with base edge ${st} and height ${ht}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Show'])} pyramid ${title} with its height ${apex}O dashed and the hidden edges dashed.`),
    shortRequest('short-3', `Square-based pyramid, apex ${apex}, base ${base}, height ${h}${showSlant ? `, slant height about ${slantText}` : ''}.`),
    casualRequest(rng, 'casual-1', `square pyramid base ${s} height ${h} ${unit}`),
    rawCasualRequest('casual-2', `how do i draw a pyramid that looks real with the height showing? base is ${s} by ${s}`),
    casualRequest(rng, 'casual-3', `pyramid with a square bottom, ${st} sides and ${ht} tall`),
    problemRequest('problem-1', `The right square pyramid ${title} has base edge ${st} and height ${apex}O = ${ht}, where O is the center of the base. Find its volume.`),
    problemRequest('problem-2', `A square pyramid has a base ${base} with side ${s} ${UNIT_WORDS[unit]}. Its apex ${apex} lies ${h} ${UNIT_WORDS[unit]} directly above the center O of the base.${showSlant ? ` The slant height is about ${slantText}.` : ''}`),
    problemRequest('problem-3', `Sketch pyramid ${title}. Point O is the intersection of the diagonals of the base, and segment ${apex}O is perpendicular to the base.`),
  ];
  const predicates: Predicate[] = [
    { kind: 'midpoint', point: 'O', a: A, b: C }, { kind: 'midpoint', point: 'O', a: B, b: D },
    { kind: 'distance', a: A, b: B, value: s }, { kind: 'distance', a: apex, b: 'O', value: h },
  ];
  return { code: code.join('\n'), labels, predicates, requests };
}

export const SOLIDS_FLAT_TEMPLATES: readonly Template[] = [
  { id: 'solids-3d/prism', family: 'solids-3d', grade: '6-8', sample: samplePrism },
  { id: 'solids-3d/square-pyramid', family: 'solids-3d', grade: '6-8', sample: samplePyramid },
];
