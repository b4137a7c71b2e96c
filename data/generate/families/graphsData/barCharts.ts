import { asyNumber, COLOURS, FILL_PENS, joinList } from '../../phrase.ts';
import type { Rng, Scene, Template } from '../../types.ts';
import { casualRequest, pickVerb, problemRequest, rawCasualRequest, shortRequest } from './shared.ts';

/** Bar charts of small data sets: vertical or horizontal bars, value axis with gridlines, axis and chart titles. */

interface DataSet {
  title: string;
  categories: readonly string[];
  valueAxis: string;
  categoryAxis: string;
  /** Who or what was counted, for problem text. */
  story: string;
  /** One data point in words: "7 apples", "12 on Monday". */
  item: (name: string, value: number) => string;
}

const counted = (name: string, value: number): string => `${value} ${name.toLowerCase()}`;

const DATA_SETS: readonly DataSet[] = [
  { title: 'Favorite Fruit', categories: ['Apples', 'Bananas', 'Grapes', 'Oranges', 'Pears', 'Cherries'], valueAxis: 'Number of students', categoryAxis: 'Fruit', story: 'students chose their favorite fruit', item: counted },
  { title: 'Our Pets', categories: ['Dogs', 'Cats', 'Fish', 'Birds', 'Hamsters'], valueAxis: 'Number of pets', categoryAxis: 'Pet', story: 'a class counted their pets', item: counted },
  { title: 'Books Read', categories: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], valueAxis: 'Books', categoryAxis: 'Day', story: 'a library recorded books read each day', item: (name, value) => `${value} on ${name}` },
  { title: 'Favorite Sport', categories: ['Soccer', 'Basketball', 'Baseball', 'Tennis', 'Swimming'], valueAxis: 'Votes', categoryAxis: 'Sport', story: 'students voted for their favorite sport', item: (name, value) => `${value} for ${name.toLowerCase()}` },
  { title: 'Monthly Rainfall', categories: ['January', 'February', 'March', 'April', 'May', 'June'], valueAxis: 'Rainfall (mm)', categoryAxis: 'Month', story: 'a weather station measured rainfall', item: (name, value) => `${value} mm in ${name}` },
];

interface Chart {
  data: DataSet;
  names: string[];
  values: number[];
  top: number;
  step: number;
  colour: (typeof COLOURS)[number];
  showValues: boolean;
  showTitle: boolean;
}

function sampleChart(rng: Rng): Chart {
  const data = rng.pick(DATA_SETS);
  const n = rng.int(3, Math.min(6, data.categories.length));
  const start = rng.int(0, data.categories.length - n);
  const names = data.categories.slice(start, start + n);
  const scale = rng.pick([{ unit: 1, step: 2, max: 12 }, { unit: 1, step: 1, max: 10 }, { unit: 5, step: 5, max: 40 }, { unit: 10, step: 10, max: 80 }]);
  const values = rng.sample(Array.from({ length: scale.max / scale.unit }, (_, i) => scale.unit * (i + 1)), n);
  const top = Math.ceil(Math.max(...values) / scale.step) * scale.step;
  return { data, names: [...names], values, top, step: scale.step, colour: rng.pick(COLOURS), showValues: rng.chance(0.4), showTitle: rng.chance(0.5) };
}

/** Arrays of names and values, shared by both orientations. */
function writeData(c: Chart): string[] {
  return [`string[] names = {${c.names.map((s) => `"${s}"`).join(', ')}};`, `int[] values = {${c.values.join(', ')}};`];
}

function writeVertical(c: Chart): string {
  const n = c.names.length;
  const yunit = 5 / c.top;
  // Wide enough slots that long category names (Wednesday) do not run into each other.
  const xunit = Math.max(1.2, 0.2 * Math.max(...c.names.map((s) => s.length)) + 0.3);
  const code = [`unitsize(${asyNumber(xunit, 1)}cm, ${asyNumber(yunit, 3)}cm);`, ...writeData(c)];
  code.push(`for (int y = 0; y <= ${c.top}; y += ${c.step}) {`, `  draw((0, y)--(${n}, y), lightgray);`, '  label(string(y), (0, y), W);', '}');
  code.push(`for (int i = 0; i < ${n}; ++i) {`, `  filldraw(box((i + 0.2, 0), (i + 0.8, values[i])), ${FILL_PENS[c.colour.word]});`, '  label(names[i], (i + 0.5, 0), S);');
  if (c.showValues) code.push('  label(string(values[i]), (i + 0.5, values[i]), N);');
  code.push('}', `draw((0, ${c.top})--(0, 0)--(${n}, 0));`);
  code.push(`label(rotate(90)*"${c.data.valueAxis}", (-0.7, ${asyNumber(c.top / 2)}));`, `label("${c.data.categoryAxis}", (${asyNumber(n / 2)}, ${asyNumber(-1.1 / yunit, 2)}));`);
  if (c.showTitle) code.push(`label("${c.data.title}", (${asyNumber(n / 2)}, ${c.top}), 2N);`);
  return code.join('\n');
}

function writeHorizontal(c: Chart): string {
  const n = c.names.length;
  const xunit = 6 / c.top;
  const code = [`unitsize(${asyNumber(xunit, 3)}cm, 0.9cm);`, ...writeData(c)];
  code.push(`for (int x = 0; x <= ${c.top}; x += ${c.step}) {`, `  draw((x, 0)--(x, ${n}), lightgray);`, '  label(string(x), (x, 0), S);', '}');
  code.push(`for (int i = 0; i < ${n}; ++i) {`, `  filldraw(box((0, ${n - 1} - i + 0.2), (values[i], ${n - 1} - i + 0.8)), ${FILL_PENS[c.colour.word]});`, `  label(names[i], (0, ${n - 1} - i + 0.5), W);`);
  if (c.showValues) code.push(`  label(string(values[i]), (values[i], ${n - 1} - i + 0.5), E);`);
  code.push('}', `draw((0, ${n})--(0, 0)--(${c.top}, 0));`, `label("${c.data.valueAxis}", (${asyNumber(c.top / 2)}, -0.8));`);
  if (c.showTitle) code.push(`label("${c.data.title}", (${asyNumber(c.top / 2)}, ${n}), N);`);
  return code.join('\n');
}

function sampleBars(rng: Rng, horizontal: boolean): Scene {
  const c = sampleChart(rng);
  const code = horizontal ? writeHorizontal(c) : writeVertical(c);
  const pairs = c.names.map((name, i) => `${name} ${c.values[i]}`);
  const lower = c.names.map((name, i) => c.data.item(name, c.values[i]!));
  const orientation = horizontal ? 'horizontal' : 'vertical';
  const axisWord = horizontal ? 'x-axis' : 'y-axis';
  const max = c.names[c.values.indexOf(Math.max(...c.values))]!;
  const extras = [c.showValues ? 'the value written at the end of each bar' : '', c.showTitle ? `the title "${c.data.title}"` : ''].filter(Boolean);
  const extraText = extras.length ? `, with ${joinList(extras)}` : '';
  const requests = [
    shortRequest('short-1', `Make a ${horizontal ? 'horizontal ' : ''}bar graph of this data: ${pairs.join(', ')}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Create', 'Make'])} a ${orientation} bar chart with bars for ${joinList(c.names)} and the ${axisWord} labelled "${c.data.valueAxis}"${extraText}.`),
    shortRequest('short-3', `${c.colour.word.charAt(0).toUpperCase() + c.colour.word.slice(1)} ${orientation} bar chart, scale going up by ${c.step}: ${pairs.join('; ')}.`),
    casualRequest(rng, 'casual-1', `bar graph for my survey ${lower.join(' ')}`),
    rawCasualRequest('casual-2', `how do i make a ${horizontal ? 'sideways ' : ''}bar graph with this data?? ${pairs.join(', ')}`),
    casualRequest(rng, 'casual-3', `${horizontal ? 'horizontal ' : ''}bar chart showing ${joinList(lower)} in ${c.colour.word}`),
    problemRequest('problem-1', `${c.data.story.charAt(0).toUpperCase() + c.data.story.slice(1)}: ${joinList(lower)}. Display the data in a ${horizontal ? 'horizontal ' : ''}bar graph${c.showTitle ? ` titled "${c.data.title}"` : ''}.`),
    problemRequest('problem-2', `Draw a bar graph of the data below using a scale of ${c.step} on the ${axisWord}. Which category has the greatest value?\n${c.names.map((name, i) => `${name}: ${c.values[i]}`).join('\n')}`),
    problemRequest('problem-3', `The ${orientation} bar graph shows ${c.data.valueAxis.toLowerCase()} for ${joinList(c.names)}. The ${horizontal ? 'longest' : 'tallest'} bar is ${max}, at ${Math.max(...c.values)}.${c.showValues ? ' Each bar is labelled with its value.' : ''}`),
  ];
  return { code, labels: [...c.names, c.data.valueAxis, ...(horizontal ? [] : [c.data.categoryAxis]), ...(c.showTitle ? [c.data.title] : [])], predicates: [], requests };
}

export const BAR_CHARTS_TEMPLATES: readonly Template[] = [
  { id: 'bar-charts/vertical', family: 'bar-charts', grade: '3-5', sample: (rng) => sampleBars(rng, false) },
  { id: 'bar-charts/horizontal', family: 'bar-charts', grade: '3-5', sample: (rng) => sampleBars(rng, true) },
];
