import { COLOURS, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  angleArc, angleAt, assemble, centroidOf, circumcenterOf, declare, dist, footOf, freshNames, incenterOf, labelAll,
  freeDirection, labelToward, mid, nameAll, named, orthocenterOf, outward, rightMark, sampleTriangle, ticks,
  type Named, type Pt,
} from './shared.ts';
import { asking, Requests, studentOpener, triangleName, verb, when } from './words.ts';

/** The four classical centres, each with the three segments that construct it. */

type Center = 'centroid' | 'orthocenter' | 'circumcenter' | 'incenter';

const LINES: Record<Center, string> = {
  centroid: 'medians', orthocenter: 'altitudes', circumcenter: 'perpendicular bisectors', incenter: 'angle bisectors',
};
const CENTER_NAME: Record<Center, string> = { centroid: 'G', orthocenter: 'H', circumcenter: 'O', incenter: 'I' };
const CENTER_CALL: Record<Center, (a: Pt, b: Pt, c: Pt) => Pt> = {
  centroid: (a, b, c) => centroidOf([a, b, c]), orthocenter: orthocenterOf, circumcenter: circumcenterOf, incenter: incenterOf,
};

function sampleCenter(rng: Rng, kind: Center): Scene {
  const names = pickPointNames(rng, 3, [CENTER_NAME[kind]]);
  const V = nameAll(names, sampleTriangle(rng, { acute: kind !== 'centroid' && kind !== 'incenter' ? true : rng.chance(0.6), minAngle: 35 }));
  const [A, B, C] = V as [Named, Named, Named];
  const nX = freshNames(CENTER_NAME[kind], names)[0]!;
  const X = named(nX, CENTER_CALL[kind](A, B, C), `${kind}(${names.join(', ')})`);
  const center = centroidOf(V);
  const dashed = rng.chance(0.5);
  const colour = rng.chance(0.3) ? rng.pick(COLOURS) : undefined;
  const pen = [dashed ? 'dashed' : '', colour?.pen ?? ''].filter(Boolean).join('+');
  const penArg = pen ? `, ${pen}` : '';
  const sides: [Named, Named, Named][] = [[A, B, C], [B, C, A], [C, A, B]]; // [vertex, next, other]: side opposite = next--other
  const lines: string[] = [];
  const extra: Named[] = [];
  const predicates: Predicate[] = [];
  const marks = rng.chance(0.7);
  const footNames = freshNames('DEF', [...names, nX], 3);
  if (kind === 'centroid' || kind === 'orthocenter' || kind === 'circumcenter') {
    sides.forEach(([v, p, q], i) => {
      const isMid = kind !== 'orthocenter';
      const P = named(footNames[i]!, isMid ? mid(p, q) : footOf(v, p, q), isMid ? `midpoint(${p.name}--${q.name})` : `foot(${v.name}, ${p.name}, ${q.name})`);
      extra.push(P);
      if (kind === 'circumcenter') {
        lines.push(`${nX}--${P.name}`);
        predicates.push({ kind: 'midpoint', point: P.name, a: p.name, b: q.name }, { kind: 'perpendicular', a: [nX, P.name], b: [p.name, q.name] });
      } else {
        lines.push(`${v.name}--${P.name}`);
        predicates.push(isMid ? { kind: 'midpoint', point: P.name, a: p.name, b: q.name } : { kind: 'perpendicular', a: [v.name, P.name], b: [p.name, q.name] });
        predicates.push({ kind: 'collinear', points: [v.name, nX, P.name] });
      }
    });
  } else {
    lines.push(...V.map((v) => `${v.name}--${nX}`));
    for (const [v, p, q] of sides) predicates.push({ kind: 'angle', from: p.name, at: v.name, to: nX, deg: Number(angleAt(p, v, X).toFixed(1)) }, { kind: 'angle', from: nX, at: v.name, to: q.name, deg: Number(angleAt(X, v, q).toFixed(1)) });
  }
  if (kind === 'circumcenter') predicates.push({ kind: 'concyclic', points: names, center: nX });
  const showCircle = (kind === 'circumcenter' || kind === 'incenter') && rng.chance(0.4);
  const markCode: string[] = [];
  if (marks) {
    sides.forEach(([v, p, q], i) => {
      const P = extra[i];
      if (kind === 'centroid') markCode.push(`${ticks(p, P!, i + 1)} ${ticks(P!, q, i + 1)}`);
      if (kind === 'orthocenter') markCode.push(rightMark(v, P!, dist(P!, p) > dist(P!, q) ? p : q));
      if (kind === 'circumcenter') markCode.push(rightMark(X, P!, dist(P!, p) > dist(P!, q) ? p : q));
      if (kind === 'incenter') markCode.push(`${angleArc(p, v, X, i + 1)} ${angleArc(X, v, q, i + 1)}`);
    });
  }
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare([...extra, X]),
    `draw(${names.join('--')}--cycle);`,
    `draw(${lines.join(' ^^ ')}${penArg});`,
    showCircle && (kind === 'circumcenter' ? `draw(circumcircle(${names.join(', ')}), dashed);` : `draw(incircle(${names.join(', ')}), dashed);`),
    markCode.join('\n'),
    `dot(${nX});`,
    labelAll(V, kind === 'circumcenter' ? X : center),
    extra.map((P, i) => labelToward(P, outward(sides[i]![1], sides[i]![2], center))).join(' '),
    labelToward(X, freeDirection(X, kind === 'circumcenter' ? extra : kind === 'incenter' ? V : [...V, ...extra]), true),
  ]);
  return { code, labels: [...names, ...extra.map((e) => e.name), nX], predicates, requests: phrase(rng, kind, names, nX, extra.map((e) => e.name), { dashed, colour: colour?.word, marks, showCircle }) };
}

interface Options { dashed: boolean; colour?: string; marks: boolean; showCircle: boolean }

function phrase(rng: Rng, kind: Center, names: string[], nX: string, feet: string[], o: Options): Scene['requests'] {
  const tri = names.join(''), lines = LINES[kind];
  const look = [o.dashed ? 'dashed' : '', o.colour ?? ''].filter(Boolean).join(' ');
  const lookText = look ? rng.pick([` (${look})`, `, drawn ${look},`]) : '';
  const markText = !o.marks ? '' : {
    centroid: 'tick marks on the equal halves of each side', orthocenter: 'right-angle marks at the feet',
    circumcenter: 'right-angle marks at the midpoints', incenter: 'matching arcs on the bisected angles',
  }[kind];
  const circleText = !o.showCircle ? '' : kind === 'circumcenter' ? 'the circumscribed circle dashed' : 'the inscribed circle dashed';
  const extras = [markText, circleText].filter(Boolean);
  const sides = [[names[1], names[2]], [names[2], names[0]], [names[0], names[1]]].map((s) => s.join(''));
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} with its three ${lines}${lookText} meeting at the ${kind} ${nX}${when(extras.length > 0, `, with ${joinList(extras)}`)}.`);
  r.short('2', `${kind} ${nX} of triangle ${tri}${rng.pick([`, showing all three ${lines}`, ` as the intersection of the ${lines}`])}${lookText}`);
  r.short('3', asking(rng, `the ${lines} of ${triangleName(names, rng, false)} and where they meet, labeled ${nX}`));
  r.casual('1', `a triangle ${tri} with all three ${lines} and the ${kind} ${nX}${when(!!look, `, make them ${look}`)}`);
  r.student('2', `${studentOpener(rng)} the ${kind} of a triangle${rng.pick(['?', '', ' for my notes', ' where the lines cross'])}${rng.pick(['', ` call it ${nX}`])}`);
  r.student('3', `${rng.pick(['where do the', 'show me where the', 'pic of where the'])} ${lines} of triangle ${tri.toLowerCase()} meet${rng.pick(['?', '', ' (the point is ' + nX + ')'])}`);
  const triText = triangleName(names, rng);
  const defs: Record<Center, string> = {
    centroid: `${feet[0]}, ${feet[1]}, and ${feet[2]} are the midpoints of ${sides[0]}, ${sides[1]}, and ${sides[2]}. The medians ${names[0]}${feet[0]}, ${names[1]}${feet[1]}, and ${names[2]}${feet[2]} meet at ${nX}.`,
    orthocenter: `${feet[0]}, ${feet[1]}, and ${feet[2]} are the feet of the altitudes from ${names[0]}, ${names[1]}, and ${names[2]}, which meet at ${nX}.`,
    circumcenter: `${feet[0]}, ${feet[1]}, and ${feet[2]} are the midpoints of ${sides[0]}, ${sides[1]}, and ${sides[2]}, and the perpendicular bisectors of the sides meet at ${nX}.`,
    incenter: `the bisectors of the three angles meet at ${nX}.`,
  };
  r.problem('1', `In ${triText}, ${defs[kind]}`);
  const property: Record<Center, string> = {
    centroid: `Point ${nX} is the centroid of triangle ${tri}, so ${names[0]}${nX} is twice as long as ${nX}${feet[0]}.`,
    orthocenter: `Point ${nX} is the orthocenter of ${triText}: the altitude from each vertex passes through ${nX}.`,
    circumcenter: `Point ${nX} is equidistant from ${joinList(names)}; it is the intersection of the perpendicular bisectors of the sides of triangle ${tri}.`,
    incenter: `Point ${nX} is equidistant from the three sides of triangle ${tri}; segments ${names.map((n) => `${n}${nX}`).join(', ')} bisect the angles.`,
  };
  r.problem('2', property[kind]);
  r.problem('3', `${rng.pick(['Construct', 'Locate', 'Find'])} the ${kind} of triangle ${tri} by drawing its ${lines}${when(o.marks, `, with ${markText}`)}. Label it ${nX}.`);
  return r.items;
}

export const TRIANGLE_CENTERS: readonly Template[] = (['centroid', 'orthocenter', 'circumcenter', 'incenter'] as const).map((kind) => ({
  id: `triangle-centers/${kind}`, family: 'triangle-centers', grade: '9-12' as const, sample: (rng: Rng) => sampleCenter(rng, kind),
}));
