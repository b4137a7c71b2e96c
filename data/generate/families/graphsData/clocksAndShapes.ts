import { COLOURS, joinList } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { casualRequest, numberWord, pickVerb, problemRequest, rawCasualRequest, shortRequest } from './shared.ts';

/** Early-grades pictures: an analog clock showing a time, coloured basic shapes, groups of shapes to count. */

const HOUR_WORDS = ['twelve', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function timeWords(h: number, m: number): string {
  if (m === 0) return `${HOUR_WORDS[h]} o'clock`;
  if (m === 30) return `half past ${HOUR_WORDS[h]}`;
  if (m === 15) return `quarter past ${HOUR_WORDS[h]}`;
  if (m === 45) return `quarter to ${HOUR_WORDS[h % 12 + 1]}`;
  return `${numberWord(m) === String(m) ? m : numberWord(m)} minutes past ${HOUR_WORDS[h]}`;
}

function sampleClock(rng: Rng): Scene {
  const h = rng.int(1, 12);
  const m = rng.pick([0, 0, 30, 30, 15, 45, 5 * rng.int(1, 11)]);
  const ticks = rng.chance(0.5);
  const digital = rng.chance(0.35);
  const colourHands = rng.chance(0.3);
  const [hourPen, minutePen] = colourHands ? (rng.sample(COLOURS, 2) as (typeof COLOURS)[number][]) : [null, null];
  const time = `${h}:${String(m).padStart(2, '0')}`;
  const code = ['size(5cm);', 'draw(unitcircle, linewidth(1.5));'];
  if (ticks) code.push('for (int i = 0; i < 60; ++i) draw(0.93*dir(6*i)--dir(6*i), i % 5 == 0 ? linewidth(1) : linewidth(0.4));');
  code.push('for (int i = 1; i <= 12; ++i) label("$" + string(i) + "$", 0.82*dir(90 - 30*i));');
  code.push(`draw((0, 0)--0.45*dir(90 - 30*${m ? `(${h} + ${m}/60)` : h}), linewidth(3)${hourPen ? `+${hourPen.pen}` : ''});`);
  code.push(`draw((0, 0)--0.68*dir(${m ? `90 - 30*${m / 5}` : '90'}), linewidth(1.5)${minutePen ? `+${minutePen.pen}` : ''});`, 'dot((0, 0), linewidth(5));');
  if (digital) code.push(`label("${time}", (0, -1), S);`);
  const words = timeWords(h, m);
  const hands = hourPen && minutePen ? ` with a ${hourPen.word} hour hand and a ${minutePen.word} minute hand` : '';
  const minuteAt = m === 0 ? 12 : m / 5;
  const requests = [
    shortRequest('short-1', `Draw a clock showing ${time}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Show'])} an analog clock face with the hands at ${words}${hands}.`),
    shortRequest('short-3', `Clock face${ticks ? ' with minute marks' : ''}, minute hand pointing to the ${minuteAt}, time ${time}${digital ? ', digital time written underneath' : ''}.`),
    casualRequest(rng, 'casual-1', `clock that says ${time}`),
    rawCasualRequest('casual-2', `how do i draw the hands for ${words}? my kid is learning to tell time`),
    casualRequest(rng, 'casual-3', `analog clock at ${words}${hands}`),
    problemRequest('problem-1', `Soccer practice starts at ${time}. Draw the hands on the clock to show this time.`),
    problemRequest('problem-2', `What time is shown on the clock? The minute hand points to the ${minuteAt} and the hour hand ${m === 0 ? `points to the ${h}` : `is just past the ${h}`}.`),
    problemRequest('problem-3', `Show ${words} on a clock face numbered 1 to 12.${digital ? ` Write ${time} below the clock.` : ''}`),
  ];
  return { code: code.join('\n'), labels: digital ? [time] : [], predicates: [], requests };
}

interface Shape {
  name: string;
  width: number;
  /** Fill-and-outline command for the shape centred at (x, y). */
  draw: (x: string, y: string, pen: string) => string;
}

const STAR_PATH = [
  'path star = dir(90);',
  'for (int i = 1; i < 10; ++i) star = star--(i % 2 == 0 ? 1 : 0.4)*dir(90 + 36*i);',
  'star = star--cycle;',
];

const SHAPES: readonly Shape[] = [
  { name: 'circle', width: 1.8, draw: (x, y, p) => `filldraw(circle((${x}, ${y}), 0.9), ${p});` },
  { name: 'square', width: 1.7, draw: (x, y, p) => `filldraw(shift(${x}, ${y})*box((-0.85, -0.85), (0.85, 0.85)), ${p});` },
  { name: 'rectangle', width: 2.4, draw: (x, y, p) => `filldraw(shift(${x}, ${y})*box((-1.2, -0.7), (1.2, 0.7)), ${p});` },
  { name: 'triangle', width: 2, draw: (x, y, p) => `filldraw(shift(${x}, ${y})*((-1, -0.85)--(1, -0.85)--(0, 0.9)--cycle), ${p});` },
  { name: 'hexagon', width: 1.9, draw: (x, y, p) => `filldraw(shift(${x}, ${y})*scale(0.95)*polygon(6), ${p});` },
  { name: 'pentagon', width: 1.9, draw: (x, y, p) => `filldraw(shift(${x}, ${y})*scale(0.95)*polygon(5), ${p});` },
  { name: 'star', width: 1.9, draw: (x, y, p) => `filldraw(shift(${x}, ${y})*scale(0.95)*star, ${p});` },
  { name: 'oval', width: 2.4, draw: (x, y, p) => `filldraw(ellipse((${x}, ${y}), 1.2, 0.7), ${p});` },
];

function sampleShapes(rng: Rng): Scene {
  const count = rng.int(2, 4);
  const shapes = rng.sample(SHAPES, count);
  const colours = rng.sample(COLOURS, count);
  const names = rng.chance(0.5);
  const code = ['unitsize(1cm);'];
  if (shapes.some((s) => s.name === 'star')) code.push(...STAR_PATH);
  const predicates: Predicate[] = [];
  let x = 0;
  shapes.forEach((shape, i) => {
    x += i === 0 ? 0 : (shapes[i - 1]!.width + shape.width) / 2 + 0.6;
    const cx = Number(x.toFixed(2));
    code.push(shape.draw(String(cx), '0', colours[i]!.pen));
    if (names) {
      code.push(`label("${shape.name}", (${cx}, -1), S);`);
      predicates.push({ kind: 'at', point: shape.name, x: cx, y: -1 });
    }
  });
  const list = shapes.map((s, i) => `${colours[i]!.word === 'orange' ? 'an' : 'a'} ${colours[i]!.word} ${s.name}`);
  const bare = shapes.map((s) => s.name);
  const requests = [
    shortRequest('short-1', `Draw ${joinList(list)}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Show', 'Make', 'Draw'])} ${numberWord(count)} shapes in a row: ${joinList(list)}${names ? ', with each name written below' : ''}.`),
    casualRequest(rng, 'casual-1', `${joinList(list)} for my kindergarten class`),
    rawCasualRequest('casual-2', `can u make a picture with ${joinList(list)}? its for shape day`),
    casualRequest(rng, 'casual-3', `colorful shapes: ${bare.join(', ')}${names ? ' with labels' : ''}`),
    problemRequest('problem-1', `Look at the shapes. There is ${joinList(list)}. Name each shape.`),
    problemRequest('problem-2', `Draw these shapes from left to right: ${joinList(list)}. ${names ? 'Write the name of each shape under it.' : 'Color each one as shown.'}`),
    problemRequest('problem-3', `For a kindergarten worksheet, make a row of ${numberWord(count)} shapes: ${joinList(list)}, spaced apart so children can trace them.`),
  ];
  return { code: code.join('\n'), labels: names ? bare : [], predicates, requests };
}

function sampleShapeCount(rng: Rng): Scene {
  const groups = rng.int(1, 2);
  const shapes = rng.sample(SHAPES.filter((s) => s.width <= 2), groups);
  const colours = rng.sample(COLOURS, groups);
  const counts = shapes.map(() => rng.int(2, 7));
  const code = ['unitsize(0.8cm);'];
  if (shapes.some((s) => s.name === 'star')) code.push(...STAR_PATH);
  shapes.forEach((shape, g) => {
    code.push(`for (int i = 0; i < ${counts[g]}; ++i) ${shape.draw('2.4*i', String(-2.4 * g), colours[g]!.pen)}`);
  });
  const items = shapes.map((s, g) => `${counts[g]} ${colours[g]!.word} ${s.name}s`);
  const words = shapes.map((s, g) => `${numberWord(counts[g]!)} ${colours[g]!.word} ${s.name}s`);
  const total = counts.reduce((a, b) => a + b, 0);
  const requests = [
    shortRequest('short-1', `Draw ${joinList(items)}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Show', 'Make', 'Draw'])} ${joinList(words)}${groups > 1 ? ', each kind in its own row' : ' in a row'}.`),
    casualRequest(rng, 'casual-1', `${joinList(items)} for counting practice`),
    rawCasualRequest('casual-2', `i need ${joinList(items)} so my students can count them`),
    casualRequest(rng, 'casual-3', `counting picture with ${joinList(words)}`),
    problemRequest('problem-1', `Count the shapes. How many ${shapes[0]!.name}s are there?${groups > 1 ? ` How many ${shapes[1]!.name}s?` : ''} (There are ${joinList(items)}.)`),
    problemRequest('problem-2', groups > 1 ? `Draw ${joinList(items)}. How many shapes are there in all?` : `Draw ${items[0]} in a row. Count them out loud.`),
    problemRequest('problem-3', `Mia drew ${joinList(words)}. Show her picture.${groups > 1 && total <= 10 ? ` She drew ${numberWord(total)} shapes altogether.` : ''}`),
  ];
  return { code: code.join('\n'), labels: [], predicates: [], requests };
}

export const CLOCKS_AND_SHAPES_TEMPLATES: readonly Template[] = [
  { id: 'clocks-and-shapes/clock', family: 'clocks-and-shapes', grade: 'K-2', sample: sampleClock },
  { id: 'clocks-and-shapes/basic-shapes', family: 'clocks-and-shapes', grade: 'K-2', sample: sampleShapes },
  { id: 'clocks-and-shapes/count-shapes', family: 'clocks-and-shapes', grade: 'K-2', sample: sampleShapeCount },
];
