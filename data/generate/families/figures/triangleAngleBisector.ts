import { formatNumber, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  angleArc, angleAt, angleLabel, assemble, centroidOf, declare, degTex, degText, labelAll, labelToward, lerp, markScale,
  dist, named, outward, pickSymmetry, round, sideLabel, triangleFromAngles, triangleFromSides, type Named,
} from './shared.ts';
import { asking, Requests, studentOpener, triangleName, verb, when } from './words.ts';

/** A triangle with the bisector of one angle, drawn to the opposite side; the second template adds the theorem's lengths. */

interface Bisected { A: Named; B: Named; C: Named; D: Named; V: Named[] }

/** Names the vertices (bisected vertex first), moves the figure, and adds the foot D of the bisector. */
function placeBisected(rng: Rng, corners: [number, number][], tToC: number): Bisected {
  const names = pickPointNames(rng, 3);
  const move = pickSymmetry(rng, 0.55);
  const k = rng.int(0, 2);
  const V = corners.map((c, i) => named(names[(i + k) % 3]!, round(move({ x: c[0], y: c[1] }), 3)));
  const [A, B0, C0] = V as [Named, Named, Named];
  const [B, C] = B0.name < C0.name ? [B0, C0] : [C0, B0];
  const t = B === B0 ? tToC : 1 - tToC;
  const nD = ['D', 'E', 'F', 'P'].find((n) => !names.includes(n))!;
  const D = named(nD, lerp(B, C, t), `extension(${A.name}, bisectorpoint(${B.name}, ${A.name}, ${C.name}), ${B.name}, ${C.name})`);
  return { A, B, C, D, V: [...V].sort((u, v) => u.name.localeCompare(v.name)) };
}

function halfAngles(s: Bisected): Predicate[] {
  const { A, B, C, D } = s;
  return [
    { kind: 'angle', from: B.name, at: A.name, to: D.name, deg: Number(angleAt(B, A, D).toFixed(1)) },
    { kind: 'angle', from: D.name, at: A.name, to: C.name, deg: Number(angleAt(D, A, C).toFixed(1)) },
    { kind: 'onSegment', point: D.name, a: B.name, b: C.name },
  ];
}

function sampleOne(rng: Rng): Scene {
  const half = 5 * rng.int(4, 8);
  const angleB = 5 * rng.int(8, 14);
  const angleC = 180 - 2 * half - angleB;
  if (angleC < 35) return sampleOne(rng);
  const base = rng.int(5, 7);
  const [P, Q, R] = triangleFromAngles(base, angleB, angleC); // R is the bisected vertex
  const b = Math.hypot(R.x - Q.x, R.y - Q.y), c = Math.hypot(R.x - P.x, R.y - P.y);
  const s = placeBisected(rng, [[R.x, R.y], [P.x, P.y], [Q.x, Q.y]], c / (b + c));
  const { A, B, C, D, V } = s;
  const arcs = rng.pick([1, 1, 2]);
  const showMeasures = rng.chance(0.45);
  const center = centroidOf(V);
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare([D]),
    `draw(${V.map((v) => v.name).join('--')}--cycle);`,
    `draw(${A.name}--${D.name});`,
    `${angleArc(B, A, D, arcs)} ${angleArc(D, A, C, arcs)}`,
    `dot(${D.name});`,
    labelAll(V, center),
    labelToward(D, outward(B, C, A)),
    showMeasures && `${angleLabel(degTex(half), B, A, D, 1.6)} ${angleLabel(degTex(half), D, A, C, 1.6)}`,
  ]);
  const tri = V.map((v) => v.name).join(''), bis = `${A.name}${D.name}`, side = `${B.name}${C.name}`;
  const angle = `${B.name}${A.name}${C.name}`;
  const h = `${half}°`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} with the bisector of angle ${A.name} meeting ${side} at ${D.name}${when(showMeasures, `, both halves labeled ${h}`)}.`);
  r.short('2', `Triangle ${tri}, ${bis} bisects ∠${angle}${showMeasures ? `, ∠${B.name}${A.name}${D.name} = ∠${D.name}${A.name}${C.name} = ${h}` : ', equal angles marked with arcs'}`);
  r.short('3', asking(rng, `the angle bisector from vertex ${A.name} in ${triangleName(V.map((v) => v.name), rng, false)}, with matching arcs on the two equal angles`));
  r.casual('1', `a triangle ${tri} with the angle bisector of ${A.name} going to ${side}${when(showMeasures, ` and ${h} on each side`)}`);
  r.student('2', `${studentOpener(rng)} an angle bisector in a triangle${rng.pick([' so angle', ' where angle', ', like angle'])} ${A.name} gets split in half`);
  r.student('3', `triangle ${tri.toLowerCase()}, cut angle ${A.name} in half ${rng.pick(['w/', 'with'])} a line to ${side}, call the point ${D.name}${rng.pick(['', ' pls', ' ty'])}`);
  r.problem('1', `In ${triangleName(V.map((v) => v.name), rng)}, ${rng.pick([`${bis} bisects ∠${angle}`, `ray ${bis} bisects angle ${angle}`, `$\\overline{${bis}}$ bisects $\\angle ${angle}$`])}, with ${D.name} on ${side}.`);
  r.problem('2', `The bisector of angle ${angle} meets side ${side} at ${D.name}.${when(showMeasures, ` If m∠${B.name}${A.name}${D.name} = ${h}, what is m∠${D.name}${A.name}${C.name}?`)}`);
  r.problem('3', `Let ${D.name} be the point on ${side} such that ∠${B.name}${A.name}${D.name} ≅ ∠${D.name}${A.name}${C.name}.${when(showMeasures, ` Each of these angles measures ${h}.`)}`);
  return { code, labels: [...V.map((v) => v.name), D.name, ...(showMeasures ? [degText(half)] : [])], predicates: halfAngles(s), requests: r.items };
}

/** AB : AC = BD : DC with whole numbers: AB = m·s, AC = n·s, BD = m·t, DC = n·t. */
function sampleRatio(rng: Rng): [number, number, number, number] {
  for (;;) {
    const [m, n] = rng.sample([1, 2, 3, 4, 5], 2) as [number, number];
    const t = rng.int(1, 3), s = rng.int(t + 1, 6);
    if (Math.abs(n - m) * s < (m + n) * t - 0.5 && (m + n) * t <= 12 && Math.max(m, n) * s <= 12 && (m + n) * t >= 4) return [m * s, n * s, m * t, n * t];
  }
}

function sampleTheorem(rng: Rng): Scene {
  const lens = sampleRatio(rng);
  const [P, Q, R] = triangleFromSides(lens[1], lens[0], lens[2] + lens[3]); // A = R, B = P, C = Q
  const s = placeBisected(rng, [[R.x, R.y], [P.x, P.y], [Q.x, Q.y]], lens[2] / (lens[2] + lens[3]));
  const { A, B, C, D, V } = s;
  // placeBisected letters B and C alphabetically, which may swap the two sides
  const swapped = Math.abs(dist(A, B) - lens[0]) > 0.01;
  const [ab, ac, bd, dc] = swapped ? [lens[1], lens[0], lens[3], lens[2]] : lens;
  const center = centroidOf(V);
  const unknown = rng.pick(['BD', 'DC', 'AB', 'AC', 'none', 'none'] as const);
  const text = (key: string, v: number): string => (key === unknown ? 'x' : formatNumber(v));
  const [tAB, tAC, tBD, tDC] = [text('AB', ab), text('AC', ac), text('BD', bd), text('DC', dc)];
  const arcs = rng.pick([1, 2]);
  const code = assemble([
    'size(6cm);',
    markScale(V),
    declare(V),
    declare([D]),
    `draw(${V.map((v) => v.name).join('--')}--cycle);`,
    `draw(${A.name}--${D.name});`,
    `${angleArc(B, A, D, arcs)} ${angleArc(D, A, C, arcs)}`,
    `dot(${D.name});`,
    labelAll(V, center),
    labelToward(D, outward(B, C, A)),
    sideLabel(tAB, A, B, C), sideLabel(tAC, A, C, B), sideLabel(tBD, B, D, A), sideLabel(tDC, D, C, A),
  ]);
  const predicates = halfAngles(s);
  const known: [string, string, number][] = [[A.name, B.name, ab], [A.name, C.name, ac], [B.name, D.name, bd], [D.name, C.name, dc]];
  known.forEach(([p, q, v], i) => { if (['AB', 'AC', 'BD', 'DC'][i] !== unknown) predicates.push({ kind: 'distance', a: p, b: q, value: v }); });
  const tri = V.map((v) => v.name).join(''), bis = `${A.name}${D.name}`;
  const seg = { AB: `${A.name}${B.name}`, AC: `${A.name}${C.name}`, BD: `${B.name}${D.name}`, DC: `${D.name}${C.name}` };
  const givens = (['AB', 'AC', 'BD', 'DC'] as const).filter((k) => k !== unknown).map((k) => `${seg[k]} = ${{ AB: tAB, AC: tAC, BD: tBD, DC: tDC }[k]}`);
  const find = unknown === 'none' ? '' : ` Find ${rng.pick([`x`, `${seg[unknown]}`])}.`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} with angle bisector ${bis}, ${joinList(givens)}${when(unknown !== 'none', `, and ${unknown === 'none' ? '' : seg[unknown]} = x`)}.`);
  r.short('2', `Angle bisector theorem figure: triangle ${tri}, ${bis} bisects angle ${A.name}, sides labeled ${[tAB, tAC, tBD, tDC].join(', ')}`);
  r.short('3', asking(rng, `a triangle ${tri} where ${bis} bisects angle ${A.name} and the segment lengths ${joinList(givens)} are labeled`));
  r.casual('1', `an angle bisector theorem picture, triangle ${tri} with ${givens.join(' ')}${when(unknown !== 'none', ' and x for the missing one')}`);
  r.student('2', `${studentOpener(rng)} the angle bisector thing where ${seg.AB}/${seg.AC} = ${seg.BD}/${seg.DC}? triangle ${tri.toLowerCase()} with ${givens.join(', ')}`);
  r.student('3', `hw says ${bis} bisects angle ${A.name} in triangle ${tri}, ${givens.join(', ')}${when(unknown !== 'none', ', find x')}. can u draw it`);
  r.problem('1', `In ${triangleName(V.map((v) => v.name), rng)}, ${bis} bisects ∠${B.name}${A.name}${C.name} and meets ${B.name}${C.name} at ${D.name}. ${unknown === 'none' ? `Label ${joinList(givens)}.` : `If ${joinList(givens)}, find ${rng.pick(['x', seg[unknown]])}.`}`);
  r.problem('2', `Point ${D.name} lies on side ${B.name}${C.name} of triangle ${tri} so that ${bis} bisects angle ${A.name}. It is given that ${joinList(givens)}.${find}`);
  r.problem('3', `The bisector of the angle at ${A.name} divides ${B.name}${C.name} into segments ${seg.BD} = ${tBD} and ${seg.DC} = ${tDC}; the other sides are ${seg.AB} = ${tAB} and ${seg.AC} = ${tAC}.${when(unknown !== 'none', ' Solve for x.')}`);
  const labels = [...V.map((v) => v.name), D.name, ...new Set([tAB, tAC, tBD, tDC])];
  return { code, labels, predicates, requests: r.items };
}

export const TRIANGLE_ANGLE_BISECTOR: readonly Template[] = [
  { id: 'triangle-angle-bisector/one', family: 'triangle-angle-bisector', grade: '6-8', sample: sampleOne },
  { id: 'triangle-angle-bisector/theorem', family: 'triangle-angle-bisector', grade: '9-12', sample: sampleTheorem },
];
