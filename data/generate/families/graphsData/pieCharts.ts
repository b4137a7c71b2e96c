import { FILL_PENS, joinList } from '../../phrase.ts';
import type { Rng, Scene, Template } from '../../types.ts';
import { casualRequest, pickVerb, problemRequest, rawCasualRequest, shortRequest, writeFraction } from './shared.ts';

/** Pie (circle) charts: sectors from percentages, from fractions of the whole, or from counts out of a total. */

interface Topic {
  title: string;
  names: readonly string[];
  /** What a share describes, for problem text ("of students get to school by"). */
  survey: string;
  /** True when the data are people's choices, so counts "out of N people" make sense. */
  people: boolean;
}

const TOPICS: readonly Topic[] = [
  { title: 'Getting to School', names: ['Walk', 'Bus', 'Car', 'Bike', 'Scooter'], survey: 'how students get to school', people: true },
  { title: 'Favorite Color', names: ['Red', 'Blue', 'Green', 'Yellow', 'Purple'], survey: "students' favorite colors", people: true },
  { title: 'Monthly Budget', names: ['Rent', 'Food', 'Savings', 'Fun', 'Travel'], survey: 'how a family spends its monthly budget', people: false },
  { title: 'My Day', names: ['Sleep', 'School', 'Homework', 'Play', 'Meals'], survey: 'how a student spends a day', people: false },
  { title: 'Favorite Season', names: ['Summer', 'Winter', 'Spring', 'Fall'], survey: "a class's favorite seasons", people: true },
];

type Mode = 'percent' | 'fraction' | 'count';

interface Pie {
  topic: Topic;
  names: string[];
  /** Share of the whole for each sector (sums to 1). */
  shares: number[];
  /** How each sector is labelled: "40" (+ %), "\frac{1}{4}", "12". */
  tex: string[];
  text: string[];
  total: number;
}

function samplePercents(rng: Rng, n: number): number[] {
  for (;;) {
    const cuts = rng.sample(Array.from({ length: 19 }, (_, i) => (i + 1) * 5), n - 1).sort((a, b) => a - b);
    const parts = [...cuts, 100].map((c, i) => c - (i ? cuts[i - 1]! : 0));
    if (parts.every((p) => p >= 15)) return parts.sort((a, b) => b - a);
  }
}

const FRACTION_SETS: readonly [number, number][][] = [
  [[1, 2], [1, 4], [1, 4]], [[1, 2], [1, 4], [1, 8], [1, 8]], [[1, 3], [1, 3], [1, 6], [1, 6]], [[1, 2], [1, 3], [1, 6]],
  [[3, 8], [1, 4], [1, 4], [1, 8]], [[2, 5], [3, 10], [1, 5], [1, 10]],
];

function samplePie(rng: Rng, mode: Mode): Pie {
  const topic = rng.pick(mode === 'count' ? TOPICS.filter((t) => t.people) : TOPICS);
  if (mode === 'fraction') {
    const set = rng.pick(FRACTION_SETS);
    const names = rng.sample(topic.names, set.length);
    const fr = set.map(([a, b]) => writeFraction(a, b));
    return { topic, names, shares: set.map(([a, b]) => a / b), tex: fr.map((f) => f.tex), text: fr.map((f) => f.text), total: 1 };
  }
  const n = rng.int(3, Math.min(5, topic.names.length));
  const names = rng.sample(topic.names, n);
  if (mode === 'percent') {
    const parts = samplePercents(rng, n);
    return { topic, names, shares: parts.map((p) => p / 100), tex: parts.map(String), text: parts.map((p) => `${p}%`), total: 100 };
  }
  const total = rng.pick([20, 24, 30, 40]);
  const parts = samplePercents(rng, n).map((p) => Math.round((p * total) / 100));
  parts[0]! += total - parts.reduce((a, b) => a + b, 0);
  return { topic, names, shares: parts.map((p) => p / total), tex: parts.map(String), text: parts.map(String), total };
}

function writePie(rng: Rng, pie: Pie, mode: Mode, showTitle: boolean): string {
  const pens = rng.sample(Object.values(FILL_PENS), pie.names.length);
  const n = pie.names.length;
  const code = ['size(6cm);', `string[] names = {${pie.names.map((s) => `"${s}"`).join(', ')}};`];
  if (mode === 'fraction') code.push(`real[] parts = {${pie.text.join(', ')}};`, `string[] marks = {${pie.tex.map((t) => `"$${t}$"`).join(', ')}};`);
  else code.push(`int[] parts = {${pie.tex.join(', ')}};`);
  code.push(`pen[] fills = {${pens.join(', ')}};`, 'real a = 90;', `for (int i = 0; i < ${n}; ++i) {`);
  const sweep = mode === 'fraction' ? '360*parts[i]' : mode === 'percent' ? '3.6*parts[i]' : `360*parts[i]/${pie.total}`;
  code.push(`  real b = a - ${sweep};`, '  filldraw((0, 0)--arc((0, 0), 1, a, b, CW)--cycle, fills[i]);');
  const inside = mode === 'fraction' ? 'marks[i]' : mode === 'percent' ? 'string(parts[i]) + "\\%"' : 'string(parts[i])';
  code.push(`  label(${inside}, 0.65*dir((a + b)/2));`, '  label(names[i], dir((a + b)/2), dir((a + b)/2));', '  a = b;', '}');
  if (showTitle) code.push(`label("${pie.topic.title}", (0, 1.25), N);`);
  return code.join('\n');
}

function sampleChart(rng: Rng, mode: Mode): Scene {
  const pie = samplePie(rng, mode);
  const showTitle = rng.chance(0.4);
  const code = writePie(rng, pie, mode, showTitle);
  const items = pie.names.map((name, i) => `${name} ${pie.text[i]}`);
  const spoken = pie.names.map((name, i) => (mode === 'count' ? `${pie.text[i]} chose ${name.toLowerCase()}` : `${pie.text[i]} ${name.toLowerCase()}`));
  const kind = rng.pick(['pie chart', 'circle graph', 'pie graph']);
  const how = { percent: 'percentages', fraction: 'fractions', count: 'counts' }[mode];
  const title = showTitle ? ` titled "${pie.topic.title}"` : '';
  const requests = [
    shortRequest('short-1', `Make a ${kind} of ${items.join(', ')}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Create', 'Show'])} a ${kind}${title} with ${pie.names.length} sectors for ${joinList(pie.names)}, each labelled with its ${mode === 'fraction' ? 'fraction' : mode === 'percent' ? 'percentage' : 'count'}.`),
    casualRequest(rng, 'casual-1', `pie chart ${items.join(' ')}`),
    rawCasualRequest('casual-2', `how do i turn this into a pie chart?? ${items.join(', ')}`),
    casualRequest(rng, 'casual-3', `circle graph of ${pie.topic.survey} with the ${how} on the slices`),
    problemRequest('problem-1', mode === 'count'
      ? `Of ${pie.total} people surveyed about ${pie.topic.survey}, ${joinList(spoken)}. Draw a ${kind} in which each sector shows the number of people.`
      : `A survey of ${pie.topic.survey} found ${joinList(spoken)}. Represent the results in a ${kind}${title}.`),
    problemRequest('problem-2', `The ${kind} shows ${pie.topic.survey}. The ${pie.names[0]} sector is ${pie.text[0]}${mode === 'count' ? ` out of ${pie.total}` : mode === 'fraction' ? ' of the circle' : ''}. Label every sector.`),
    problemRequest('problem-3', `Draw a circle graph whose sectors represent ${joinList(items)}. The central angle of each sector is proportional to its ${mode === 'count' ? 'count' : 'share'}.`),
  ];
  return { code, labels: [...pie.names, ...pie.tex, ...(showTitle ? [pie.topic.title] : [])], predicates: [], requests };
}

export const PIE_CHARTS_TEMPLATES: readonly Template[] = [
  { id: 'pie-charts/percent', family: 'pie-charts', grade: '6-8', sample: (rng) => sampleChart(rng, 'percent') },
  { id: 'pie-charts/fractions', family: 'pie-charts', grade: '3-5', sample: (rng) => sampleChart(rng, 'fraction') },
  { id: 'pie-charts/counts', family: 'pie-charts', grade: '6-8', sample: (rng) => sampleChart(rng, 'count') },
];
