import { asyNumber, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  angleArc, angleLabel, assemble, compass, degTex, degText, labelToward, mid, named, paintCode, paintWords, pickPaint,
  polar, pt, rightMark, sideLabel, ticks, UNITS, withUnit, type Named,
} from './shared.ts';
import { an, asking, Requests, studentOpener, verb, when } from './words.ts';

/** Regular polygons: with lettered vertices, and inscribed in a circle with centre, radius and apothem. */

export const POLYGON_NAMES: Record<number, string> = {
  3: 'equilateral triangle', 4: 'square', 5: 'pentagon', 6: 'hexagon', 7: 'heptagon', 8: 'octagon', 9: 'nonagon',
  10: 'decagon', 11: 'hendecagon', 12: 'dodecagon',
};
export const COUNT_WORDS: Record<number, string> = {
  3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten', 11: 'eleven', 12: 'twelve',
};

/** 'regular hexagon', but a square or equilateral triangle needs no 'regular'. */
export const regularName = (n: number): string => (n <= 4 ? POLYGON_NAMES[n]! : `regular ${POLYGON_NAMES[n]}`);

/** Vertices of a regular n-gon of circumradius r, counter-clockwise, with a flat bottom side or a vertex on top. */
export function regularVertices(names: readonly string[], n: number, r: number, flat: boolean): Named[] {
  const start = flat ? -90 - 180 / n : 90;
  return names.map((name, k) => {
    const deg = Number((start + (360 * k) / n).toFixed(2));
    return named(name, polar(r, deg), `${r}*dir(${asyNumber(deg, 2)})`);
  });
}

function sampleLabeled(rng: Rng): Scene {
  const n = rng.int(3, 8);
  const names = pickPointNames(rng, n);
  const V = regularVertices(names, n, rng.int(3, 4), n % 2 === 0 || rng.chance(0.3));
  const origin = pt(0, 0);
  const showTicks = rng.chance(0.5);
  const unit = rng.pick(UNITS);
  const side = rng.chance(0.55) ? withUnit(rng.int(2, 12), unit) : '';
  const paint = pickPaint(rng, 0.2, 0.25);
  const code = assemble([
    'size(6cm);',
    `pair ${V.map((v) => `${v.name} = ${v.expr}`).join(', ')};`,
    paintCode(`${names.join('--')}--cycle`, paint),
    V.map((v) => `label("$${v.name}$", ${v.name}, ${compass(v)});`).join(' '),
    showTicks && V.map((v, i) => ticks(v, V[(i + 1) % n]!, 1)).join(' '),
    side && sideLabel(side, V[0]!, V[1]!, origin, showTicks),
  ]);
  const predicates: Predicate[] = V.slice(1).map((v, i) => ({ kind: 'equalLength', a: [V[i]!.name, v.name], b: [v.name, V[(i + 2) % n]!.name] }));
  predicates.push({ kind: 'concyclic', points: names });
  const shape = regularName(n), poly = names.join(''), first = `${names[0]}${names[1]}`;
  const paintText = paintWords(paint, rng);
  const sideText = side ? rng.pick([` with side length ${side}`, ` with sides of ${side}`, `, each side ${side}`]) : '';
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(shape)} ${poly}${sideText}${paintText}.`);
  r.short('2', `${shape} ${poly}${when(showTicks, ', all sides marked congruent')}${side ? `, ${first} = ${side}` : ''}`);
  r.short('3', asking(rng, `${an(shape)} with vertices labeled ${joinList(names)}${sideText}`));
  r.casual('1', `${an(shape)}${sideText}${paintText}`);
  r.student('2', `${rng.pick(['whats', 'what does'])} ${an(POLYGON_NAMES[n]!)} look like${rng.pick(['?', '', ' again'])} ${rng.pick(['the regular kind', 'all sides equal', `the ${COUNT_WORDS[n]} sided one`])}${when(!!side, `, sides ${side}`)}`);
  r.student('3', `${studentOpener(rng)} ${an(shape)} ${poly.toLowerCase()}${rng.pick([' for math', '', ' pls', ' with the letters'])}${when(showTicks, ' and the little tick marks')}`);
  const isRegular = n === 3 ? `Triangle ${poly} is equilateral` : n === 4 ? `Quadrilateral ${poly} is a square` : `${POLYGON_NAMES[n]} ${poly} is regular`;
  r.problem('1', `${isRegular}${side ? `, and ${first} = ${side}` : ''}.${rng.pick([' Draw the polygon.', ' Find its perimeter.', ''])}`);
  r.problem('2', `A regular polygon has ${COUNT_WORDS[n]} congruent sides${side ? ` of length ${side}` : ''} and ${COUNT_WORDS[n]} congruent angles. Its vertices are ${joinList(names)} in order.`);
  r.problem('3', `The figure shows ${an(shape)} ${poly}${when(showTicks, ' with its congruent sides marked')}${paintText}.${side ? ` One side measures ${side}.` : ''}`);
  return { code, labels: [...names, ...(side ? [side] : [])], predicates, requests: r.items };
}

function sampleInscribed(rng: Rng): Scene {
  const n = rng.int(3, 12);
  const R = rng.int(3, 6);
  const [nA, nB] = pickPointNames(rng, 2, ['M', 'O']) as [string, string];
  const nM = nA === 'M' || nB === 'M' ? 'N' : 'M';
  // polygon(n) has a flat bottom side from B (left) to A (right)
  const half = 180 / n;
  const A = named(nA, polar(R, -90 + half), `${R}*dir(${asyNumber(-90 + half, 2)})`);
  const B = named(nB, polar(R, -90 - half), `${R}*dir(${asyNumber(-90 - half, 2)})`);
  const M = named(nM, mid(A, B), `midpoint(${nA}--${nB})`);
  const O = named('O', pt(0, 0));
  const showCircle = rng.chance(0.65);
  const rText = rng.chance(0.5) ? 'r' : String(R);
  const showApothem = rng.chance(0.75);
  const showCentral = !showApothem;
  const central = Number((360 / n).toFixed(1));
  const aText = rng.chance(0.7) ? 'a' : '';
  const code = assemble([
    'size(6cm);',
    `pair O = (0, 0), ${nA} = ${A.expr}, ${nB} = ${B.expr}, ${nM} = ${M.expr};`,
    showCircle && `draw(circle(O, ${R}), dashed);`,
    `draw(scale(${R})*polygon(${n}));`,
    showCentral ? `draw(O--${nA}); draw(O--${nB});` : `draw(O--${nA});`,
    showApothem && `draw(O--${nM});`,
    showApothem && rightMark(O, M, A),
    showCentral && angleArc(A, O, B),
    showCentral && angleLabel(degTex(central), A, O, B, 1.4),
    `dot(O);${showApothem ? ` dot(${nM});` : ''}`,
    `label("$O$", O, N); label("$${nA}$", ${nA}, SE); label("$${nB}$", ${nB}, SW);${showApothem ? ` ${labelToward(M, showCircle ? pt(-1, 1) : pt(0, -1))}` : ''}`,
    `label(${rText === 'r' ? '"$r$"' : `"$${rText}$"`}, midpoint(O--${nA}), ${showApothem ? 'NE' : 'E'});`,
    showApothem && aText && `label("$a$", midpoint(O--${nM}), W);`,
  ]);
  const predicates: Predicate[] = [{ kind: 'equalLength', a: ['O', nA], b: ['O', nB] }];
  if (showApothem) predicates.push({ kind: 'midpoint', point: nM, a: nA, b: nB }, { kind: 'perpendicular', a: ['O', nM], b: [nA, nB] });
  if (showCentral) predicates.push({ kind: 'angle', from: nA, at: 'O', to: nB, deg: central });
  if (rText !== 'r') predicates.push({ kind: 'distance', a: 'O', b: nA, value: R });
  const shape = regularName(n);
  const circleText = showCircle ? ' inscribed in a dashed circle' : '';
  const parts = [`the radius O${nA}${rText === 'r' ? ' labeled r' : ` of length ${R}`}`, showApothem ? `the apothem O${nM}${aText ? ' labeled a' : ''}` : '', showCentral ? `the central angle of ${degText(central)}` : ''].filter(Boolean);
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(shape)}${circleText} with center O, showing ${joinList(parts)}.`);
  r.short('2', `${shape} (${n} sides), center O, ${parts.join(', ')}`);
  r.short('3', asking(rng, `${an(shape)} with its center O${showApothem ? ` and apothem to the midpoint ${nM} of side ${nB}${nA}` : ` and the central angle ${nA}O${nB}`}`));
  r.casual('1', `${an(shape)}${circleText} with the center and ${showApothem ? 'apothem' : 'a central angle'} showing`);
  r.student('2', `${studentOpener(rng)} ${showApothem ? 'the apothem of' : 'the central angle in'} ${an(shape)}${rng.pick(['?', '', ' for area', ' pls'])}${when(rText !== 'r', ` radius ${R}`)}`);
  r.student('3', `${n} sided regular polygon${showCircle ? ' in a circle' : ''}, center O, ${rText === 'r' ? 'radius r' : `radius is ${R}`}${when(showApothem, `, apothem to ${nM}`)}`);
  r.problem('1', `${an(shape)} ${showCircle ? 'is inscribed in a circle with' : 'has'} center O and radius ${rText}.${when(showApothem, ` ${nM} is the midpoint of side ${nB}${nA}, and O${nM} is the apothem.`)}`);
  r.problem('2', showApothem
    ? `In ${an(shape)} with center O, the apothem O${nM} is perpendicular to side ${nA}${nB}${rText === 'r' ? '' : ` and the radius O${nA} is ${R}`}. ${rng.pick(['Find the apothem.', 'Find the area of the polygon.', 'Label the radius and apothem.'])}`
    : `Each central angle of ${an(shape)} measures ${degText(central)}. Draw angle ${nA}O${nB} at the center O.`);
  r.problem('3', `Regular polygon with ${n} sides: O is the center, ${nA} and ${nB} are adjacent vertices${when(showCentral, `, and m∠${nA}O${nB} = ${degText(central)}`)}.`);
  return { code, labels: ['O', nA, nB, ...(showApothem ? [nM] : []), rText, ...(showApothem && aText ? ['a'] : []), ...(showCentral ? [degText(central)] : [])], predicates, requests: r.items };
}

export const REGULAR_POLYGONS: readonly Template[] = [
  { id: 'regular-polygons/labeled', family: 'regular-polygons', grade: '6-8', sample: sampleLabeled },
  { id: 'regular-polygons/inscribed', family: 'regular-polygons', grade: '9-12', sample: sampleInscribed },
];
