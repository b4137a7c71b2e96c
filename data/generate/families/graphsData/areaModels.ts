import { asyNumber, COLOURS, FILL_PENS } from '../../phrase.ts';
import type { Rng, Scene, Template } from '../../types.ts';
import { casualRequest, coordText, numberWord, pickVerb, problemRequest, rawCasualRequest, shortRequest } from './shared.ts';

/** Multiplication as area: unit-square arrays, distributive splits, two-by-two partial products, binomials. */

function sampleArray(rng: Rng): Scene {
  const rows = rng.int(2, 6);
  const cols = rng.int(rows === 2 ? 3 : 2, 9);
  const dots = rng.chance(0.35);
  const colour = rng.pick(COLOURS);
  const showDims = rng.chance(0.7);
  const code = ['unitsize(0.8cm);'];
  if (dots) {
    code.push(`for (int i = 0; i < ${cols}; ++i)`, `  for (int j = 0; j < ${rows}; ++j) dot((i, j), ${colour.pen}+linewidth(8));`);
  } else {
    code.push(`fill(box((0, 0), (${cols}, ${rows})), ${FILL_PENS[colour.word]});`);
    code.push(`for (int i = 0; i <= ${cols}; ++i) draw((i, 0)--(i, ${rows}));`, `for (int j = 0; j <= ${rows}; ++j) draw((0, j)--(${cols}, j));`);
  }
  const labels: string[] = [];
  if (showDims) {
    const [top, left] = dots ? [`(${asyNumber((cols - 1) / 2)}, ${rows - 0.6})`, `(-0.4, ${asyNumber((rows - 1) / 2)})`] : [coordText(cols / 2, rows), coordText(0, rows / 2)];
    code.push(`label("$${cols}$", ${top}, N);`, `label("$${rows}$", ${left}, W);`);
    labels.push(String(cols), String(rows));
  }
  const model = dots ? 'dot array' : 'grid of unit squares';
  const things = dots ? 'dots' : 'squares';
  const requests = [
    shortRequest('short-1', `Draw a ${rows} by ${cols} array${dots ? ' of dots' : ''}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Show'])} a ${model} with ${rows} rows and ${cols} columns${showDims ? ', labelled with its dimensions' : ''}.`),
    shortRequest('short-3', `Array for ${rows} × ${cols} in ${colour.word}.`),
    casualRequest(rng, 'casual-1', `array showing ${rows} x ${cols}${dots ? ' with dots' : ''}`),
    rawCasualRequest('casual-2', `how do i draw ${rows} times ${cols} as an array?? ${dots ? 'dots' : 'boxes'} pls`),
    casualRequest(rng, 'casual-3', `${rows} rows of ${cols} ${things} for multiplication`),
    problemRequest('problem-1', `An array has ${rows} rows with ${cols} ${things} in each row. Draw the array and write a multiplication sentence for the total.`),
    problemRequest('problem-2', `A rectangle is covered by ${numberWord(rows)} rows of ${numberWord(cols)} unit squares${showDims ? `; its sides are labelled ${cols} and ${rows}` : ''}. Use the array to find ${rows} × ${cols}.`),
    problemRequest('problem-3', `The garden has ${rows} rows of plants with ${cols} plants in each row. Model the garden with ${dots ? 'an array of dots' : 'a grid'}.`),
  ];
  return { code: code.join('\n'), labels, predicates: [], requests };
}

/** Region rectangles, their dividing lines and labels, for area models drawn to a schematic (not true) scale. */
function writeRegions(widths: readonly number[], heights: readonly number[], pens: readonly string[]): string[] {
  const code: string[] = [];
  let y = 0;
  heights.forEach((h, j) => {
    let x = 0;
    widths.forEach((w, i) => {
      const pen = pens[(i + j) % pens.length];
      if (pen) code.push(`fill(box(${coordText(x, y)}, ${coordText(x + w, y + h)}), ${pen});`);
      x += w;
    });
    y += h;
  });
  const width = widths.reduce((a, b) => a + b, 0);
  const height = heights.reduce((a, b) => a + b, 0);
  code.push(`draw(box((0, 0), ${coordText(width, height)}));`);
  if (widths.length > 1) code.push(`draw((${widths[0]}, 0)--(${widths[0]}, ${height}));`);
  if (heights.length > 1) code.push(`draw((0, ${heights[0]})--(${width}, ${heights[0]}));`);
  return code;
}

interface Dim {
  tex: string;
  text: string;
}

/** Labels along the top (widths) and left side (heights, bottom to top), and inside each region. */
function writeAreaLabels(widths: readonly number[], heights: readonly number[], top: readonly Dim[], side: readonly Dim[], inside: readonly Dim[][] | null): { code: string[]; labels: string[] } {
  const code: string[] = [];
  const labels: string[] = [];
  const height = heights.reduce((a, b) => a + b, 0);
  const xs = widths.map((w, i) => widths.slice(0, i).reduce((a, b) => a + b, 0) + w / 2);
  const ys = heights.map((h, j) => heights.slice(0, j).reduce((a, b) => a + b, 0) + h / 2);
  const add = (d: Dim, at: string, dir: string): void => {
    code.push(`label("$${d.tex}$", ${at}${dir});`);
    labels.push(d.tex);
  };
  top.forEach((d, i) => add(d, coordText(xs[i]!, height), ', N'));
  side.forEach((d, j) => add(d, coordText(0, ys[j]!), ', W'));
  inside?.forEach((row, j) => row.forEach((d, i) => add(d, coordText(xs[i]!, ys[j]!), '')));
  return { code, labels };
}

const num = (n: number): Dim => ({ tex: String(n), text: String(n) });

function sampleDistributive(rng: Rng): Scene {
  const a = rng.int(3, 9);
  const tens = rng.int(1, 9) * 10;
  const ones = rng.int(1, 9);
  const [c1, c2] = rng.sample(COLOURS, 2) as [(typeof COLOURS)[number], (typeof COLOURS)[number]];
  const inside = rng.pick(['values', 'products', 'none'] as const);
  const cells: Dim[][] = [[tens, ones].map((b) => (inside === 'values' ? num(a * b) : { tex: `${a} \\times ${b}`, text: `${a} × ${b}` }))];
  const widths = [4, 2];
  const code = ['unitsize(1cm);', ...writeRegions(widths, [3], [FILL_PENS[c1.word]!, FILL_PENS[c2.word]!])];
  const text = writeAreaLabels(widths, [3], [num(tens), num(ones)], [num(a)], inside === 'none' ? null : cells);
  code.push(...text.code);
  const total = tens + ones;
  code.push(`label("$${a} \\times ${total}$", (3, 0), S);`);
  text.labels.push(`${a} \\times ${total}`);
  const split = `${a} × ${tens} + ${a} × ${ones}`;
  const requests = [
    shortRequest('short-1', `Draw an area model for ${a} × ${total}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Show'])} a rectangle for ${a} × ${total} split into ${tens} and ${ones}${inside === 'values' ? `, with the partial products ${a * tens} and ${a * ones} inside` : inside === 'products' ? `, writing ${split} in the parts` : ''}.`),
    casualRequest(rng, 'casual-1', `area model ${a} x ${total} broken into ${tens} + ${ones}`),
    rawCasualRequest('casual-2', `how do i use the box method for ${a} times ${total}? break ${total} into ${tens} and ${ones}`),
    casualRequest(rng, 'casual-3', `distributive property picture: ${a} × ${total} = ${split}`),
    problemRequest('problem-1', `Use the distributive property to find ${a} × ${total}. Draw a rectangle with height ${a} and split its length into ${tens} and ${ones}, then find the area of each part.`),
    problemRequest('problem-2', `The area model shows ${a} × ${total} = ${split}. The two parts are shaded ${c1.word} and ${c2.word}.`),
    problemRequest('problem-3', `A rectangle is ${a} units tall and ${total} units long. It is divided into two smaller rectangles, ${tens} units and ${ones} units long.${inside === 'values' ? ` Their areas, ${a * tens} and ${a * ones}, are written inside.` : ''}`),
  ];
  return { code: code.join('\n'), labels: text.labels, predicates: [], requests };
}

function sampleTwoByTwo(rng: Rng): Scene {
  const [t1, o1, t2, o2] = [rng.int(1, 9) * 10, rng.int(1, 9), rng.int(1, 4) * 10, rng.int(1, 9)];
  const colour = rng.pick(COLOURS);
  const showProducts = rng.chance(0.7);
  const widths = [4, 2];
  const heights = [1.5, 3];
  const cells = [[o2 * t1, o2 * o1], [t2 * t1, t2 * o1]].map((row) => row.map(num));
  const code = ['unitsize(1cm);', ...writeRegions(widths, heights, [FILL_PENS[colour.word]!, ''])];
  const text = writeAreaLabels(widths, heights, [num(t1), num(o1)], [num(o2), num(t2)], showProducts ? cells : null);
  code.push(...text.code);
  const a = t1 + o1;
  const b = t2 + o2;
  code.push(`label("$${a} \\times ${b}$", (3, 0), S);`);
  text.labels.push(`${a} \\times ${b}`);
  const partials = [t2 * t1, t2 * o1, o2 * t1, o2 * o1];
  const requests = [
    shortRequest('short-1', `Draw an area model for ${a} × ${b}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Show'])} a two-by-two box model for ${a} × ${b} with sides ${t1} + ${o1} and ${t2} + ${o2}${showProducts ? ' and the four partial products inside' : ''}.`),
    casualRequest(rng, 'casual-1', `box method for ${a} x ${b}`),
    rawCasualRequest('casual-2', `can u do the area model for ${a}x${b}, like split into ${t1} ${o1} and ${t2} ${o2}`),
    casualRequest(rng, 'casual-3', `area model with partial products for ${a} times ${b}`),
    problemRequest('problem-1', `Multiply ${a} × ${b} using an area model. Break ${a} into ${t1} + ${o1} and ${b} into ${t2} + ${o2}${showProducts ? `; the partial products are ${partials.join(', ')}` : ''}.`),
    problemRequest('problem-2', `A rectangle measures ${a} by ${b}. Split each side by place value and draw the four smaller rectangles${showProducts ? ', labelling each with its area' : ''}.`),
    problemRequest('problem-3', `The model shows (${t1} + ${o1}) × (${t2} + ${o2}) as four regions, with alternate regions shaded ${colour.word}.`),
  ];
  return { code: code.join('\n'), labels: text.labels, predicates: [], requests };
}

/** "2x", "x", "3x^2": a monomial c·x^p as TeX/text (identical here). */
function monomial(c: number, power: number): Dim {
  const coef = c === 1 && power > 0 ? '' : String(c);
  const tex = power === 0 ? String(c) : `${coef}x${power === 2 ? '^2' : ''}`;
  return { tex, text: tex };
}

function sampleBinomial(rng: Rng): Scene {
  const [p, q] = [rng.pick([1, 1, 2, 3]), rng.pick([1, 1, 2])];
  const [a, b] = [rng.int(1, 7), rng.int(1, 7)];
  const colour = rng.pick(COLOURS);
  const showInside = rng.chance(0.7);
  const widths = [3, 1.5];
  const heights = [1.5, 3];
  // Rows bottom to top: the constant b, then qx.
  const cells = [[monomial(p * b, 1), monomial(a * b, 0)], [monomial(p * q, 2), monomial(a * q, 1)]];
  const code = ['unitsize(1cm);', ...writeRegions(widths, heights, ['', FILL_PENS[colour.word]!])];
  const text = writeAreaLabels(widths, heights, [monomial(p, 1), num(a)], [num(b), monomial(q, 1)], showInside ? cells : null);
  code.push(...text.code);
  const f1 = `(${monomial(p, 1).text} + ${a})`;
  const f2 = `(${monomial(q, 1).text} + ${b})`;
  const product = `${monomial(p * q, 2).text} + ${p * b + a * q}x + ${a * b}`;
  const expanded = rng.chance(0.4);
  const caption = `${f1}${f2}${expanded ? ` = ${product}` : ''}`;
  code.push(`label("$${caption}$", (2.25, 0), S);`);
  text.labels.push(caption);
  const requests = [
    shortRequest('short-1', `Draw an area model for ${f1}${f2}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Sketch'])} a generic rectangle to multiply ${f1}${f2}${showInside ? ', with each of the four areas written inside' : ''}.`),
    casualRequest(rng, 'casual-1', `box method for ${f1}${f2}`),
    rawCasualRequest('casual-2', `how do i multiply ${f1}${f2} with the box thing? pls draw it`),
    casualRequest(rng, 'casual-3', `area model for multiplying binomials ${f1} and ${f2}`),
    problemRequest('problem-1', `Use an area model to expand ${f1}${f2}. The rectangle has length ${f1.slice(1, -1)} and width ${f2.slice(1, -1)}${showInside ? `, and the four regions have areas ${cells.flat().map((c) => c.text).join(', ')}` : ''}.`),
    problemRequest('problem-2', `A rectangle has side lengths ${f1.slice(1, -1)} and ${f2.slice(1, -1)}. Divide it into four parts to ${expanded ? `show that ${f1}${f2} = ${product}` : `find the product ${f1}${f2}`}.`),
    problemRequest('problem-3', `Show ${f1}${f2} as a two-by-two generic rectangle, with two opposite regions shaded ${colour.word}.`),
  ];
  return { code: code.join('\n'), labels: text.labels, predicates: [], requests };
}

export const AREA_MODELS_TEMPLATES: readonly Template[] = [
  { id: 'area-models/array', family: 'area-models', grade: '3-5', sample: sampleArray },
  { id: 'area-models/distributive', family: 'area-models', grade: '3-5', sample: sampleDistributive },
  { id: 'area-models/two-by-two', family: 'area-models', grade: '3-5', sample: sampleTwoByTwo },
  { id: 'area-models/binomial', family: 'area-models', grade: '9-12', sample: sampleBinomial },
];
