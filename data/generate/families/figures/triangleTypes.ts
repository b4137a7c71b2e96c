import { joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  angleArc, angleAt, angleLabel, assemble, centroidOf, declare, degTex, degText, labelAll, named, paintCode, paintWords,
  pickPaint, pickSymmetry, rightMark, round, sideLabel, ticks, triangleFromAngles, triangleFromSides, UNIT_WORDS, UNITS,
  withUnit, type Named,
} from './shared.ts';
import { an, asking, Requests, studentOpener, triangleName, verb, when } from './words.ts';

/** Triangles classified by sides (scalene/isosceles/equilateral) or by angles (acute/right/obtuse). */

type SideKind = 'scalene' | 'isosceles' | 'equilateral';

function sampleSides(rng: Rng, kind: SideKind): [number, number, number] {
  if (kind === 'equilateral') { const s = rng.int(3, 8); return [s, s, s]; }
  if (kind === 'isosceles') {
    const leg = rng.int(4, 8);
    let base = rng.int(3, Math.min(2 * leg - 2, 9));
    if (base === leg) base = leg - 1;
    return [leg, leg, base];
  }
  for (;;) {
    const [a, b, c] = [rng.int(3, 9), rng.int(3, 9), rng.int(4, 9)];
    if (new Set([a, b, c]).size === 3 && a + b > c + 1 && a + c > b + 1 && b + c > a + 1) return [a, b, c];
  }
}

function placeTriangle(rng: Rng, names: string[], corners: [number, number][], identityWeight = 0.6): Named[] {
  const move = pickSymmetry(rng, identityWeight);
  return corners.map(([x, y], i) => named(names[i]!, round(move({ x, y }), 3)));
}

function sampleBySides(rng: Rng): Scene {
  const kind = rng.pick(['scalene', 'isosceles', 'equilateral'] as const);
  const [a, b, c] = sampleSides(rng, kind); // a = BC, b = CA, c = AB
  const names = pickPointNames(rng, 3);
  const [A, B, C] = placeTriangle(rng, names, triangleFromSides(a, b, c).map((p) => [p.x, p.y] as [number, number]));
  const [nA, nB, nC] = names as [string, string, string];
  const center = centroidOf([A!, B!, C!]);
  const unit = rng.pick(UNITS);
  const showLengths = kind === 'scalene' || rng.chance(0.7);
  const showTicks = kind !== 'scalene' && (!showLengths || rng.chance(0.6));
  const paint = pickPaint(rng);
  const sides: [Named, Named, number][] = [[A!, B!, c], [B!, C!, a], [C!, A!, b]];
  const equalSides = kind === 'equilateral' ? sides : kind === 'isosceles' ? sides.slice(1) : [];
  const lengthTexts = sides.map(([, , len]) => withUnit(len, unit));
  const code = assemble([
    'size(6cm);',
    declare([A!, B!, C!]),
    paintCode(`${nA}--${nB}--${nC}--cycle`, paint),
    labelAll([A!, B!, C!], center),
    showLengths && sides.map(([p, q], i) => sideLabel(lengthTexts[i]!, p, q, center, showTicks)).join('\n'),
    showTicks && equalSides.map(([p, q]) => ticks(p, q, 1)).join(' '),
  ]);
  const predicates: Predicate[] = [];
  if (showLengths) for (const [p, q, len] of sides) predicates.push({ kind: 'distance', a: p.name, b: q.name, value: len });
  for (let i = 1; i < equalSides.length; i++) {
    const [p, q] = equalSides[i - 1]!, [r, s] = equalSides[i]!;
    predicates.push({ kind: 'equalLength', a: [p.name, q.name], b: [r.name, s.name] });
  }

  const tri = names.join('');
  const assign = sides.map(([p, q], i) => `${p.name}${q.name} = ${lengthTexts[i]}`);
  const lengthList = joinList(lengthTexts);
  const isoWords = `legs ${nC}${nA} = ${nC}${nB} = ${lengthTexts[1]} and base ${nA}${nB} = ${lengthTexts[0]}`;
  const tickWords = rng.pick(['tick marks on the equal sides', 'hash marks showing the congruent sides', 'the equal sides marked']);
  const r = new Requests(rng);
  const paintText = paintWords(paint, rng);
  r.short('1', `${verb(rng)} ${an(kind)} triangle ${tri}${when(showLengths, ` with sides ${lengthList}`)}${when(showTicks, ` and ${tickWords}`)}${paintText}.`);
  r.short('2', `${kind} triangle${showLengths ? `, ${kind === 'isosceles' ? isoWords : joinList(assign)}` : ` ${tri}`}${when(showTicks && !showLengths, `, ${tickWords}`)}`);
  r.short('3', asking(rng, `${an(kind)} triangle${when(showLengths, ` whose sides are ${lengthList}`)}, vertices labeled ${joinList(names)}${paintText}`));
  r.casual('1', `${an(kind)} triangle${when(showLengths, ` with side lengths ${lengthTexts.map((t) => t.split(' ')[0]).join(' ')}`)}${when(showTicks, ' with tick marks on the equal sides')}`);
  r.student('2', `${studentOpener(rng)} ${an(kind)} triangle ${rng.pick([tri.toLowerCase(), tri])}${when(showLengths, `${rng.pick([' w/ sides', ' with sides', ', sides are'])} ${lengthTexts.join(', ')}`)}${rng.pick(['?', '', ' pls', ' for geometry hw'])}`);
  r.student('3', `${rng.pick(['whats', 'what does', 'what is'])} ${an(kind)} triangle look like? ${rng.pick(['draw', 'show me', 'sketch'])} one called ${tri}${when(paint.mode !== 'none', `, make it ${paint.word}`)}`);
  const unitWord = UNIT_WORDS[unit]!;
  const problemIntro = rng.pick([`In ${triangleName(names, rng)}, `, `Triangle ${tri} has `, `Consider ${triangleName(names, rng)} with `, `Given ${triangleName(names, rng)} where `]);
  if (showLengths) {
    r.problem('1', `${problemIntro}${joinList(assign)}.${when(showTicks, ' Congruent sides are marked with tick marks.')}${rng.pick([' Classify the triangle by its sides.', ' Draw the triangle and label each side.', ''])}`);
    r.problem('2', kind === 'equilateral'
      ? `Each side of equilateral triangle ${tri} is ${lengthTexts[0]} long.${rng.pick([' Draw and label it.', ' Show its side lengths.', ''])}`
      : kind === 'isosceles'
        ? `An isosceles triangle ${tri} has ${rng.pick(['two congruent sides of length', 'legs measuring'])} ${lengthTexts[1]} and a base of ${lengthTexts[0]}. ${rng.pick(['Sketch the triangle.', 'Label all three sides.', ''])}`
        : `The sides of scalene triangle ${tri} measure ${lengthTexts.map((t) => t.split(' ')[0]).join(', ')} ${unitWord}. Label the vertices and the side lengths.`);
  } else {
    r.problem('1', `${problemIntro}${kind === 'equilateral' ? `${nA}${nB} = ${nB}${nC} = ${nC}${nA}` : `${nC}${nA} = ${nC}${nB}`}.${rng.pick([' Mark the congruent sides.', ' Tick marks show the equal sides.', ''])}`);
    r.problem('2', `${tri} is ${an(kind)} triangle${kind === 'isosceles' ? ` with vertex angle at ${nC}` : ''}; its ${kind === 'isosceles' ? 'legs' : 'sides'} are marked congruent with tick marks.`);
  }
  r.problem('3', `The figure shows ${an(kind)} triangle with vertices ${joinList(names)}${when(showLengths, ` and side lengths ${lengthList}`)}${when(showTicks, ', with congruent sides marked')}${paintText}.`);
  return { code, labels: [...names, ...(showLengths ? new Set(lengthTexts) : [])], predicates, requests: r.items };
}

type AngleKind = 'acute' | 'right' | 'obtuse';

/** Angles at the three vertices (sum 180), the special one at index `at`. */
function sampleAngles(rng: Rng, kind: AngleKind): number[] {
  if (kind === 'acute') {
    for (;;) {
      const p = 5 * rng.int(9, 16), q = 5 * rng.int(9, 16), s = 180 - p - q;
      if (s >= 45 && s <= 80) return [p, q, s];
    }
  }
  const special = kind === 'right' ? 90 : 5 * rng.int(20, 25);
  const p = 5 * rng.int(5, (180 - special) / 5 - 5); // no angle under 25°, so the triangle is not a sliver
  return [special, p, 180 - special - p];
}

function sampleByAngles(rng: Rng): Scene {
  const kind = rng.pick(['acute', 'right', 'obtuse'] as const);
  const [special, p, q] = sampleAngles(rng, kind) as [number, number, number];
  const at = rng.int(0, 2); // which vertex holds the special angle
  const angles = at === 0 ? [special, p, q] : at === 1 ? [p, special, q] : [p, q, special];
  const names = pickPointNames(rng, 3);
  const base = at === 2 && kind === 'obtuse' ? 7 : rng.int(5, 6);
  const corners = triangleFromAngles(base, angles[0]!, angles[1]!).map((v) => [v.x, v.y] as [number, number]);
  const V = placeTriangle(rng, names, corners, 0.55) as [Named, Named, Named];
  const center = centroidOf(V);
  const unknown = rng.chance(0.25) ? rng.int(0, 2) : -1;
  const showMeasures = kind !== 'right' || rng.chance(0.65);
  const paint = pickPaint(rng, 0.2, 0.15);
  const marks: string[] = [];
  const labels: string[] = [...names];
  const predicates: Predicate[] = [];
  const measureWords: string[] = [];
  V.forEach((v, i) => {
    const from = V[(i + 1) % 3]!, to = V[(i + 2) % 3]!;
    const deg = angles[i]!;
    const angle = { kind: 'angle', from: from.name, at: v.name, to: to.name, deg: Number(angleAt(from, v, to).toFixed(1)) } as const;
    if (deg === 90) { predicates.push(angle); marks.push(rightMark(from, v, to)); return; }
    if (!showMeasures) return;
    predicates.push(angle);
    marks.push(angleArc(from, v, to));
    const text = i === unknown ? 'x' : degText(deg);
    marks.push(angleLabel(i === unknown ? 'x' : degTex(deg), from, v, to));
    labels.push(text);
    if (i !== unknown) measureWords.push(`angle ${v.name} = ${deg}°`);
  });
  const code = assemble(['size(6cm);', declare(V), paintCode(`${names.join('--')}--cycle`, paint), labelAll(V, center), marks.join('\n')]);
  const tri = names.join('');
  const sv = V[at]!.name;
  const specialWords = kind === 'right' ? `a right angle at ${sv}` : kind === 'obtuse' ? `an obtuse angle at ${sv}` : 'three acute angles';
  const shown = angles.filter((d, i) => d !== 90 && i !== unknown && showMeasures).map((d) => `${d}°`);
  const paintText = paintWords(paint, rng);
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(kind)} triangle ${tri}${when(kind !== 'acute', ` with ${specialWords}`)}${when(shown.length > 0, ` and label the angles ${joinList(shown)}`)}${paintText}.`);
  r.short('2', `${kind} triangle${when(shown.length > 0, ` with angles of ${joinList(shown)}`)}${when(kind !== 'acute' && !showMeasures, `, ${specialWords.replace(/^an? /, '')} marked`)}`);
  r.short('3', asking(rng, `${an(kind)} triangle${when(measureWords.length > 0, ` where ${joinList(measureWords)}`)}${when(unknown >= 0, ' and the remaining angle marked x')}`));
  r.casual('1', `${an(kind)} triangle ${tri}${when(shown.length > 0, ` with angles ${shown.join(' ')}`)}${paintText}`);
  const feature = kind === 'right' ? 'with the little square for the right angle' : kind === 'obtuse' ? `with the big ${angles[at]} degree angle at ${sv}` : 'with no right or obtuse angle';
  r.student('2', `${studentOpener(rng)} ${an(kind)} triangle ${feature}${rng.pick(['?', '', ' lol', ' for class'])}`);
  r.student('3', `${tri.toLowerCase()} ${kind} triangle${when(measureWords.length > 0, `, ${measureWords.join(', ').toLowerCase().replace(/angle ([a-z])/g, (_m, n: string) => `angle ${n.toUpperCase()}`)}`)}${when(unknown >= 0, ' and x for the missing one')}`);
  const intro = rng.pick([`In ${triangleName(names, rng)}, `, `${triangleName(names, rng)} is ${an(kind)} triangle in which `, `Triangle ${tri} is drawn so that `]);
  const measureSentence = measureWords.length ? joinList(measureWords.map((m) => m.replace('angle ', rng.pick(['m∠', 'angle ', '∠'])))) : `angle ${sv} is a right angle`;
  r.problem('1', `${intro}${measureSentence}.${when(unknown >= 0, ' The measure of the remaining angle is x. Find x.')}`);
  r.problem('2', `${an(kind).replace(/^a/, 'A')} triangle has vertices ${joinList(names)}${when(kind !== 'acute', ` with ${specialWords}`)}.${when(shown.length > 0, ` Its labeled angles measure ${joinList(shown)}.`)}${when(kind === 'right', ' Mark the right angle with a small square.')}`);
  r.problem('3', `The figure shows ${triangleName(names, rng, false)}${when(shown.length > 0, `, with the angles labeled ${joinList(shown)}`)}${when(unknown >= 0, ' and one angle labeled x')}. ${rng.pick(['Classify it by its angles.', `Explain why it is ${an(kind)} triangle.`, ''])}`);
  return { code, labels, predicates, requests: r.items };
}

export const TRIANGLE_TYPES: readonly Template[] = [
  { id: 'triangle-types/by-sides', family: 'triangle-types', grade: '6-8', sample: sampleBySides },
  { id: 'triangle-types/by-angles', family: 'triangle-types', grade: '6-8', sample: sampleByAngles },
];
