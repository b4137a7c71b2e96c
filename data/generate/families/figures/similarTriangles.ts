import { formatNumber, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  angleArc, angleAt, assemble, centroidOf, declare, labelAll, labelToward, lerp, nameAll, named, outward, pt, round,
  sampleTriangle, sideLabel, triangleFromSides, type Named,
} from './shared.ts';
import { asking, Requests, studentOpener, verb, when } from './words.ts';

/** Similar triangles: a separate scaled copy with proportional sides, and a triangle cut by a parallel to one side. */

const SIDE_SETS = [[3, 4, 5], [4, 5, 6], [5, 6, 7], [3, 5, 7], [4, 6, 7], [2, 3, 4], [5, 7, 8], [6, 8, 9]] as const;

function sampleSeparate(rng: Rng): Scene {
  const sides = rng.shuffle([...rng.pick(SIDE_SETS)]) as [number, number, number]; // [a = BC, b = CA, c = AB]
  const k = rng.pick([1.5, 2, 2, 2.5, 0.5]);
  const n1 = pickPointNames(rng, 3);
  const n2 = pickPointNames(rng, 3, n1);
  const base = triangleFromSides(...sides);
  // drawn to the true ratio, scaled so the larger triangle is at most 7 units wide
  const s = 7 / (Math.max(...sides) * Math.max(1, k));
  const T1 = nameAll(n1, base.map((p) => pt(p.x * s, p.y * s)));
  const shift = Number((Math.max(...T1.map((p) => p.x)) + 2.5).toFixed(1));
  // the copy is written as a dilation of the first triangle, so the scale factor is visible in the code
  const T2 = T1.map((p, i) => named(n2[i]!, pt(p.x * k + shift, p.y * k), `(${shift}, 0) + ${k}*${p.name}`));
  const unknown = rng.chance(0.6) ? rng.int(0, 2) : -1;
  const t1Text = sides.map((v) => formatNumber(v)), t2Text = sides.map((v, i) => (i === unknown ? 'x' : formatNumber(v * k)));
  const arcs = rng.chance(0.5);
  // side i of the label lists: 0 = BC (vertices 1,2), 1 = CA (2,0), 2 = AB (0,1)
  const ends = [[1, 2], [2, 0], [0, 1]] as const;
  const sideCode = (T: Named[], texts: string[]): string => ends.map(([p, q], i) => sideLabel(texts[i]!, T[p]!, T[q]!, centroidOf(T))).join('\n');
  const code = assemble([
    'size(8cm);',
    declare(T1),
    declare(T2),
    `draw(${n1.join('--')}--cycle); draw(${n2.join('--')}--cycle);`,
    labelAll(T1, centroidOf(T1)), labelAll(T2, centroidOf(T2)),
    sideCode(T1, t1Text),
    sideCode(T2, t2Text),
    arcs && [T1, T2].map((T) => T.map((v, i) => angleArc(T[(i + 2) % 3]!, v, T[(i + 1) % 3]!, i + 1)).join(' ')).join('\n'),
  ]);
  const predicates: Predicate[] = [T1, T2].flatMap((T) => T.map((v, i): Predicate => ({
    kind: 'angle', from: T[(i + 2) % 3]!.name, at: v.name, to: T[(i + 1) % 3]!.name, deg: Number(angleAt(T[(i + 2) % 3]!, v, T[(i + 1) % 3]!).toFixed(1)),
  })));
  const a = n1.join(''), b = n2.join('');
  const seg = (n: string[], i: number): string => `${n[ends[i]![0]]}${n[ends[i]![1]]}`;
  const eqs = (n: string[], texts: string[]): string[] => texts.map((t, i) => `${seg(n, i)} = ${t}`);
  const known = [...eqs(n1, t1Text), ...eqs(n2, t2Text)];
  const ratio = k >= 1 ? `${formatNumber(k)}` : '';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} similar triangles ${a} and ${b} with sides ${t1Text.join(', ')} and ${t2Text.join(', ')}${when(arcs, ', matching angles marked')}.`);
  r.short('2', `△${a} ~ △${b}, ${joinList(known.filter((e) => !e.endsWith('x')).slice(0, 4))}${unknown >= 0 ? `, ${seg(n2, unknown)} = x` : ''}`);
  r.short('3', asking(rng, `two similar triangles ${a} and ${b}${ratio && rng.chance(0.6) ? ` with scale factor ${ratio}` : ''}, side lengths labeled`));
  r.casual('1', `two similar triangles ${a} and ${b}${unknown >= 0 ? ' with one side x' : ' with all the sides labeled'}`);
  r.student('2', `${studentOpener(rng)} similar triangles${rng.pick(['?', '', ' for proportions'])} first one sides ${t1Text.join(' ')} and the ${k > 1 ? 'bigger' : 'smaller'} one ${t2Text.join(' ')}`);
  r.student('3', `triangle ${a.toLowerCase()} ~ triangle ${b.toLowerCase()}${unknown >= 0 ? ` solve for x` : ''}${rng.pick([' pls', '', ' (draw it first)'])}`);
  r.problem('1', `△${a} ~ △${b}. ${joinList(known.filter((e) => !e.endsWith('x')))}.${unknown >= 0 ? ` Find ${rng.pick(['x', seg(n2, unknown)])}.` : ''}`);
  r.problem('2', `Triangle ${a} is similar to triangle ${b}${ratio ? ` with a scale factor of ${ratio}` : ''}. The sides of ${a} measure ${joinList(t1Text)}.${unknown >= 0 ? ` The side of ${b} corresponding to ${seg(n1, unknown)} is labeled x.` : ''}`);
  r.problem('3', `The triangles shown are similar${when(arcs, ', with corresponding angles marked by matching arcs')}. ${unknown >= 0 ? `Write a proportion and solve for x.` : `Verify that the sides are proportional.`}`);
  return { code, labels: [...n1, ...n2, ...new Set([...t1Text, ...t2Text])], predicates, requests: r.items };
}

function sampleNested(rng: Rng): Scene {
  const names = pickPointNames(rng, 3);
  const V = nameAll(names, sampleTriangle(rng, { minAngle: 35 }));
  const k = rng.int(0, 2);
  const A = V[k]!, [B, C] = [V[(k + 1) % 3]!, V[(k + 2) % 3]!].sort((p, q) => p.name.localeCompare(q.name)) as [Named, Named];
  const [nD, nE] = ['D', 'E', 'F', 'G', 'H'].filter((n) => !names.includes(n)) as [string, string];
  const m = rng.int(2, 6), n = rng.int(2, 6), j = rng.pick([1, 1.5, 2]);
  const t = m / (m + n);
  const D = named(nD, round(lerp(A, B, t), 3), `interp(${A.name}, ${B.name}, ${m}/${m + n})`);
  const E = named(nE, round(lerp(A, C, t), 3), `interp(${A.name}, ${C.name}, ${m}/${m + n})`);
  const unknown = rng.pick(['AD', 'DB', 'AE', 'EC', 'none'] as const);
  const val = { AD: m, DB: n, AE: m * j, EC: n * j };
  const text = (key: keyof typeof val): string => (key === unknown ? 'x' : formatNumber(val[key]));
  const center = centroidOf(V);
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare([D, E]),
    `draw(${names.join('--')}--cycle);`,
    `draw(${nD}--${nE});`,
    `dot(${nD}); dot(${nE});`,
    labelAll(V, center),
    `${labelToward(D, outward(A, B, center))} ${labelToward(E, outward(A, C, center))}`,
    sideLabel(text('AD'), A, D, center), sideLabel(text('DB'), D, B, center),
    sideLabel(text('AE'), A, E, center), sideLabel(text('EC'), E, C, center),
  ]);
  const predicates: Predicate[] = [
    { kind: 'parallel', a: [nD, nE], b: [B.name, C.name] },
    { kind: 'onSegment', point: nD, a: A.name, b: B.name },
    { kind: 'onSegment', point: nE, a: A.name, b: C.name },
  ];
  const seg = { AD: `${A.name}${nD}`, DB: `${nD}${B.name}`, AE: `${A.name}${nE}`, EC: `${nE}${C.name}` };
  const givens = (Object.keys(seg) as (keyof typeof seg)[]).filter((key) => key !== unknown).map((key) => `${seg[key]} = ${text(key)}`);
  const tri = names.join(''), de = `${nD}${nE}`, bc = `${B.name}${C.name}`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} with ${de} parallel to ${bc}, ${nD} on ${A.name}${B.name} and ${nE} on ${A.name}${C.name}; label ${joinList(givens)}${when(unknown !== 'none', ` and ${unknown === 'none' ? '' : seg[unknown]} = x`)}.`);
  r.short('2', `Triangle ${tri}, ${de} ∥ ${bc}, ${givens.join(', ')}${when(unknown !== 'none', ', one segment x')}`);
  r.short('3', asking(rng, `a triangle with a line parallel to one side making two similar triangles ${A.name}${nD}${nE} and ${A.name}${B.name}${C.name}`));
  r.casual('1', `a triangle ${tri} with a segment ${de} parallel to the base ${bc} and the pieces labeled`);
  r.student('2', `${studentOpener(rng)} the triangle proportionality thing${rng.pick(['?', '', ' w/ the parallel line'])} ${givens.join(' ')}${when(unknown !== 'none', ' and x')}`);
  r.student('3', `triangle ${tri.toLowerCase()} w/ ${de} || ${bc}, ${givens.join(', ')}${when(unknown !== 'none', ', find x')}`);
  r.problem('1', `In ${rng.pick([`triangle ${tri}`, `△${tri}`, `$\\triangle ${tri}$`])}, ${nD} lies on ${A.name}${B.name} and ${nE} lies on ${A.name}${C.name} with ${de} ∥ ${bc}. If ${joinList(givens)}, ${unknown === 'none' ? 'show that the triangles are similar' : `find ${rng.pick(['x', seg[unknown]])}`}.`);
  r.problem('2', `Segment ${de} is parallel to side ${bc} of triangle ${tri}, so △${A.name}${nD}${nE} ~ △${A.name}${B.name}${C.name}. ${givens.join('; ')}.`);
  r.problem('3', `A line parallel to ${bc} cuts ${A.name}${B.name} at ${nD} and ${A.name}${C.name} at ${nE}, so that ${joinList(givens)}${when(unknown !== 'none', `, and ${unknown === 'none' ? '' : seg[unknown]} = x`)}.`);
  return { code, labels: [...names, nD, nE, ...new Set((['AD', 'DB', 'AE', 'EC'] as const).map(text))], predicates, requests: r.items };
}

export const SIMILAR_TRIANGLES: readonly Template[] = [
  { id: 'similar-triangles/scaled-copy', family: 'similar-triangles', grade: '6-8', sample: sampleSeparate },
  { id: 'similar-triangles/parallel-cut', family: 'similar-triangles', grade: '9-12', sample: sampleNested },
];
