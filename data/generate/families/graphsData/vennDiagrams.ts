import { COLOURS, FILL_PENS, joinList } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { casualRequest, coordText, pickVerb, problemRequest, rawCasualRequest, shortRequest } from './shared.ts';

/** Venn diagrams: two or three sets with region counts, and a two-set diagram with one set expression shaded. */

interface Context {
  sets: string[];
  /** Plural noun for the universe ("students"); null for abstract sets A, B, C with universe U. */
  things: string | null;
}

const TWO_CONTEXTS: readonly Context[] = [
  { sets: ['A', 'B'], things: null }, { sets: ['Soccer', 'Basketball'], things: 'students' },
  { sets: ['Cats', 'Dogs'], things: 'families' }, { sets: ['Tea', 'Coffee'], things: 'people' }, { sets: ['P', 'Q'], things: null },
];
const THREE_CONTEXTS: readonly Context[] = [
  { sets: ['A', 'B', 'C'], things: null }, { sets: ['Math', 'Science', 'Art'], things: 'students' },
  { sets: ['Piano', 'Guitar', 'Drums'], things: 'musicians' }, { sets: ['X', 'Y', 'Z'], things: null },
];

/** Set-name label text: math italics for letters, plain words for names. */
function setLabel(name: string): string {
  return name.length === 1 ? `$${name}$` : name;
}

interface Region {
  /** How a request names the region. */
  words: string;
  x: number;
  y: number;
}

function writeCounts(regions: readonly Region[], counts: readonly number[]): { code: string[]; predicates: Predicate[] } {
  return {
    code: regions.map((r, i) => `label("$${counts[i]}$", ${coordText(r.x, r.y)});`),
    predicates: regions.map((r, i): Predicate => ({ kind: 'at', point: String(counts[i]), x: r.x, y: r.y })),
  };
}

function writeFrame(ctx: Context, box: string, corner: string): string[] {
  return [`draw(${box});`, `label("${ctx.things ? frameLabel(ctx) : '$U$'}", ${corner}, NE);`];
}

function frameLabel(ctx: Context): string {
  return ctx.things ? ctx.things.charAt(0).toUpperCase() + ctx.things.slice(1) : 'U';
}

function sampleTwoSets(rng: Rng): Scene {
  const ctx = rng.pick(TWO_CONTEXTS);
  const [a, b] = ctx.sets as [string, string];
  const outside = rng.chance(0.6);
  const counts = rng.sample(Array.from({ length: 20 }, (_, i) => i + 1), outside ? 4 : 3);
  const colour = rng.chance(0.5) ? rng.pick(COLOURS) : null;
  const code = ['size(6cm);', ...writeFrame(ctx, 'box((-3.2, -2.2), (3.2, 2.2))', '(-3.2, 2.2)')];
  if (colour) code.push(`fill(circle((-1, 0), 1.6), ${FILL_PENS[colour.word]}+opacity(0.6));`, `fill(circle((1, 0), 1.6), ${FILL_PENS[colour.word]}+opacity(0.6));`);
  code.push('draw(circle((-1, 0), 1.6));', 'draw(circle((1, 0), 1.6));');
  code.push(`label("${setLabel(a)}", (-1, 1.6), N);`, `label("${setLabel(b)}", (1, 1.6), N);`);
  const regions: Region[] = [
    { words: `only ${a}`, x: -1.7, y: 0 }, { words: 'both', x: 0, y: 0 }, { words: `only ${b}`, x: 1.7, y: 0 },
    ...(outside ? [{ words: 'neither', x: 2.5, y: -1.7 }] : []),
  ];
  const text = writeCounts(regions, counts);
  code.push(...text.code);
  const [onlyA, both, onlyB, none] = counts as [number, number, number, number | undefined];
  const who = ctx.things ?? 'elements';
  const facts = joinList([`${onlyA} ${ctx.things ? `like only ${a}` : `are in ${a} only`}`, `${both} ${ctx.things ? 'like both' : 'are in both'}`, `${onlyB} ${ctx.things ? `like only ${b}` : `are in ${b} only`}`, ...(none !== undefined ? [`${none} ${ctx.things ? 'like neither' : 'are in neither set'}`] : [])]);
  const requests = [
    shortRequest('short-1', `Draw a Venn diagram of ${a} and ${b} with ${joinList([`${onlyA} in ${a} only`, `${both} in both`, `${onlyB} in ${b} only`, ...(none !== undefined ? [`${none} outside both circles`] : [])])}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Sketch'])} two overlapping circles labelled ${a} and ${b} inside a rectangle, with ${both} in the overlap${colour ? `, shaded ${colour.word}` : ''}.`),
    casualRequest(rng, 'casual-1', `venn diagram ${a} and ${b} ${onlyA} ${both} ${onlyB}`),
    rawCasualRequest('casual-2', `how do i fill in a venn diagram if ${both} ${who} are in both ${a} and ${b}? ${onlyA} only ${a}, ${onlyB} only ${b}`),
    casualRequest(rng, 'casual-3', `two circle venn diagram, the middle is ${both}${none !== undefined ? ` and ${none} outside` : ''}`),
    problemRequest('problem-1', ctx.things ? `In a survey of ${ctx.things}, ${facts}. Represent the results in a Venn diagram.` : `The universal set U contains sets ${a} and ${b}. Of its elements, ${facts}. Draw the Venn diagram.`),
    problemRequest('problem-2', `Complete the Venn diagram for ${a} and ${b}: the overlap contains ${both}, the rest of ${a} contains ${onlyA}, and the rest of ${b} contains ${onlyB}.${none !== undefined ? ` ${none} ${who} lie outside both sets.` : ''}`),
    problemRequest('problem-3', `The Venn diagram shows how many ${who} belong to ${a}, to ${b}, or to both. How many belong to ${a} or ${b}? (The regions hold ${counts.slice(0, 3).join(', ')}${none !== undefined ? `, and ${none} outside` : ''}.)`),
  ];
  const predicates: Predicate[] = [{ kind: 'at', point: a, x: -1, y: 1.6 }, { kind: 'at', point: b, x: 1, y: 1.6 }, ...text.predicates];
  return { code: code.join('\n'), labels: [frameLabel(ctx), a, b, ...counts.map(String)], predicates, requests };
}

function sampleThreeSets(rng: Rng): Scene {
  const ctx = rng.pick(THREE_CONTEXTS);
  const [a, b, c] = ctx.sets as [string, string, string];
  const outside = rng.chance(0.5);
  const counts = rng.sample(Array.from({ length: 25 }, (_, i) => i + 1), outside ? 8 : 7);
  const colours = rng.chance(0.5) ? (rng.sample(COLOURS, 3) as (typeof COLOURS)[number][]) : null;
  const centres = ['(-1, 0.6)', '(1, 0.6)', '(0, -1.1)'];
  const code = ['size(6cm);', ...writeFrame(ctx, 'box((-3.2, -3.4), (3.2, 3))', '(-3.2, 3)')];
  if (colours) centres.forEach((centre, i) => code.push(`fill(circle(${centre}, 1.6), ${FILL_PENS[colours[i]!.word]}+opacity(0.5));`));
  centres.forEach((centre) => code.push(`draw(circle(${centre}, 1.6));`));
  code.push(`label("${setLabel(a)}", (-1, 2.2), N);`, `label("${setLabel(b)}", (1, 2.2), N);`, `label("${setLabel(c)}", (0, -2.7), S);`);
  const regions: Region[] = [
    { words: `only ${a}`, x: -1.7, y: 1 }, { words: `only ${b}`, x: 1.7, y: 1 }, { words: `only ${c}`, x: 0, y: -1.9 },
    { words: `${a} and ${b} only`, x: 0, y: 1.2 }, { words: `${a} and ${c} only`, x: -1, y: -0.6 }, { words: `${b} and ${c} only`, x: 1, y: -0.6 },
    { words: 'all three', x: 0, y: 0 }, ...(outside ? [{ words: 'none', x: 2.6, y: -2.9 }] : []),
  ];
  const text = writeCounts(regions, counts);
  code.push(...text.code);
  const list = joinList(regions.map((r, i) => `${counts[i]} in ${r.words}`));
  const who = ctx.things ?? 'elements';
  const requests = [
    shortRequest('short-1', `Draw a three-set Venn diagram for ${joinList([a, b, c])}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Sketch'])} a Venn diagram with three overlapping circles ${joinList([a, b, c])}, with ${counts[6]} in the center where all three overlap${colours ? `, each circle a different colour (${joinList(colours.map((x) => x.word))})` : ''}.`),
    casualRequest(rng, 'casual-1', `three circle venn diagram ${joinList([a, b, c])} with numbers in every region`),
    rawCasualRequest('casual-2', `venn diagram w/ three circles pls, ${counts[6]} ${who} in all three and ${counts[3]} in just ${a} and ${b}`),
    casualRequest(rng, 'casual-3', `triple venn diagram for ${joinList([a, b, c])}, middle number ${counts[6]}`),
    problemRequest('problem-1', `${ctx.things ? `A group of ${ctx.things} was surveyed about ${joinList([a, b, c].map((s) => s.toLowerCase()))}` : `Sets ${a}, ${b}, and ${c} lie in the universal set U`}. The Venn diagram has ${list}.`),
    problemRequest('problem-2', `In the Venn diagram, ${counts[6]} ${who} belong to all three sets, and ${counts[0]} belong to ${a} alone. Draw the diagram with every region filled in.`),
    problemRequest('problem-3', `Use the three-circle Venn diagram for ${joinList([a, b, c])} to find how many ${who} are in exactly one set. The regions are filled in as follows: ${list}.`),
  ];
  const predicates: Predicate[] = [
    { kind: 'at', point: a, x: -1, y: 2.2 }, { kind: 'at', point: b, x: 1, y: 2.2 }, { kind: 'at', point: c, x: 0, y: -2.7 }, ...text.predicates,
  ];
  return { code: code.join('\n'), labels: [frameLabel(ctx), a, b, c, ...counts.map(String)], predicates, requests };
}

interface Shading {
  tex: string;
  text: string;
  words: string;
  code: (pen: string) => string[];
}

const LENS = 'arc((-1, 0), 1.6, -t, t)--arc((1, 0), 1.6, 180 - t, 180 + t)--cycle';
const SHADINGS: readonly Shading[] = [
  { tex: 'A \\cap B', text: 'A ∩ B', words: 'the intersection of A and B', code: (p) => ['real t = aCos(1/1.6);', `fill(${LENS}, ${p});`] },
  { tex: 'A \\cup B', text: 'A ∪ B', words: 'the union of A and B', code: (p) => [`fill(circle((-1, 0), 1.6), ${p});`, `fill(circle((1, 0), 1.6), ${p});`] },
  { tex: "A \\cap B'", text: "A ∩ B'", words: 'the part of A outside B', code: (p) => ['real t = aCos(1/1.6);', `fill(circle((-1, 0), 1.6), ${p});`, `fill(${LENS}, white);`] },
  { tex: "A' \\cap B", text: "A' ∩ B", words: 'the part of B outside A', code: (p) => ['real t = aCos(1/1.6);', `fill(circle((1, 0), 1.6), ${p});`, `fill(${LENS}, white);`] },
  { tex: "A'", text: "A'", words: 'the complement of A', code: (p) => [`fill(box((-3.2, -2.2), (3.2, 2.2)), ${p});`, 'fill(circle((-1, 0), 1.6), white);'] },
  { tex: "(A \\cup B)'", text: "(A ∪ B)'", words: 'everything outside both A and B', code: (p) => [`fill(box((-3.2, -2.2), (3.2, 2.2)), ${p});`, 'fill(circle((-1, 0), 1.6), white);', 'fill(circle((1, 0), 1.6), white);'] },
];

function sampleShadedRegion(rng: Rng): Scene {
  const shading = rng.pick(SHADINGS);
  const colour = rng.pick(COLOURS);
  const caption = rng.chance(0.6);
  const code = ['size(6cm);', ...shading.code(FILL_PENS[colour.word]!), 'draw(box((-3.2, -2.2), (3.2, 2.2)));', 'draw(circle((-1, 0), 1.6));', 'draw(circle((1, 0), 1.6));'];
  code.push('label("$A$", (-1, 1.6), N);', 'label("$B$", (1, 1.6), N);', 'label("$U$", (-3.2, 2.2), NE);');
  const labels = ['A', 'B', 'U'];
  if (caption) {
    code.push(`label("$${shading.tex}$", (0, -2.2), S);`);
    labels.push(shading.tex);
  }
  const requests = [
    shortRequest('short-1', `Shade ${shading.text} on a Venn diagram.`),
    shortRequest('short-2', `${pickVerb(rng, ['Draw', 'Make', 'Sketch'])} a two-set Venn diagram with ${shading.words} shaded ${colour.word}${caption ? `, captioned ${shading.text}` : ''}.`),
    casualRequest(rng, 'casual-1', `venn diagram shading ${shading.text}`),
    rawCasualRequest('casual-2', `which part do i shade for ${shading.text.replace(/ /g, '')}?? draw it pls`),
    casualRequest(rng, 'casual-3', `two circles A and B in a box, color in ${shading.words}`),
    problemRequest('problem-1', `On a Venn diagram with sets A and B in the universal set U, shade the region that represents ${shading.text}.`),
    problemRequest('problem-2', `Draw a Venn diagram of A and B and shade ${shading.words}, written in set notation as ${shading.text}.`),
    problemRequest('problem-3', `The shaded region in the Venn diagram below represents ${shading.text}. Sets A and B overlap inside the rectangle U.`),
  ];
  const predicates: Predicate[] = [{ kind: 'at', point: 'A', x: -1, y: 1.6 }, { kind: 'at', point: 'B', x: 1, y: 1.6 }];
  return { code: code.join('\n'), labels, predicates, requests };
}

export const VENN_DIAGRAMS_TEMPLATES: readonly Template[] = [
  { id: 'venn-diagrams/two-sets', family: 'venn-diagrams', grade: '6-8', sample: sampleTwoSets },
  { id: 'venn-diagrams/three-sets', family: 'venn-diagrams', grade: '6-8', sample: sampleThreeSets },
  { id: 'venn-diagrams/shaded-region', family: 'venn-diagrams', grade: '9-12', sample: sampleShadedRegion },
];
