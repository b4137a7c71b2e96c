import { joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { lengthWords, QUAD_KINDS, quadMarks, quadPredicates, sampleQuad, type Quad, type QuadKind } from './quadShapes.ts';
import {
  assemble, centroidOf, declare, dist, freeDirection, freshNames, labelAll, labelToward, lerp, minus, named, paintCode, paintWords,
  pickPaint, plus, rightMark, sideLabel, ticks, times, unit, UNITS, withUnit, type Named,
} from './shared.ts';
import { an, asking, Requests, studentOpener, verb, when } from './words.ts';

/** Special quadrilaterals: marked to show their type, with diagonals, and with a height for area. */

const PROPERTY: Record<QuadKind, string> = {
  square: 'all four sides are congruent and all four angles are right angles',
  rectangle: 'all four angles are right angles',
  parallelogram: 'both pairs of opposite sides are parallel',
  rhombus: 'all four sides are congruent',
  trapezoid: 'exactly one pair of opposite sides is parallel',
  kite: 'two pairs of adjacent sides are congruent',
};

const MARK_WORDS: Record<QuadKind, string> = {
  square: 'tick marks and right-angle marks', rectangle: 'right-angle marks and ticks on the opposite sides',
  parallelogram: 'tick marks on the opposite sides', rhombus: 'tick marks on all four sides',
  trapezoid: 'arrows on the parallel sides', kite: 'tick marks on the congruent sides',
};

function sampleClassify(rng: Rng): Scene {
  const kind = rng.pick(QUAD_KINDS);
  const names = pickPointNames(rng, 4);
  const q = sampleQuad(rng, kind, names);
  const center = centroidOf(q.V);
  const marks = rng.chance(0.7);
  const unit = rng.pick(UNITS);
  const showLengths = rng.chance(0.45) && q.lengths.some((l) => l !== undefined);
  const paint = pickPaint(rng);
  const sides = q.V.map((v, i) => [v, q.V[(i + 1) % 4]!] as const);
  const shown = showLengths ? sides.flatMap(([p, r], i) => (q.lengths[i] === undefined || (i >= 2 && q.lengths[i - 2] === q.lengths[i] && kind !== 'trapezoid') ? [] : [[p, r, withUnit(q.lengths[i]!, unit)] as const])) : [];
  const code = assemble([
    'size(6cm);',
    declare(q.V),
    paintCode(`${names.join('--')}--cycle`, paint),
    labelAll(q.V, center),
    marks && quadMarks(q).join('\n'),
    shown.map(([p, r, text]) => sideLabel(text, p, r, center, marks)).join('\n'),
  ]);
  const quad = names.join('');
  const lengths = showLengths ? lengthWords(q, unit).filter((w) => shown.some(([p, r]) => w.startsWith(`${p.name}${r.name} `))) : [];
  const paintText = paintWords(paint, rng);
  const qk = kind === 'trapezoid' && q.isosceles ? 'isosceles trapezoid' : kind;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(qk)} ${quad}${when(marks, ` with ${MARK_WORDS[kind]}`)}${paintText}.`);
  r.short('2', `${qk} ${quad}${lengths.length ? `, ${joinList(lengths)}` : ''}${paintText}`);
  r.short('3', asking(rng, `${an(qk)} with vertices ${joinList(names)}${when(lengths.length > 0, ` where ${joinList(lengths)}`)}`));
  r.casual('1', `${an(qk)} ${quad}${when(lengths.length > 0, ` with ${lengths.join(' ')}`)}${paintText}`);
  r.student('2', `${rng.pick(['what does', 'whats', 'how does'])} ${an(qk)} look like? ${rng.pick(['label it', 'call it', 'name the corners'])} ${quad.toLowerCase()}${when(marks, ' and show the marks')}`);
  r.student('3', `${studentOpener(rng)} ${an(qk)}${rng.pick([' for my quadrilaterals worksheet', '', ' pls', ' for the chart'])}${when(lengths.length > 0, `, ${lengths.join(', ')}`)}`);
  r.problem('1', `Quadrilateral ${quad} is ${an(qk)}${lengths.length ? ` with ${joinList(lengths)}` : ''}.${rng.pick([marks ? ' Draw it and mark its properties.' : ' Draw it.', '', ' Label each vertex.'])}`);
  r.problem('2', `In quadrilateral ${quad}, ${PROPERTY[kind]}${when(kind === 'trapezoid' && q.isosceles, ' and the legs are congruent')}. ${rng.pick(['Classify the quadrilateral.', `What type of quadrilateral is ${quad}?`, marks ? 'Sketch the figure with its properties marked.' : 'Sketch the figure.'])}`);
  r.problem('3', `${sentenceKind(qk)} ${quad} ${rng.pick(['is shown', 'is drawn', 'appears in the figure'])}${lengths.length ? `; ${joinList(lengths)}` : ''}${when(marks, `, with ${MARK_WORDS[kind]}`)}.`);
  return { code, labels: [...names, ...new Set(shown.map(([, , t]) => t))], predicates: quadPredicates(q), requests: r.items };
}

const sentenceKind = (kind: string): string => kind.charAt(0).toUpperCase() + kind.slice(1);

function sampleDiagonals(rng: Rng): Scene {
  const kind = rng.pick(QUAD_KINDS);
  const names = pickPointNames(rng, 4);
  const q = sampleQuad(rng, kind, names);
  const [A, B, C, D] = q.V;
  const nE = freshNames('EOPM', names)[0]!;
  const cross = intersect(A, C, B, D);
  const E = named(nE, cross, `extension(${A.name}, ${C.name}, ${B.name}, ${D.name})`);
  const center = centroidOf(q.V);
  const perpendicular = kind === 'square' || kind === 'rhombus' || kind === 'kite';
  const bisect = kind === 'square' || kind === 'rectangle' || kind === 'parallelogram' || kind === 'rhombus';
  const equalDiagonals = kind === 'square' || kind === 'rectangle';
  const dashed = rng.chance(0.4);
  const showMarks = rng.chance(0.75);
  const diagTicks = !showMarks ? '' : bisect
    ? `${ticks(A, E, 1)} ${ticks(E, C, 1)} ${ticks(B, E, equalDiagonals ? 1 : 2)} ${ticks(E, D, equalDiagonals ? 1 : 2)}`
    : kind === 'kite' ? kiteHalves(q, E) : '';
  const code = assemble([
    'size(6cm);',
    declare(q.V),
    declare([E]),
    `draw(${names.join('--')}--cycle);`,
    `draw(${A.name}--${C.name} ^^ ${B.name}--${D.name}${dashed ? ', dashed' : ''});`,
    showMarks && perpendicular && rightMark(B, E, C),
    diagTicks,
    `dot(${nE});`,
    labelAll(q.V, center),
    labelToward(E, perpendicular && showMarks ? times(plus(unit(minus(B, E)), unit(minus(C, E))), -1) : freeDirection(E, q.V), true),
  ]);
  const predicates: Predicate[] = [...quadPredicates(q)];
  if (bisect) predicates.push({ kind: 'midpoint', point: nE, a: A.name, b: C.name }, { kind: 'midpoint', point: nE, a: B.name, b: D.name });
  if (perpendicular) predicates.push({ kind: 'perpendicular', a: [A.name, C.name], b: [B.name, D.name] });
  if (!bisect) predicates.push({ kind: 'collinear', points: [A.name, nE, C.name] }, { kind: 'collinear', points: [B.name, nE, D.name] });
  const quad = names.join(''), d1 = `${A.name}${C.name}`, d2 = `${B.name}${D.name}`;
  const facts = [
    perpendicular ? `${d1} ⊥ ${d2}` : '',
    bisect ? `${A.name}${nE} = ${nE}${C.name} and ${B.name}${nE} = ${nE}${D.name}` : '',
  ].filter(Boolean);
  const markText = showMarks ? joinList([perpendicular ? 'a right-angle mark where they cross' : '', bisect || kind === 'kite' ? 'ticks on the equal halves' : ''].filter(Boolean)) : '';
  const qk = kind === 'trapezoid' && q.isosceles ? 'isosceles trapezoid' : kind;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(qk)} ${quad} with diagonals ${d1} and ${d2}${when(dashed, ' dashed')} meeting at ${nE}${when(!!markText, `, ${markText}`)}.`);
  r.short('2', `${qk} ${quad}, both diagonals drawn${when(dashed, ' (dashed)')}, intersection ${nE}`);
  r.short('3', asking(rng, `the diagonals of ${an(qk)} ${quad}${when(!!markText, ` with ${markText}`)}`));
  r.casual('1', `${an(qk)} ${quad} with both diagonals${when(dashed, ' dashed')} crossing at ${nE}`);
  r.student('2', `${rng.pick(['do the diagonals of', 'how do the diagonals of', 'show me how the diagonals of'])} ${an(qk)} ${rng.pick(['cross', 'intersect', 'meet'])}? ${rng.pick(['label it', 'use'])} ${quad.toLowerCase()}`);
  r.student('3', `${studentOpener(rng)} ${an(qk)} ${quad} w/ ${rng.pick(['the two diagonals', 'both diagonals', 'diagonals'])}`);
  r.problem('1', `The diagonals of ${qk} ${quad} intersect at ${nE}.${facts.length ? ` ${rng.pick(['Note that', 'Here'])} ${joinList(facts)}.` : ''}`);
  r.problem('2', `In ${qk} ${quad}, diagonals ${rng.pick([`${d1} and ${d2}`, `$\\overline{${d1}}$ and $\\overline{${d2}}$`])} meet at point ${nE}. ${rng.pick([perpendicular ? 'Show that the diagonals are perpendicular.' : 'Draw both diagonals.', bisect ? 'Show that the diagonals bisect each other.' : `Label the intersection ${nE}.`])}`);
  r.problem('3', `${sentenceKind(qk)} ${quad} has diagonals that ${[perpendicular ? 'are perpendicular' : '', bisect ? 'bisect each other' : '', equalDiagonals ? 'are congruent' : ''].filter(Boolean).join(' and ') || 'meet inside the figure'}; they cross at ${nE}.`);
  return { code, labels: [...names, nE], predicates, requests: r.items };
}

function intersect(a: Named, c: Named, b: Named, d: Named): { x: number; y: number } {
  const den = (a.x - c.x) * (b.y - d.y) - (a.y - c.y) * (b.x - d.x);
  const t = ((a.x - b.x) * (b.y - d.y) - (a.y - b.y) * (b.x - d.x)) / den;
  return lerp(a, c, t);
}

/** The long diagonal of a kite bisects the short one. */
function kiteHalves(q: Quad, E: Named): string {
  const [A, B, C, D] = q.V;
  return Math.abs(dist(A, E) - dist(E, C)) < 1e-6 ? `${ticks(A, E, 1)} ${ticks(E, C, 1)}` : `${ticks(B, E, 1)} ${ticks(E, D, 1)}`;
}

export const QUADRILATERALS: readonly Template[] = [
  { id: 'quadrilaterals/classify', family: 'quadrilaterals', grade: '3-5', sample: sampleClassify },
  { id: 'quadrilaterals/diagonals', family: 'quadrilaterals', grade: '6-8', sample: sampleDiagonals },
];
