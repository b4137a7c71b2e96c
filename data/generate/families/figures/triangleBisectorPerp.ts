import { asyNumber, COLOURS, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  assemble, centroidOf, declare, freshNames, labelAll, labelToward, mid, minus, nameAll, named, outward, pickSymmetry,
  plus, pt, rightMark, sampleTriangle, ticks, times, unit, type Named,
} from './shared.ts';
import { asking, Requests, studentOpener, triangleName, verb, when } from './words.ts';

/** Perpendicular bisectors: of a segment (with an equidistant point on it) and of one side of a triangle. */

interface Look { dashed: boolean; colour?: { word: string; pen: string } }

function pickLook(rng: Rng): Look {
  return { dashed: rng.chance(0.5), colour: rng.chance(0.35) ? rng.pick(COLOURS) : undefined };
}

const penOf = (look: Look): string => [look.dashed ? 'dashed' : '', look.colour?.pen ?? ''].filter(Boolean).join('+');
const wordsOf = (look: Look): string => [look.dashed ? 'dashed' : '', look.colour?.word ?? ''].filter(Boolean).join(' ');

const DIRECTIONS = [[3, 0], [3, 1], [2, 1], [3, -1], [2, -1], [4, 1]] as const;

function sampleSegment(rng: Rng): Scene {
  const [u, v] = rng.pick(DIRECTIONS);
  const move = pickSymmetry(rng, 0.6);
  const [nA, nB, nP] = pickPointNames(rng, 3);
  const [nM] = freshNames('MDE', [nA!, nB!, nP!]);
  const t = rng.pick([1, 1.5, 2, -1.5, -1]);
  const A = named(nA!, move(pt(0, 0))), B = named(nB!, move(pt(2 * u, 2 * v)));
  const M = named(nM!, mid(A, B), `midpoint(${nA}--${nB})`);
  const P = named(nP!, move(pt(u - t * v, v + t * u)));
  const look = pickLook(rng);
  const tickHalves = rng.chance(0.75), tickLegs = rng.chance(0.5);
  const legsDashed = !look.dashed && rng.chance(0.5);
  const perp = pt(P.x - M.x, P.y - M.y);
  const ends = [plus(P, times(perp, 0.35)), minus(M, times(perp, 0.6))].map((e) => `(${asyNumber(e.x, 1)}, ${asyNumber(e.y, 1)})`);
  const pen = penOf(look);
  const code = assemble([
    'size(6cm);',
    declare([A, B, P]),
    declare([M]),
    `draw(${nA}--${nB});`,
    `draw(${nA}--${nP}--${nB}${legsDashed ? ', dashed' : ''});`,
    `draw(${ends[0]}--${ends[1]}${pen ? `, ${pen}` : ''});`,
    rightMark(B, M, P),
    `dot(${nA}); dot(${nB}); dot(${nM}); dot(${nP});`,
    labelAll([A, B, P], M),
    labelToward(M, plus(unit(minus(A, B)), unit(minus(M, P))), true),
    tickHalves && `${ticks(A, M, 1)} ${ticks(M, B, 1)}`,
    tickLegs && `${ticks(P, A, 2)} ${ticks(P, B, 2)}`,
  ]);
  const predicates: Predicate[] = [
    { kind: 'midpoint', point: nM!, a: nA!, b: nB! },
    { kind: 'perpendicular', a: [nP!, nM!], b: [nA!, nB!] },
    { kind: 'equalLength', a: [nP!, nA!], b: [nP!, nB!] },
  ];
  const seg = `${nA}${nB}`, look_ = wordsOf(look);
  const lineText = look_ ? ` (${look_})` : '';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} segment ${seg} with its perpendicular bisector${lineText} through the midpoint ${nM}, and a point ${nP} on the bisector joined to ${nA} and ${nB}${when(legsDashed, ' with dashed segments')}.`);
  r.short('2', `Perpendicular bisector of ${seg}${lineText}, point ${nP} on it, ${nP}${nA} and ${nP}${nB} drawn${when(tickLegs, ' and marked equal')}`);
  r.short('3', asking(rng, `a segment ${seg}, its perpendicular bisector${lineText}, and a point ${nP} on that line connected to both endpoints`));
  r.casual('1', `a perpendicular bisector of segment ${seg}${look_ ? ` ${look_}` : ''} with a point ${nP} on it`);
  r.student('2', `${rng.pick(['how do i show', 'need a pic showing', 'draw something that shows'])} that a point on the perpendicular bisector is the same distance from ${nA} and ${nB}${rng.pick(['', '?', ' pls'])}`);
  r.student('3', `perp bisector of ${seg.toLowerCase()} ${rng.pick(['pls', 'plz', ''])}, mark the midpoint ${nM} and the right angle${when(tickHalves, ' and the equal halves')}, put ${nP} on the line`);
  r.problem('1', `A line is the perpendicular bisector of ${rng.pick([seg, `$\\overline{${seg}}$`])} and meets it at ${nM}. Point ${nP} lies on this line.${rng.pick([` Show that ${nP}${nA} = ${nP}${nB}.`, ` Segments ${nP}${nA} and ${nP}${nB} are drawn.`])}`);
  r.problem('2', `${nM} is the midpoint of ${seg}, and the line through ${nM} perpendicular to ${seg} contains point ${nP}.${when(tickLegs, ` Mark ${nP}${nA} and ${nP}${nB} as congruent.`)}`);
  r.problem('3', `Point ${nP} is equidistant from ${nA} and ${nB}. Draw ${seg}, its midpoint ${nM}, and the perpendicular bisector of ${seg} passing through ${nP}.`);
  return { code, labels: [nA!, nB!, nP!, nM!], predicates, requests: r.items };
}

function sampleTriangleSide(rng: Rng): Scene {
  const names = pickPointNames(rng, 3);
  const V = nameAll(names, sampleTriangle(rng, { acute: rng.chance(0.6) }));
  const k = rng.int(0, 2);
  const [B, C] = [V[(k + 1) % 3]!, V[(k + 2) % 3]!].sort((p, q) => p.name.localeCompare(q.name)) as [Named, Named];
  const [nM] = freshNames('MDE', names);
  const M = named(nM!, mid(B, C), `midpoint(${B.name}--${C.name})`);
  const look = pickLook(rng);
  const showTicks = rng.chance(0.7);
  const center = centroidOf(V);
  const side = `${B.name}${C.name}`;
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare([M]),
    `draw(${names.join('--')}--cycle);`,
    `draw(rotate(90, ${nM})*(${B.name}--${C.name})${penOf(look) ? `, ${penOf(look)}` : ''});`,
    `draw(rightanglemark(${C.name}, ${nM}, rotate(90, ${nM})*${C.name}));`,
    `dot(${nM});`,
    labelAll(V, center),
    labelToward(M, plus(outward(B, C, center), unit(minus(B, C))), true),
    showTicks && `${ticks(B, M, 1)} ${ticks(M, C, 1)}`,
  ]);
  const predicates: Predicate[] = [{ kind: 'midpoint', point: nM!, a: B.name, b: C.name }];
  const tri = names.join(''), look_ = wordsOf(look);
  const lineText = look_ ? rng.pick([` (${look_})`, `, ${look_}`]) : '';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} and the perpendicular bisector of side ${side}${lineText}.`);
  r.short('2', `Triangle ${tri} with the perpendicular bisector of ${side}${lineText}, ${nM} the midpoint${when(showTicks, `, ${B.name}${nM} and ${nM}${C.name} marked equal`)}`);
  r.short('3', asking(rng, `the perpendicular bisector of ${side} in ${triangleName(names, rng, false)}, with a right-angle mark at the midpoint ${nM}`));
  r.casual('1', `a triangle ${tri} with the perpendicular bisector of ${side} through its midpoint ${nM}${look_ ? ` make the line ${look_}` : ''}`);
  r.student('2', `${studentOpener(rng)} the perp bisector of one side of a triangle? side ${side.toLowerCase()} in triangle ${tri.toLowerCase()}`);
  r.student('3', `triangle ${tri}, find the middle of ${side} (call it ${nM}) and draw a line straight through it at a right angle`);
  r.problem('1', `In ${triangleName(names, rng)}, ${nM} is the midpoint of ${side}, and the line through ${nM} perpendicular to ${side} is drawn.`);
  r.problem('2', `The perpendicular bisector of ${rng.pick([side, `side ${side}`, `$\\overline{${side}}$`])} of ${triangleName(names, rng)} meets ${side} at ${nM}.${rng.pick([` Every point on it is equidistant from ${B.name} and ${C.name}.`, ''])}`);
  r.problem('3', `Let ${nM} be the midpoint of side ${side} of triangle ${tri}. Construct the line perpendicular to ${side} at ${nM}${when(showTicks, `, marking ${B.name}${nM} = ${nM}${C.name}`)}.`);
  return { code, labels: [...names, nM!], predicates, requests: r.items };
}

export const TRIANGLE_PERPENDICULAR_BISECTOR: readonly Template[] = [
  { id: 'triangle-perpendicular-bisector/segment', family: 'triangle-perpendicular-bisector', grade: '6-8', sample: sampleSegment },
  { id: 'triangle-perpendicular-bisector/triangle-side', family: 'triangle-perpendicular-bisector', grade: '9-12', sample: sampleTriangleSide },
];
