import { asyNumber, casualize, pickPointNames, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { clearDistance, compass, degreeTex, dotAll, joinCode, labelPoint, lit, phrased, pickAsk, pickColour, pickVerb, type Vec } from './shared.ts';

/** Corner of an intersection: upper-right, upper-left, lower-left, lower-right (relative to the horizontal line). */
type Corner = 'ur' | 'ul' | 'll' | 'lr';
type PairKind = 'corresponding' | 'alternate interior' | 'alternate exterior' | 'same-side interior';

const PAIRS: Record<PairKind, [Corner, Corner][]> = {
  corresponding: [['ur', 'ur'], ['ul', 'ul'], ['ll', 'll'], ['lr', 'lr']],
  'alternate interior': [['ll', 'ur'], ['lr', 'ul']],
  'alternate exterior': [['ur', 'll'], ['ul', 'lr']],
  'same-side interior': [['lr', 'ur'], ['ll', 'ul']],
};

const GAP = 2.5;

interface Layout { phi: number; top: Vec; bottom: Vec; tEnds: [Vec, Vec] }

function layOut(rng: Rng): Layout {
  const phi = rng.pick([50, 55, 60, 65, 70, 75, 105, 110, 115, 120, 125, 130]);
  const run = GAP / Math.tan((phi * Math.PI) / 180);
  const bottom: Vec = [Number((3 - run / 2).toFixed(2)), 0];
  const top: Vec = [Number((bottom[0] + run).toFixed(2)), GAP];
  const u: Vec = [Math.cos((phi * Math.PI) / 180), Math.sin((phi * Math.PI) / 180)];
  return { phi, top, bottom, tEnds: [[top[0] + 1.4 * u[0], top[1] + 1.4 * u[1]], [bottom[0] - 1.4 * u[0], bottom[1] - 1.4 * u[1]]] };
}

function cornerRange(corner: Corner, phi: number): [number, number] {
  return { ur: [0, phi], ul: [phi, 180], ll: [180, 180 + phi], lr: [180 + phi, 360] }[corner] as [number, number];
}

function cornerMeasure(corner: Corner, phi: number): number {
  return corner === 'ur' || corner === 'll' ? phi : 180 - phi;
}

function markCorner(vertex: string, corner: Corner, phi: number, text: string | undefined, pen: string, radius = 0.45): string[] {
  const [from, to] = cornerRange(corner, phi);
  const lines = [`draw(arc(${vertex}, ${radius}, ${from}, ${to})${pen});`];
  if (text) lines.push(`label("$${text}$", ${vertex} + ${asyNumber(clearDistance(from, to, text, radius + 0.4), 1)}*dir(${(from + to) / 2}));`);
  return lines;
}

/** Compass direction into a corner other than the marked one (the widest of the rest), for the vertex label. */
function freeCorner(marked: Corner, phi: number): string {
  const rest = (['ur', 'ul', 'll', 'lr'] as const).filter((c) => c !== marked);
  const best = rest.reduce((a, b) => (cornerMeasure(b, phi) > cornerMeasure(a, phi) ? b : a));
  const [from, to] = cornerRange(best, phi);
  return compass(Math.cos(((from + to) * Math.PI) / 360), Math.sin(((from + to) * Math.PI) / 360));
}

/** Two parallel lines cut by a transversal with one named angle pair marked (equal or supplementary). */
function sampleAnglePair(rng: Rng): Scene {
  const kind = rng.pick(Object.keys(PAIRS) as PairKind[]);
  const [c1, c2] = rng.pick(PAIRS[kind]);
  const lay = layOut(rng);
  const [A, B, C, D, E, F, G, H] = pickPointNames(rng, 8) as [string, string, string, string, string, string, string, string];
  const m1 = cornerMeasure(c1, lay.phi), m2 = cornerMeasure(c2, lay.phi);
  const mode = rng.pick(['both', 'x', 'x']);
  const t1 = degreeTex(m1), t2 = mode === 'both' ? degreeTex(m2) : 'x';
  const colour = rng.chance(0.4) ? pickColour(rng, ['gray']) : null;
  const pen = colour ? `, ${colour.pen}` : '';
  const arrowsMark = rng.chance(0.6);
  const code = joinCode([
    'size(7cm);',
    `pair ${A} = (0, ${GAP}), ${B} = (6, ${GAP}), ${C} = (0, 0), ${D} = (6, 0);`,
    `pair ${G} = ${lit(lay.top)}, ${H} = ${lit(lay.bottom)}, ${E} = ${lit(lay.tEnds[0])}, ${F} = ${lit(lay.tEnds[1])};`,
    `draw(${A}--${B}, Arrows); draw(${C}--${D}, Arrows); draw(${E}--${F}, Arrows);`,
    arrowsMark && `draw((4.5, ${GAP})--(5, ${GAP}), MidArrow); draw((4.5, 0)--(5, 0), MidArrow);`,
    ...markCorner(G, c1, lay.phi, t1, pen),
    ...markCorner(H, c2, lay.phi, t2, pen),
    dotAll([G, H]),
    labelPoint(A, A, 'N'), labelPoint(B, B, 'N'), labelPoint(C, C, 'S'), labelPoint(D, D, 'S'),
    labelPoint(E, E, 'N'), labelPoint(F, F, 'S'),
    labelPoint(G, G, freeCorner(c1, lay.phi)),
    labelPoint(H, H, freeCorner(c2, lay.phi)),
  ]);
  const rays = (vertex: string, corner: Corner): string => {
    const [left, right, up, down] = vertex === G ? [A, B, E, H] : [C, D, G, F];
    return { ur: `${right}${vertex}${up}`, ul: `${up}${vertex}${left}`, ll: `${left}${vertex}${down}`, lr: `${down}${vertex}${right}` }[corner];
  };
  const a1 = rays(G, c1), a2 = rays(H, c2);
  const relation = kind === 'same-side interior' ? 'supplementary' : 'congruent';
  const value = (name: string, t: string): string => `∠${name} = ${t.replace('^\\circ', '°')}`;
  const find = mode === 'x' ? ` Find x.` : '';
  const colourNote = colour ? ` Mark both angles in ${colour.word}.` : '';
  const toPoint = (name: string): [string, string, string] => [name[0]!, name[1]!, name[2]!];
  const predicates: Predicate[] = [
    { kind: 'parallel', a: [A, B], b: [C, D] },
    { kind: 'collinear', points: [E, G, H, F] },
    { kind: 'angle', from: toPoint(a1)[0], at: G, to: toPoint(a1)[2], deg: m1 },
    { kind: 'angle', from: toPoint(a2)[0], at: H, to: toPoint(a2)[2], deg: m2 },
  ];
  return {
    code,
    labels: [A, B, C, D, E, F, G, H, t1.replace('^\\circ', '°'), t2.replace('^\\circ', '°')],
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} parallel lines ${A}${B} and ${C}${D} cut by transversal ${E}${F}, with ${kind} angles ∠${a1} and ∠${a2} marked.`],
      ['short-2', `${sentence(kind)} angles on two parallel lines and a transversal: ${value(a1, t1)}, ${value(a2, t2)}.${colourNote}`],
      ['short-3', `${pickAsk(rng)} a transversal crossing two parallel lines at ${G} and ${H}, showing a pair of ${kind} angles.`],
      ['casual-1', casualize(`two parallel lines and a transversal, mark the ${kind} angles ${t1.replace('^\\circ', '°')} and ${t2.replace('^\\circ', '°')}`, rng)],
      ['casual-2', `what do ${kind} angles look like?? ${A}${B} parallel to ${C}${D}, line ${E}${F} going through both${mode === 'x' ? ', one angle is x' : ''}`],
      ['casual-3', casualize(`draw ${A}${B} ∥ ${C}${D} with transversal ${E}${F} and label angle ${a1} and angle ${a2}`, rng)],
      ['problem-1', `In the figure, ${A}${B} ∥ ${C}${D}, and transversal ${E}${F} meets them at ${G} and ${H}. If ${value(a1, t1)}${mode === 'x' ? ` and ${value(a2, 'x')}, find x.` : `, explain why ∠${a2} = ${m2}°.`}`],
      ['problem-2', `Lines ${A}${B} and ${C}${D} are parallel. A third line crosses ${A}${B} at ${G} and ${C}${D} at ${H}. Angles ${a1} and ${a2} are ${kind} angles, so they are ${relation}.${find}${colourNote}`],
      ['problem-3', `Given: ${A}${B} ∥ ${C}${D}, cut by transversal ${E}${F}. ${value(a1, t1)}. ${mode === 'x' ? `The ${kind} angle at ${H} is marked x.${find}` : `Show the ${kind} angle ∠${a2} = ${m2}°.`}`],
    ]),
  };
}

/** The eight angles at the two crossings, numbered 1–8 as in textbook exercises. */
function sampleNumberedAngles(rng: Rng): Scene {
  const lay = layOut(rng);
  const naming = rng.pick(['letters', 'none'] as const);
  const [m, n, t] = rng.pick([['m', 'n', 't'], ['a', 'b', 'c'], ['p', 'q', 't'], ['k', 'l', 'm']] as const);
  const order: Corner[] = rng.chance(0.5) ? ['ul', 'ur', 'll', 'lr'] : ['ul', 'ur', 'lr', 'll'];
  const colour = rng.chance(0.3) ? pickColour(rng, ['gray']) : null;
  const focus = rng.pick(['corresponding', 'alternate interior', 'alternate exterior', 'same-side interior', 'vertical'] as const);
  const numberAt = (vertex: Vec, corner: Corner): Vec => {
    const [from, to] = cornerRange(corner, lay.phi);
    const d = clearDistance(from, to, '8', 0.45);
    const h = (((from + to) / 2) * Math.PI) / 180;
    return [vertex[0] + d * Math.cos(h), vertex[1] + d * Math.sin(h)];
  };
  const spots = [...order.map((c) => numberAt(lay.top, c)), ...order.map((c) => numberAt(lay.bottom, c))];
  const code = joinCode([
    'size(7cm);',
    `draw((0, ${GAP})--(6, ${GAP}), Arrows); draw((0, 0)--(6, 0), Arrows);`,
    `draw(${lit(lay.tEnds[0])}--${lit(lay.tEnds[1])}${colour ? `, ${colour.pen}` : ''}, Arrows);`,
    ...spots.map((p, i) => `label("$${i + 1}$", ${lit(p)});`),
    naming === 'letters' && `label("$${m}$", (6, ${GAP}), E);`,
    naming === 'letters' && `label("$${n}$", (6, 0), E);`,
    naming === 'letters' && `label("$${t}$", ${lit(lay.tEnds[0])}, N);`,
  ]);
  const lines = naming === 'letters' ? `lines ${m} and ${n}` : 'two parallel lines';
  const trans = naming === 'letters' ? `transversal ${t}` : 'a transversal';
  const numbered = ' with the angles numbered 1 through 8';
  const colourNote = colour ? ` Draw the transversal in ${colour.word}.` : '';
  return {
    code,
    labels: [...spots.map((_, i) => String(i + 1)), ...(naming === 'letters' ? [m, n, t] : [])],
    predicates: spots.map((p, i): Predicate => ({ kind: 'at', point: String(i + 1), x: Number(p[0].toFixed(2)), y: Number(p[1].toFixed(2)) })),
    requests: phrased([
      ['short-1', `${pickVerb(rng)} ${lines} cut by ${trans}${numbered}.`],
      ['short-2', `Parallel lines ${naming === 'letters' ? `${m} ∥ ${n}` : ''} with a transversal; number the eight angles 1 to 8.${colourNote}`.replace('  ', ' ')],
      ['short-3', `${pickAsk(rng)} the 8 angles formed when a transversal crosses two parallel lines, each numbered.`],
      ['casual-1', casualize(`parallel lines with a line through them and number all the angles 1-8`, rng)],
      ['casual-2', `i need the angles 1 to 8 picture for ${focus} angles practice${naming === 'letters' ? `, lines ${m} ${n} and ${t}` : ''}`],
      ['casual-3', casualize(`draw two parallel lines crossed by a transversal and put numbers in each angle`, rng)],
      ['problem-1', `${naming === 'letters' ? `Lines ${m} and ${n} are parallel and are cut by transversal ${t}.` : 'Two parallel lines are cut by a transversal.'} The angles formed are numbered 1 through 8. Name all pairs of ${focus} angles.`],
      ['problem-2', `Use the figure, in which ${naming === 'letters' ? `${m} ∥ ${n}` : 'the horizontal lines are parallel'}, to answer: which of the numbered angles 1–8 are congruent to angle 1?${colourNote}`],
      ['problem-3', `A transversal intersects two parallel lines, forming angles 1, 2, 3 and 4 at the upper intersection and 5, 6, 7 and 8 at the lower one. Draw and label the figure.`],
    ]),
  };
}

export const PARALLEL_LINES: readonly Template[] = [
  { id: 'parallel-lines-transversal/angle-pair', family: 'parallel-lines-transversal', grade: '6-8', sample: sampleAnglePair },
  { id: 'parallel-lines-transversal/numbered-angles', family: 'parallel-lines-transversal', grade: '6-8', sample: sampleNumberedAngles },
];
