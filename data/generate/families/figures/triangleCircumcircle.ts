import { COLOURS, formatNumber, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { angleAt, assemble, compass, freeDirection, named, polar, rightMark, type Named } from './shared.ts';
import { asking, Requests, studentOpener, triangleName, verb, when } from './words.ts';

/** A triangle inscribed in its circumcircle (centre O), and a right triangle whose hypotenuse is a diameter. */

/** Three angles on the circle at least 55° apart, the first near the top. */
function sampleArcs(rng: Rng): number[] {
  for (;;) {
    const a = 5 * rng.int(14, 26), b = a + 5 * rng.int(11, 30), c = b + 5 * rng.int(11, 30);
    if (c - a <= 360 - 55) return [a, b % 360, c % 360];
  }
}

function onCircle(name: string, r: number, deg: number): Named {
  return named(name, polar(r, deg), `${r}*dir(${deg})`);
}

const declareOn = (points: readonly Named[]): string => `pair O = (0, 0), ${points.map((p) => `${p.name} = ${p.expr}`).join(', ')};`;

interface CircleLook { colour?: { word: string; pen: string } }

function sampleBasic(rng: Rng): Scene {
  const R = rng.int(3, 5);
  const names = pickPointNames(rng, 3, ['O']);
  const V = sampleArcs(rng).map((deg, i) => onCircle(names[i]!, R, deg));
  const look: CircleLook = { colour: rng.chance(0.35) ? rng.pick(COLOURS) : undefined };
  const radii = rng.pick(['none', 'one', 'all'] as const);
  const rText = radii === 'one' && rng.chance(0.6) ? (rng.chance(0.5) ? 'r' : formatNumber(R)) : '';
  const radiusPts = radii === 'none' ? [] : radii === 'one' ? [V[0]!] : V;
  const angles = V.map((v, i) => angleAt(V[(i + 1) % 3]!, v, V[(i + 2) % 3]!));
  const kind = Math.max(...angles) > 90.5 ? 'obtuse' : 'acute';
  const code = assemble([
    'size(6cm);',
    declareOn(V),
    `draw(circle(O, ${R})${look.colour ? `, ${look.colour.pen}` : ''});`,
    `draw(${names.join('--')}--cycle);`,
    radiusPts.length > 0 && `draw(${radiusPts.map((p) => `O--${p.name}`).join(' ^^ ')}, dashed);`,
    'dot(O);',
    V.map((v) => `label("$${v.name}$", ${v.name}, ${compass(v)});`).join(' '),
    `label("$O$", O, ${compass(freeDirection({ x: 0, y: 0 }, radiusPts.length ? radiusPts : V))});`,
    rText && `label(${rText === 'r' ? '"$r$"' : `"$${rText}$"`}, midpoint(O--${V[0]!.name}), ${compass(polar(1, Math.atan2(V[0]!.y, V[0]!.x) * 180 / Math.PI + 90))});`,
  ]);
  const predicates: Predicate[] = [{ kind: 'concyclic', points: names, center: 'O' }];
  if (rText && rText !== 'r') predicates.push({ kind: 'distance', a: 'O', b: V[0]!.name, value: R });
  const tri = names.join(''), circle = look.colour ? `${look.colour.word} circle` : 'circle';
  const radiusText = radii === 'all' ? ', with dashed radii to the three vertices' : radii === 'one' ? `, with the radius O${V[0]!.name} dashed${when(!!rText, ` and labeled ${rText}`)}` : '';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} triangle ${tri} inscribed in a ${circle} with center O${radiusText}.`);
  r.short('2', `${kind === 'obtuse' && rng.chance(0.5) ? 'Obtuse triangle' : 'Triangle'} ${tri} and its circumcircle${look.colour ? ` in ${look.colour.word}` : ''}, center O marked${radiusText}`);
  r.short('3', asking(rng, `a circle circumscribed about ${triangleName(names, rng, false)}, center O${when(!!rText, `, radius ${rText}`)}`));
  r.casual('1', `a triangle ${tri} inside a ${circle} with all three corners on the circle${when(radii !== 'none', radii === 'all' ? ' and the radii dashed' : ' and one radius dashed')}`);
  r.student('2', `${studentOpener(rng)} a triangle inscribed in a circle${rng.pick(['?', '', ' lol', ' for geometry'])} center O${when(rText === 'r', ' radius r')}`);
  r.student('3', `circumcircle of triangle ${tri.toLowerCase()}${rng.pick(['', ' pls', ' thx'])}${when(!!look.colour, ` make the circle ${look.colour?.word}`)}`);
  r.problem('1', `${rng.pick([`The vertices of triangle ${tri}`, `Points ${joinList(names)}`])} lie on a circle with center O${when(!!rText && rText !== 'r', ` and radius ${rText}`)}.`);
  r.problem('2', `${triangleName(names, rng)} is inscribed in circle O${when(radii !== 'none', `. ${radii === 'all' ? `Radii ${V.map((v) => `O${v.name}`).join(', ')} are drawn` : `Radius O${V[0]!.name} is drawn`}`)}${when(rText === 'r', ' and has length r')}.`);
  r.problem('3', `Circle O is circumscribed about triangle ${tri}${kind === 'obtuse' ? ', whose center lies outside the triangle since the triangle is obtuse' : ''}.${when(!!rText, ` The radius is ${rText}.`)}`);
  return { code, labels: [...names, 'O', ...(rText ? [rText] : [])], predicates, requests: r.items };
}

function sampleRight(rng: Rng): Scene {
  const R = rng.int(3, 5);
  const names = pickPointNames(rng, 3, ['O']);
  const [nA, nB, nC] = names as [string, string, string];
  const base = rng.pick([0, 0, 0, 10, 20, 160, 170, -15]);
  const apex = base + 5 * rng.int(7, 29);
  const A = onCircle(nA, R, base + 180), B = onCircle(nB, R, base), C = onCircle(nC, R, apex);
  const showDiameter = rng.chance(0.5);
  const colour = rng.chance(0.3) ? rng.pick(COLOURS) : undefined;
  const code = assemble([
    'size(6cm);',
    declareOn([A, B, C]),
    `draw(circle(O, ${R})${colour ? `, ${colour.pen}` : ''});`,
    `draw(${nA}--${nB}--${nC}--cycle);`,
    rightMark(A, C, B),
    'dot(O);',
    [A, B, C].map((v) => `label("$${v.name}$", ${v.name}, ${compass(v)});`).join(' '),
    `label("$O$", O, ${compass(polar(1, apex + 180))});`,
    showDiameter && `label("$${R}$", midpoint(O--${nB}), ${compass(polar(1, apex + 180))});`,
  ]);
  const predicates: Predicate[] = [
    { kind: 'angle', from: nA, at: nC, to: nB, deg: 90 },
    { kind: 'midpoint', point: 'O', a: nA, b: nB },
    { kind: 'concyclic', points: names, center: 'O' },
  ];
  if (showDiameter) predicates.push({ kind: 'distance', a: 'O', b: nB, value: R });
  const tri = names.join(''), hyp = `${nA}${nB}`;
  const circle = colour ? `${colour.word} circle` : 'circle';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} right triangle ${tri} inscribed in a ${circle} with center O, hypotenuse ${hyp} a diameter${when(showDiameter, `, radius ${R}`)}.`);
  r.short('2', `Right triangle in a ${circle}: ${hyp} is a diameter through O, right angle at ${nC}`);
  r.short('3', asking(rng, `a triangle inscribed in a semicircle, with ${hyp} as the diameter and the right angle at ${nC} marked`));
  r.casual('1', `a right triangle ${tri} inside a ${circle} where the long side goes through the center O`);
  r.student('2', `${rng.pick(['why is', 'show me why', 'pic showing why'])} an angle inscribed in a semicircle ${rng.pick(['is', 'always is'])} a right angle? like triangle ${tri.toLowerCase()} with ${hyp} the diameter`);
  r.student('3', `${studentOpener(rng)} triangle ${tri} in a circle w/ ${hyp} as diameter${when(showDiameter, ` (radius ${R})`)}`);
  r.problem('1', `${hyp} is a diameter of circle O${when(showDiameter, `, whose radius is ${R}`)}, and ${nC} is a point on the circle. ${rng.pick([`Prove that ∠${nA}${nC}${nB} is a right angle.`, `Segments ${nA}${nC} and ${nB}${nC} are drawn.`, `Find m∠${nA}${nC}${nB}.`])}`);
  r.problem('2', `Right ${triangleName(names, rng)} is inscribed in circle O with the right angle at ${nC}, so the hypotenuse ${hyp} passes through the center.`);
  r.problem('3', `Point ${nC} lies on a circle with diameter ${hyp} and center O${when(showDiameter, `; the radius O${nB} measures ${R}`)}. Triangle ${tri} is drawn.`);
  return { code, labels: [...names, 'O', ...(showDiameter ? [String(R)] : [])], predicates, requests: r.items };
}

export const TRIANGLE_CIRCUMCIRCLE: readonly Template[] = [
  { id: 'triangle-circumcircle/inscribed-triangle', family: 'triangle-circumcircle', grade: '9-12', sample: sampleBasic },
  { id: 'triangle-circumcircle/right-triangle', family: 'triangle-circumcircle', grade: '9-12', sample: sampleRight },
];
