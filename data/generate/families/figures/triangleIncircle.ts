import { COLOURS, formatNumber, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  angleAt, assemble, centroidOf, compass, declare, dist, footOf, freshNames, incenterOf, labelAll, labelCode, labelToward,
  markScale, mid, minus, nameAll, named, outward, pickSymmetry, pt, rightMark, sampleTriangle, sideLabel, UNITS, withUnit,
  type Named,
} from './shared.ts';
import { asking, Requests, studentOpener, triangleName, verb, when } from './words.ts';

/** A triangle with its inscribed circle: general (with tangency points) and a right triangle with a whole-number inradius. */

function sampleBasic(rng: Rng): Scene {
  const names = pickPointNames(rng, 3, ['I']);
  const V = nameAll(names, sampleTriangle(rng, { minAngle: 35 }));
  const [A, B, C] = V as [Named, Named, Named];
  const nI = freshNames('I', names)[0]!;
  const I = named(nI, incenterOf(A, B, C), `incenter(${names.join(', ')})`);
  const showTangents = rng.chance(0.5);
  const showRadius = rng.chance(0.5);
  const colour = rng.chance(0.35) ? rng.pick(COLOURS) : undefined;
  const sides: [Named, Named][] = [[B, C], [C, A], [A, B]];
  const tNames = freshNames('DEF', [...names, nI], 3);
  const T = sides.map(([p, q], i) => named(tNames[i]!, footOf(I, p, q), `foot(${nI}, ${p.name}, ${q.name})`));
  const center = centroidOf(V);
  const [T0] = T as [Named];
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare([I, ...(showTangents || showRadius ? (showTangents ? T : [T0]) : [])]),
    `draw(${names.join('--')}--cycle);`,
    `draw(incircle(${names.join(', ')})${colour ? `, ${colour.pen}` : ''});`,
    showRadius && `draw(${nI}--${T0.name}, dashed);`,
    showRadius && rightMark(I, T0, dist(T0, B) > dist(T0, C) ? B : C),
    `dot(${nI});`,
    showTangents ? `${T.map((t) => `dot(${t.name});`).join(' ')}` : showRadius && `dot(${T0.name});`,
    labelAll(V, center),
    labelToward(I, showRadius ? minus(I, T0) : pt(0, 1)),
    (showTangents ? T : showRadius ? [T0] : []).map((t, i) => labelToward(t, outward(sides[i]![0], sides[i]![1], center))).join(' '),
  ]);
  const predicates: Predicate[] = [];
  for (const [v, p, q] of [[A, B, C], [B, C, A], [C, A, B]] as const) {
    predicates.push({ kind: 'angle', from: p.name, at: v.name, to: nI, deg: Number(angleAt(p, v, I).toFixed(1)) });
    predicates.push({ kind: 'angle', from: nI, at: v.name, to: q.name, deg: Number(angleAt(I, v, q).toFixed(1)) });
  }
  if (showTangents) predicates.push({ kind: 'concyclic', points: T.map((t) => t.name), center: nI });
  if (showTangents || showRadius) predicates.push({ kind: 'perpendicular', a: [nI, T0.name], b: [B.name, C.name] }, { kind: 'onSegment', point: T0.name, a: B.name, b: C.name });
  const tri = names.join(''), tn = T.map((t) => t.name);
  const colourText = colour ? rng.pick([` in ${colour.word}`, ` (${colour.word})`]) : '';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} with its inscribed circle${colourText}, center ${nI}${when(showTangents, `, touching the sides at ${joinList(tn)}`)}.`);
  r.short('2', `Incircle of triangle ${tri}${colourText}${when(showRadius, `, radius ${nI}${T0.name} dashed with a right angle at ${T0.name}`)}`);
  r.short('3', asking(rng, `a circle inscribed in ${triangleName(names, rng, false)}${colourText}, with the incenter ${nI} marked`));
  r.casual('1', `a triangle ${tri} with a circle inside touching all three sides${when(!!colour, `, the circle ${colour?.word}`)}`);
  r.student('2', `${studentOpener(rng)} the incircle of a triangle${rng.pick([' w/ the center', ' and its center', ', center'])} ${nI}${when(showTangents, ` and the touch points ${tn.join(' ')}`)}`);
  r.student('3', `circle inscribed in triangle ${tri.toLowerCase()}${rng.pick([' pls', '', ' for geo', ' thx'])}`);
  r.problem('1', `A circle with center ${nI} is inscribed in ${triangleName(names, rng)}${showTangents ? ` and is tangent to ${B.name}${C.name}, ${C.name}${A.name}, and ${A.name}${B.name} at ${joinList(tn)}, respectively.` : '.'}`);
  r.problem('2', `The incircle of ${triangleName(names, rng)} has center ${nI}.${when(showRadius, ` Radius ${nI}${T0.name} is drawn to the point of tangency ${T0.name} on ${B.name}${C.name}.`)}`);
  r.problem('3', `Let ${nI} be the incenter of triangle ${tri}. Draw the circle centered at ${nI} that is tangent to all three sides${when(showTangents, `, and label the points of tangency ${joinList(tn)}`)}.`);
  return { code, labels: [...names, nI, ...(showTangents ? tn : showRadius ? [T0.name] : [])], predicates, requests: r.items };
}

const TRIPLES = [[3, 4], [6, 8], [5, 12], [8, 15], [9, 12], [12, 5], [4, 3], [8, 6], [12, 9], [15, 8], [7, 24]] as const;

function sampleRight(rng: Rng): Scene {
  const [a, b] = rng.pick(TRIPLES.filter(([p, q]) => p + q <= 23));
  const c = Math.hypot(a, b), radius = (a + b - c) / 2;
  const names = pickPointNames(rng, 3, ['I']);
  const [nA, nB, nC] = names as [string, string, string];
  const move = pickSymmetry(rng, 0.6);
  const C = named(nC, move(pt(0, 0))), A = named(nA, move(pt(0, a))), B = named(nB, move(pt(b, 0)));
  const V = [A, B, C];
  const nI = freshNames('I', names)[0]!;
  const I = named(nI, incenterOf(A, B, C), `incenter(${names.join(', ')})`);
  const [nD] = freshNames('DEF', [...names, nI]);
  const D = named(nD!, footOf(I, C, B), `foot(${nI}, ${nC}, ${nB})`);
  const unit = rng.pick(UNITS);
  const [aText, bText, cText] = [a, b, c].map((v) => withUnit(v, unit)) as [string, string, string];
  const showHyp = rng.chance(0.5);
  const rText = rng.chance(0.5) ? 'r' : withUnit(radius, unit);
  const center = centroidOf(V);
  const code = assemble([
    'size(6cm);',
    markScale(V),
    declare(V),
    declare([I, D]),
    `draw(${nA}--${nB}--${nC}--cycle);`,
    `draw(incircle(${names.join(', ')}));`,
    `draw(${nI}--${nD});`,
    rightMark(A, C, B),
    `dot(${nI}); dot(${nD});`,
    labelAll(V, center),
    labelToward(I, minus(I, C)),
    labelToward(D, minus(D, I)),
    sideLabel(aText, C, A, B),
    dist(D, mid(C, B)) * 6 / Math.max(a, b) > 0.9 ? sideLabel(bText, C, B, A) : sideLabel(bText, D, B, A),
    showHyp && sideLabel(cText, A, B, C),
    `label(${labelCode(rText)}, midpoint(${nI}--${nD}), ${compass(minus(B, C))});`,
  ]);
  const predicates: Predicate[] = [
    { kind: 'angle', from: nA, at: nC, to: nB, deg: 90 },
    { kind: 'distance', a: nC, b: nA, value: a }, { kind: 'distance', a: nC, b: nB, value: b },
    { kind: 'distance', a: nI, b: nD!, value: radius }, { kind: 'perpendicular', a: [nI, nD!], b: [nC, nB] },
  ];
  const tri = names.join('');
  const legs = `${nC}${nA} = ${aText} and ${nC}${nB} = ${bText}`;
  const rWords = rText === 'r' ? 'radius r' : `radius ${rText}`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} right triangle ${tri} with legs ${aText} and ${bText}${when(showHyp, `, hypotenuse ${cText}`)}, and its inscribed circle with ${rWords} drawn to ${nD}.`);
  r.short('2', `Right triangle ${tri}, right angle at ${nC}, ${legs}, incircle centered at ${nI}`);
  r.short('3', asking(rng, `the incircle of a right triangle with legs ${aText} and ${bText}, inradius labeled ${rText}`));
  r.casual('1', `a right triangle with legs ${a} and ${b} and a circle inscribed in it, label the radius ${rText === 'r' ? 'r' : formatNumber(radius)}`);
  r.student('2', `${studentOpener(rng)} a circle inside a right triangle ${tri.toLowerCase()}${rng.pick(['?', '', ' w/ legs ' + a + ' and ' + b])} the radius goes to ${nD} on ${nC}${nB}`);
  r.student('3', `find the inradius of right triangle ${tri} with legs ${a} & ${b}${showHyp ? ` and hyp ${c}` : ''}... can u draw it first`);
  r.problem('1', `In right triangle ${tri}, ${rng.pick([`∠${nC} is a right angle`, `the right angle is at ${nC}`])}, ${legs}. A circle centered at ${nI} is inscribed in the triangle and touches ${nC}${nB} at ${nD}.${when(rText === 'r', ' Find the radius r.')}`);
  r.problem('2', `The legs of a right triangle measure ${aText} and ${bText}${when(showHyp, ` and the hypotenuse measures ${cText}`)}. ${rText === 'r' ? 'What is the radius r of its inscribed circle?' : `Show that its inscribed circle has radius ${rText}.`}`);
  r.problem('3', `Circle ${nI} is inscribed in right triangle ${tri} with ${legs}. Segment ${nI}${nD} is a radius perpendicular to ${nC}${nB}.`);
  return { code, labels: [...names, nI, nD!, aText, bText, ...(showHyp ? [cText] : []), rText], predicates, requests: r.items };
}

export const TRIANGLE_INCIRCLE: readonly Template[] = [
  { id: 'triangle-incircle/tangent-points', family: 'triangle-incircle', grade: '9-12', sample: sampleBasic },
  { id: 'triangle-incircle/right-triangle', family: 'triangle-incircle', grade: '9-12', sample: sampleRight },
];
