import { asyPair, formatNumber, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  assemble, centroidOf, declare, labelAll, labelCode, named, pickSymmetry, pt, rightMark, sideLabel, UNITS, withUnit,
  type Named, type Pt,
} from './shared.ts';
import { asking, Requests, studentOpener, verb, when } from './words.ts';

/** The Pythagorean theorem: squares built on the sides of a right triangle, and a right triangle with a missing side. */

const TRIPLES = [[3, 4], [4, 3], [6, 8], [8, 6], [5, 12], [12, 5], [8, 15], [9, 12], [7, 24]] as const;

interface RightTriangle { A: Named; B: Named; C: Named; a: number; b: number; c: number; s: number }

/** Right angle at C = (0, 0), legs CA = a (up) and CB = b (right), drawn at scale s so the longer leg is `span`. */
function placeRight(rng: Rng, names: string[], span: number, triples: readonly (readonly [number, number])[]): RightTriangle {
  const [a, b] = rng.pick(triples);
  const s = span / Math.max(a, b);
  const [nA, nB, nC] = names as [string, string, string];
  return { A: named(nA, pt(0, a * s)), B: named(nB, pt(b * s, 0)), C: named(nC, pt(0, 0)), a, b, c: Math.hypot(a, b), s };
}

const square = (p: Pt, q: Pt, out: Pt): string => [p, q, pt(q.x + out.x, q.y + out.y), pt(p.x + out.x, p.y + out.y)].map((v) => asyPair(v.x, v.y)).join('--') + '--cycle';

function sampleSquares(rng: Rng): Scene {
  const names = pickPointNames(rng, 3);
  const t = placeRight(rng, names, 4, TRIPLES.slice(0, 4)); // thin triangles leave no room for the side labels
  const { A, B, C, a, b, c } = t;
  const letters = rng.chance(0.4);
  const fills = rng.chance(0.6) ? rng.pick([['paleblue', 'palegreen', 'palered'], ['lightyellow', 'paleblue', 'pink'], ['lightgray', 'lightgray', 'lightgray']]) : undefined;
  const legA = square(C, A, pt(-A.y, 0)), legB = square(B, C, pt(0, -B.x)), hyp = square(A, B, pt(A.y, B.x));
  const areas = letters ? ['a^2', 'b^2', 'c^2'] : [a * a, b * b, c * c].map((v) => formatNumber(v));
  const sides = letters ? ['a', 'b', 'c'] : [a, b, c].map((v) => formatNumber(v));
  const showSides = letters || rng.chance(0.6);
  const centers = [pt(-A.y / 2, A.y / 2), pt(B.x / 2, -B.x / 2), pt((A.y + B.x) / 2, (A.y + B.x) / 2)];
  const code = assemble([
    'size(7cm);',
    declare([A, B, C]),
    fills ? [legA, legB, hyp].map((p, i) => `filldraw(${p}, ${fills[i]});`).join('\n') : [legA, legB, hyp].map((p) => `draw(${p});`).join('\n'),
    `draw(${A.name}--${B.name}--${C.name}--cycle);`,
    rightMark(A, C, B),
    `label("$${A.name}$", ${A.name}, NW); label("$${B.name}$", ${B.name}, SE); label("$${C.name}$", ${C.name}, SW);`,
    centers.map((p, i) => `label(${labelCode(areas[i]!)}, ${asyPair(p.x, p.y, 2)});`).join(' '),
    showSides && `${sideLabel(sides[0]!, C, A, centers[0]!)} ${sideLabel(sides[1]!, C, B, centers[1]!)} ${sideLabel(sides[2]!, A, B, centers[2]!)}`, // inside the triangle, clear of the squares
  ]);
  const predicates: Predicate[] = [{ kind: 'angle', from: A.name, at: C.name, to: B.name, deg: 90 }];
  const tri = names.join('');
  const legs = `${formatNumber(a)} and ${formatNumber(b)}`;
  const numeric = !letters && showSides;
  const areaText = letters ? 'a², b² and c²' : `${areas[0]}, ${areas[1]} and ${areas[2]}`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} a right triangle ${tri}${letters ? ' with sides a, b, c' : numeric ? ` with legs ${legs}` : ''} and a square on each side${when(!!fills, ', the squares shaded')}.`);
  r.short('2', `Pythagorean theorem picture: squares on the sides of right triangle ${tri}, areas ${areaText} labeled`);
  r.short('3', asking(rng, letters ? 'the classic a² + b² = c² diagram with squares on all three sides of a right triangle' : numeric ? `a right triangle with legs ${legs} and hypotenuse ${formatNumber(c)}, with squares drawn on the sides showing their areas` : `squares with areas ${areaText} on the sides of a right triangle`));
  r.casual('1', `a right triangle with squares on all three sides${letters ? ' labeled a² b² c²' : ` areas ${areas.join(' ')}`}`);
  r.student('2', `${rng.pick(['how do i show', 'visual proof of', 'pic that shows'])} a² + b² = c² ${rng.pick(['with the squares', 'using squares on the sides', 'w/ the squares thing'])}${rng.pick(['?', '', ' pls'])}`);
  r.student('3', `${studentOpener(rng)} the pythagorean theorem squares${numeric ? ` for a ${formatNumber(a)} ${formatNumber(b)} ${formatNumber(c)} triangle` : ''}`);
  r.problem('1', `Squares are drawn outward on each side of right triangle ${tri}, whose right angle is at ${C.name}.${letters ? ' The areas of the squares are a², b², and c².' : numeric ? ` The legs measure ${legs}, so the squares have areas ${areaText}.` : ` The squares have areas ${areaText}.`}`);
  r.problem('2', `The figure shows a right triangle with a square attached to each side. ${letters ? 'Use the areas to explain why a² + b² = c².' : `If the two smaller squares have areas ${areas[0]} and ${areas[1]}, what is the area of the largest square?`}`);
  r.problem('3', `${letters ? 'In right triangle ' + tri + ', the legs have lengths a and b and the hypotenuse has length c.' : numeric ? `Right triangle ${tri} has legs ${legs} and hypotenuse ${formatNumber(c)}.` : `Triangle ${tri} has a right angle at ${C.name}.`} A square is constructed on each side${when(!!fills, ' and shaded')}.`);
  return { code, labels: [...names, ...areas, ...(showSides ? sides : [])], predicates, requests: r.items };
}

function sampleMissing(rng: Rng): Scene {
  const names = pickPointNames(rng, 3);
  const t = placeRight(rng, names, rng.int(4, 6), TRIPLES.slice(0, -1));
  const move = pickSymmetry(rng, 0.55);
  const [A, B, C] = [t.A, t.B, t.C].map((v) => named(v.name, move(v))) as [Named, Named, Named];
  const missing = rng.pick(['a', 'b', 'c', 'c'] as const);
  const unit = rng.pick(UNITS);
  const unknown = rng.pick(['x', 'x', 'y']);
  const val = { a: t.a, b: t.b, c: t.c };
  const text = (k: 'a' | 'b' | 'c'): string => (k === missing ? unknown : withUnit(val[k], unit));
  const center = centroidOf([A, B, C]);
  const code = assemble([
    'size(6cm);',
    declare([A, B, C]),
    `draw(${names.join('--')}--cycle);`,
    rightMark(A, C, B),
    labelAll([A, B, C], center),
    sideLabel(text('a'), C, A, center), sideLabel(text('b'), C, B, center), sideLabel(text('c'), A, B, center),
  ]);
  const predicates: Predicate[] = [{ kind: 'angle', from: A.name, at: C.name, to: B.name, deg: 90 }];
  const tri = names.join('');
  const seg = { a: `${C.name}${A.name}`, b: `${C.name}${B.name}`, c: `${A.name}${B.name}` };
  const known = (['a', 'b', 'c'] as const).filter((k) => k !== missing);
  const givens = known.map((k) => `${seg[k]} = ${text(k)}`);
  const hypMissing = missing === 'c';
  const knownWords = hypMissing ? `legs ${text('a')} and ${text('b')}` : `a leg of ${text(known[0]!)} and hypotenuse ${text('c')}`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} right triangle ${tri} with ${knownWords}; label the ${hypMissing ? 'hypotenuse' : 'other leg'} ${unknown}.`);
  r.short('2', `Right triangle, ${givens.join(', ')}, ${seg[missing]} = ${unknown}, right angle at ${C.name}`);
  r.short('3', asking(rng, `a right triangle for a Pythagorean theorem problem: ${knownWords}, missing side ${unknown}`));
  r.casual('1', `a right triangle with ${hypMissing ? `legs ${val.a} and ${val.b}` : `leg ${val[known[0]!]} and hypotenuse ${val.c}`} and the missing side ${unknown}`);
  r.student('2', `${studentOpener(rng)} a right triangle${rng.pick(['', ' for pythag', ' for the pythagorean theorem'])} where ${givens.join(' and ')}${rng.pick(['?', '', ' and i need the other side'])}`);
  r.student('3', `find ${rng.pick([unknown, 'the missing side'])} ${rng.pick(['in', 'for'])} right triangle ${tri.toLowerCase()}, ${givens.join(', ')}${rng.pick([' (draw it pls)', '', ' can u sketch it'])}`);
  r.problem('1', `In right triangle ${tri}, ∠${C.name} is a right angle, ${givens.join(' and ')}. Find ${seg[missing]}.`);
  r.problem('2', `A right triangle has ${knownWords}. ${hypMissing ? 'How long is the hypotenuse?' : 'How long is the other leg?'}${rng.pick(['', ' Draw the triangle with the unknown side labeled ' + unknown + '.'])}`);
  r.problem('3', `Triangle ${tri} has a right angle at ${C.name}. ${sentenceFor(seg, text, missing)} Use the Pythagorean theorem to find ${rng.pick([unknown, 'the missing length'])}.`);
  return { code, labels: [...names, text('a'), text('b'), text('c')], predicates, requests: r.items };
}

function sentenceFor(seg: Record<'a' | 'b' | 'c', string>, text: (k: 'a' | 'b' | 'c') => string, missing: 'a' | 'b' | 'c'): string {
  return missing === 'c'
    ? `The legs ${seg.a} and ${seg.b} measure ${text('a')} and ${text('b')}.`
    : `Hypotenuse ${seg.c} measures ${text('c')} and leg ${seg[missing === 'a' ? 'b' : 'a']} measures ${text(missing === 'a' ? 'b' : 'a')}.`;
}

export const PYTHAGOREAN: readonly Template[] = [
  { id: 'pythagorean/squares-on-sides', family: 'pythagorean', grade: '6-8', sample: sampleSquares },
  { id: 'pythagorean/missing-side', family: 'pythagorean', grade: '6-8', sample: sampleMissing },
];
