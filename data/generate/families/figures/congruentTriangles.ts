import { joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  angleArc, angleAt, assemble, centroidOf, declare, labelAll, markScale, named, pt, round, sampleTriangle, ticks, type Named, type Pt,
} from './shared.ts';
import { asking, Requests, studentOpener, verb, when } from './words.ts';

/** Pairs of congruent triangles with matching marks: all sides, a congruence criterion, or a shared side. */

/** Two congruent triangles side by side: the second is the first moved, mirrored or turned. */
export function pairOfTriangles(rng: Rng, scale = 1): { T1: Named[]; T2: Named[]; n1: string[]; n2: string[] } {
  const n1 = pickPointNames(rng, 3);
  const n2 = pickPointNames(rng, 3, n1);
  const base = sampleTriangle(rng, { minAngle: 35, identityWeight: 1 }).map((p) => pt(p.x, p.y));
  const xs = base.map((p) => p.x), top = Math.max(...base.map((p) => p.y)) * scale;
  const [lo, hi] = [Math.min(...xs) * scale, Math.max(...xs) * scale];
  const start = Math.max(...xs) + 3; // the second triangle's box starts 3 units right of the first
  const how = rng.pick(['shift', 'mirror', 'turn'] as const);
  const moved = base.map((p): Pt => {
    const s = pt(p.x * scale, p.y * scale);
    if (how === 'shift') return pt(s.x - lo + start, s.y);
    return pt(hi - s.x + start, how === 'turn' ? top - s.y : s.y);
  });
  return {
    T1: base.map((p, i) => named(n1[i]!, p)),
    T2: moved.map((p, i) => named(n2[i]!, round(p, 3))),
    n1, n2,
  };
}

type Criterion = 'SSS' | 'SAS' | 'ASA' | 'AAS' | 'all';
const CRITERION_WORDS: Record<Criterion, string> = {
  SSS: 'side-side-side', SAS: 'side-angle-side', ASA: 'angle-side-angle', AAS: 'angle-angle-side', all: 'all six corresponding parts',
};

/** Which sides (index i = side from vertex i to i+1) and angles (at vertex i) each criterion marks. */
function marked(c: Criterion, rng: Rng): { sides: number[]; angles: number[] } {
  const k = rng.int(0, 2);
  const at = (...d: number[]): number[] => d.map((x) => (k + x) % 3);
  switch (c) {
    case 'SSS': return { sides: [0, 1, 2], angles: [] };
    case 'SAS': return { sides: at(0, 2), angles: at(0) };          // sides k and k+2 meet at vertex k
    case 'ASA': return { sides: at(0), angles: at(0, 1) };          // side k joins vertices k and k+1
    case 'AAS': return { sides: at(1), angles: at(0, 1) };
    case 'all': return { sides: [0, 1, 2], angles: [0, 1, 2] };
  }
}

function sampleCongruent(rng: Rng, criteria: readonly Criterion[]): Scene {
  const c = rng.pick(criteria);
  const { T1, T2, n1, n2 } = pairOfTriangles(rng);
  const { sides, angles } = marked(c, rng);
  const markLines = [T1, T2].map((T) => [
    ...sides.map((i) => ticks(T[i]!, T[(i + 1) % 3]!, i + 1)),
    ...angles.map((i) => angleArc(T[(i + 2) % 3]!, T[i]!, T[(i + 1) % 3]!, i + 1)),
  ].join(' '));
  const shade = rng.chance(0.25) ? rng.pick(['paleblue', 'palegreen', 'lightyellow'] as const) : '';
  const code = assemble([
    'size(8cm);',
    markScale([...T1, ...T2]),
    declare(T1),
    declare(T2),
    shade && `fill(${n1.join('--')}--cycle, ${shade}); fill(${n2.join('--')}--cycle, ${shade});`,
    `draw(${n1.join('--')}--cycle); draw(${n2.join('--')}--cycle);`,
    labelAll(T1, centroidOf(T1)), labelAll(T2, centroidOf(T2)),
    ...markLines,
  ]);
  const predicates: Predicate[] = [
    ...sides.map((i): Predicate => ({ kind: 'equalLength', a: [n1[i]!, n1[(i + 1) % 3]!], b: [n2[i]!, n2[(i + 1) % 3]!] })),
    ...angles.flatMap((i): Predicate[] => [T1, T2].map((T, j) => ({ kind: 'angle', from: [n1, n2][j]![(i + 2) % 3]!, at: [n1, n2][j]![i]!, to: [n1, n2][j]![(i + 1) % 3]!, deg: Number(angleAt(T[(i + 2) % 3]!, T[i]!, T[(i + 1) % 3]!).toFixed(1)) }))),
  ];
  const t1 = n1.join(''), t2 = n2.join('');
  const sideEq = sides.map((i) => `${n1[i]}${n1[(i + 1) % 3]} ≅ ${n2[i]}${n2[(i + 1) % 3]}`);
  const angEq = angles.map((i) => `∠${n1[i]} ≅ ∠${n2[i]}`);
  const givens = [...sideEq, ...angEq];
  const markText = angles.length ? 'matching tick marks and angle arcs' : 'matching tick marks on corresponding sides';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} two congruent triangles ${t1} and ${t2} with ${markText}.`);
  r.short('2', `△${t1} ≅ △${t2}${c !== 'all' ? ` by ${CRITERION_WORDS[c]}` : ''}, congruent parts marked${when(!!shade, ', both shaded')}`);
  r.short('3', asking(rng, `a pair of congruent triangles showing ${CRITERION_WORDS[c]}${c === 'all' ? ' marked' : ''}: ${joinList(givens)}`));
  r.casual('1', `two triangles ${t1} and ${t2} that are congruent with the ${angles.length ? 'marks' : 'tick marks'} matching up`);
  r.student('2', c === 'all'
    ? `${studentOpener(rng)} congruent triangles${rng.pick(['?', '', ' for the proofs unit'])} with every side and angle marked the same`
    : `${rng.pick(['how do i show', 'pic for', 'draw'])} ${CRITERION_WORDS[c]} congruence${rng.pick(['?', '', ' pls'])} triangles ${t1.toLowerCase()} and ${t2.toLowerCase()}`);
  r.student('3', `triangle ${t1} ≅ triangle ${t2}, ${rng.pick(['mark', 'show', 'put in'])} ${angles.length ? 'the ticks and arcs' : 'the tick marks'}${rng.pick(['', ' thx', ' so i can see which parts match'])}`);
  r.problem('1', `Given: ${joinList(givens)}. ${rng.pick([`Prove: △${t1} ≅ △${t2}.`, `Show that the triangles are congruent.`, `Which congruence postulate proves △${t1} ≅ △${t2}?`])}`);
  r.problem('2', `In the figure, △${t1} ≅ △${t2}${c !== 'all' ? ` by ${CRITERION_WORDS[c]}` : ''}. ${angles.length ? 'Congruent sides are marked with ticks and congruent angles with arcs.' : 'Corresponding sides have the same number of tick marks.'}`);
  r.problem('3', `Triangles ${t1} and ${t2} are drawn so that ${joinList(givens)}.${when(!!shade, ' Both triangles are shaded.')}`);
  return { code, labels: [...n1, ...n2], predicates, requests: r.items };
}

function sampleSharedSide(rng: Rng): Scene {
  const [nA, nB, nC, nD] = pickPointNames(rng, 4) as [string, string, string, string];
  const w = rng.int(5, 7), p = rng.int(1, w - 1), h = rng.int(2, 4);
  const vertical = rng.chance(0.4);
  const place = (x: number, y: number): Pt => (vertical ? pt(-y, x) : pt(x, y));
  // B--D is the common side; A and C are mirror images across it
  const B = named(nB, place(0, 0)), D = named(nD, place(w, 0)), A = named(nA, place(p, h)), C = named(nC, place(p, -h));
  const center = centroidOf([A, B, C, D]);
  const arcs = rng.chance(0.5);
  const code = assemble([
    'size(6cm);',
    declare([A, B, C, D]),
    `draw(${nA}--${nB}--${nC}--${nD}--cycle);`,
    `draw(${nB}--${nD});`,
    `${ticks(A, B, 1)} ${ticks(C, B, 1)} ${ticks(A, D, 2)} ${ticks(C, D, 2)}`,
    arcs && `${angleArc(A, B, D)} ${angleArc(D, B, C)}`,
    labelAll([A, B, C, D], center),
  ]);
  const predicates: Predicate[] = [
    { kind: 'equalLength', a: [nA, nB], b: [nC, nB] },
    { kind: 'equalLength', a: [nA, nD], b: [nC, nD] },
  ];
  const t1 = `${nA}${nB}${nD}`, t2 = `${nC}${nB}${nD}`, common = `${nB}${nD}`;
  const givens = [`${nA}${nB} ≅ ${nC}${nB}`, `${nA}${nD} ≅ ${nC}${nD}`];
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangles ${t1} and ${t2} sharing side ${common}, with ${joinList(givens)} marked${when(arcs, ` and the angles at ${nB} marked equal`)}.`);
  r.short('2', `Two congruent triangles with a common side ${common}: ${givens.join(', ')}`);
  r.short('3', asking(rng, `a kite-shaped figure ${nA}${nB}${nC}${nD} split by ${common} into two congruent triangles, with tick marks`));
  r.casual('1', `two triangles ${t1} and ${t2} that share side ${common} and are congruent`);
  r.student('2', `${studentOpener(rng)} the ${rng.pick(['reflexive property', 'shared side'])} proof picture${rng.pick(['?', '', ' thing'])} where ${common} is in both triangles`);
  r.student('3', `triangles ${t1.toLowerCase()} and ${t2.toLowerCase()} w/ ${givens.join(' and ')}${rng.pick(['', ' pls', ' for my proof'])}`);
  r.problem('1', `Given: ${joinList(givens)}. Prove: △${t1} ≅ △${t2}.`);
  r.problem('2', `In quadrilateral ${nA}${nB}${nC}${nD}, diagonal ${common} is drawn, ${nA}${nB} = ${nC}${nB}, and ${nA}${nD} = ${nC}${nD}. ${rng.pick([`Explain why ${common} bisects angle ${nA}${nB}${nC}.`, 'Show that the two triangles formed are congruent.', ''])}`);
  r.problem('3', `Triangles ${t1} and ${t2} share the side ${common}. ${rng.pick(['Tick marks show', 'The marks show'])} that ${joinList(givens)}${when(arcs, `, and ∠${nA}${nB}${nD} ≅ ∠${nD}${nB}${nC}`)}.`);
  return { code, labels: [nA, nB, nC, nD], predicates, requests: r.items };
}

export const CONGRUENT_TRIANGLES: readonly Template[] = [
  { id: 'congruent-triangles/side-marks', family: 'congruent-triangles', grade: '9-12', sample: (rng) => sampleCongruent(rng, ['SSS', 'SSS', 'all']) },
  { id: 'congruent-triangles/criteria', family: 'congruent-triangles', grade: '9-12', sample: (rng) => sampleCongruent(rng, ['SAS', 'ASA', 'AAS']) },
  { id: 'congruent-triangles/shared-side', family: 'congruent-triangles', grade: '9-12', sample: sampleSharedSide },
];
