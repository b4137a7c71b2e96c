import { COLOURS, FILL_PENS, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  assemble, centroidOf, declare, freshNames, labelAll, labelToward, mid, nameAll, named, outward, sampleTriangle,
  sideLabel, ticks, UNITS, withUnit, type Named,
} from './shared.ts';
import { asking, Requests, studentOpener, triangleName, verb, when } from './words.ts';

/** Midsegments: one (with the half-length relation) and all three (the medial triangle). */

function sampleOne(rng: Rng): Scene {
  const names = pickPointNames(rng, 3);
  const V = nameAll(names, sampleTriangle(rng, { minAngle: 35 }));
  const k = rng.int(0, 2);
  const A = V[k]!, [B, C] = [V[(k + 1) % 3]!, V[(k + 2) % 3]!].sort((p, q) => p.name.localeCompare(q.name)) as [Named, Named];
  const [nD, nE] = freshNames('DEMN', names, 2) as [string, string];
  const D = named(nD, mid(A, B), `midpoint(${A.name}--${B.name})`), E = named(nE, mid(A, C), `midpoint(${A.name}--${C.name})`);
  const center = centroidOf(V);
  const showTicks = rng.chance(0.75);
  const arrows = rng.chance(0.3);
  const lengths = rng.pick(['none', 'both', 'unknown-mid', 'unknown-base'] as const);
  const unit = lengths === 'none' ? '' : rng.pick(UNITS);
  const base = 2 * rng.int(3, 8);
  const baseText = lengths === 'unknown-base' ? 'x' : withUnit(base, unit);
  const midText = lengths === 'unknown-mid' ? 'x' : withUnit(base / 2, unit);
  const colour = rng.chance(0.3) ? rng.pick(COLOURS) : undefined;
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare([D, E]),
    `draw(${names.join('--')}--cycle);`,
    `draw(${nD}--${nE}${colour ? `, ${colour.pen}` : ''}${arrows ? ', MidArrow' : ''});`,
    arrows && `draw(${B.name}--${C.name}, MidArrow);`,
    `dot(${nD}); dot(${nE});`,
    labelAll(V, center),
    `${labelToward(D, outward(A, B, center))} ${labelToward(E, outward(A, C, center))}`,
    showTicks && `${ticks(A, D, 1)} ${ticks(D, B, 1)} ${ticks(A, E, 2)} ${ticks(E, C, 2)}`,
    lengths !== 'none' && sideLabel(baseText, B, C, A, arrows),
    lengths !== 'none' && sideLabel(midText, D, E, A, arrows),
  ]);
  const predicates: Predicate[] = [
    { kind: 'midpoint', point: nD, a: A.name, b: B.name },
    { kind: 'midpoint', point: nE, a: A.name, b: C.name },
    { kind: 'parallel', a: [nD, nE], b: [B.name, C.name] },
  ];
  const tri = names.join(''), ms = `${nD}${nE}`, bc = `${B.name}${C.name}`;
  const ab = [A.name, B.name].sort().join(''), ac = [A.name, C.name].sort().join('');
  const lengthText = lengths === 'both' ? `${bc} = ${baseText} and ${ms} = ${midText}` : lengths === 'unknown-mid' ? `${bc} = ${baseText} and ${ms} = x` : lengths === 'unknown-base' ? `${ms} = ${midText} and ${bc} = x` : '';
  const colourText = colour ? ` in ${colour.word}` : '';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} with midsegment ${ms}${colourText} joining the midpoints of ${ab} and ${ac}${when(!!lengthText, `; label ${lengthText}`)}.`);
  r.short('2', `Midsegment of triangle ${tri}${colourText} parallel to ${bc}${when(arrows, ', with arrows marking the parallel sides')}${when(showTicks, ', halves marked with ticks')}`);
  r.short('3', asking(rng, `${triangleName(names, rng, false)} with ${nD} and ${nE} the midpoints of two sides and segment ${ms} drawn${when(!!lengthText, `, ${lengthText}`)}`));
  r.casual('1', `a triangle ${tri} with the midsegment ${ms}${colourText}${when(!!lengthText, ` and ${lengthText}`)}`);
  r.student('2', `${studentOpener(rng)} a midsegment${rng.pick(['?', '', ' in a triangle', ' of a triangle'])} ${rng.pick(['its the line connecting two midpoints', 'connecting the middles of two sides'])}`);
  r.student('3', `triangle ${tri.toLowerCase()}, ${nD} midpoint of ${ab} and ${nE} midpoint of ${ac}, connect them${when(lengths === 'unknown-mid', `, ${bc} is ${baseText} find x`)}`);
  const find = lengths === 'unknown-mid' ? ` If ${bc} = ${baseText}, find ${rng.pick(['x', ms])}.` : lengths === 'unknown-base' ? ` If ${ms} = ${midText}, find ${rng.pick(['x', bc])}.` : lengths === 'both' ? ` ${bc} = ${baseText} and ${ms} = ${midText}.` : '';
  r.problem('1', `In ${triangleName(names, rng)}, ${nD} and ${nE} are the midpoints of ${ab} and ${ac}, respectively.${find}`);
  r.problem('2', `Points ${nD} and ${nE} lie on sides ${ab} and ${ac} of triangle ${tri} so that ${A.name}${nD} = ${nD}${B.name} and ${A.name}${nE} = ${nE}${C.name}. Segment ${ms} is drawn${rng.pick(['.', `, and it is parallel to ${bc}.`])}`);
  r.problem('3', `${ms} is a midsegment of triangle ${tri}${lengthText ? `, with ${lengthText}.` : `. Show that ${ms} is parallel to ${bc} and half as long.`}`);
  return { code, labels: [...names, nD, nE, ...(lengths === 'none' ? [] : [baseText, midText])], predicates, requests: r.items };
}

function sampleMedial(rng: Rng): Scene {
  const names = pickPointNames(rng, 3);
  const V = nameAll(names, sampleTriangle(rng, { minAngle: 35 }));
  const [A, B, C] = V as [Named, Named, Named];
  const mNames = freshNames('DEF', names, 3);
  const sides: [Named, Named][] = [[B, C], [C, A], [A, B]];
  const M = sides.map(([p, q], i) => named(mNames[i]!, mid(p, q), `midpoint(${p.name}--${q.name})`));
  const center = centroidOf(V);
  const colour = rng.pick(COLOURS);
  const mode = rng.pick(['fill', 'outline', 'plain'] as const);
  const showTicks = rng.chance(0.7);
  const inner = `${mNames.join('--')}--cycle`;
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare(M),
    mode === 'fill' && `fill(${inner}, ${FILL_PENS[colour.word]});`,
    `draw(${names.join('--')}--cycle);`,
    `draw(${inner}${mode === 'outline' ? `, ${colour.pen}` : ''});`,
    labelAll(V, center),
    M.map((m, i) => labelToward(m, outward(sides[i]![0], sides[i]![1], center))).join(' '),
    showTicks && sides.map(([p, q], i) => `${ticks(p, M[i]!, i + 1)} ${ticks(M[i]!, q, i + 1)}`).join('\n'),
  ]);
  const predicates: Predicate[] = sides.map(([p, q], i) => ({ kind: 'midpoint', point: mNames[i]!, a: p.name, b: q.name }));
  const tri = names.join(''), medial = mNames.join('');
  const look = mode === 'fill' ? rng.pick([` shaded ${colour.word}`, `, filled ${colour.word}`]) : mode === 'outline' ? ` in ${colour.word}` : '';
  const sideNames = sides.map(([p, q]) => `${p.name}${q.name}`);
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} and its medial triangle ${medial}${look}.`);
  r.short('2', `Triangle ${tri} with all three midsegments${look ? `, the inner triangle${look}` : ''}${when(showTicks, ', equal halves of each side marked')}`);
  r.short('3', asking(rng, `the triangle formed by joining the midpoints ${joinList(mNames)} of the sides of ${triangleName(names, rng, false)}${look}`));
  r.casual('1', `a triangle ${tri} connecting all three midpoints to make a smaller triangle${look}`);
  r.student('2', `${studentOpener(rng)} the medial triangle${rng.pick(['?', '', ' thing'])} of triangle ${tri.toLowerCase()}${when(mode === 'fill', ` shaded ${colour.word}`)}`);
  r.student('3', `midpoints of every side of triangle ${tri} connected up, ${rng.pick(['makes four little triangles right', 'splits it into four small triangles'])}`);
  r.problem('1', `In ${triangleName(names, rng)}, ${joinList(mNames)} are the midpoints of ${joinList(sideNames)}, respectively. ${rng.pick([`Triangle ${medial} is drawn.`, `Segments ${mNames[0]}${mNames[1]}, ${mNames[1]}${mNames[2]}, and ${mNames[2]}${mNames[0]} are drawn.`])}`);
  r.problem('2', `The midpoints of the sides of triangle ${tri} are joined to form triangle ${medial}${look}. ${rng.pick([`What fraction of the area of the large triangle ${mode === 'fill' ? 'is shaded' : 'lies inside it'}?`, 'Show that the four small triangles are congruent.', ''])}`);
  r.problem('3', `Triangle ${medial} is the medial triangle of triangle ${tri}: each of its vertices is the midpoint of a side${when(showTicks, ', and tick marks show the equal halves')}.`);
  return { code, labels: [...names, ...mNames], predicates, requests: r.items };
}

export const TRIANGLE_MIDSEGMENT: readonly Template[] = [
  { id: 'triangle-midsegment/one', family: 'triangle-midsegment', grade: '9-12', sample: sampleOne },
  { id: 'triangle-midsegment/medial-triangle', family: 'triangle-midsegment', grade: '9-12', sample: sampleMedial },
];
