import { joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  assemble, centroidOf, declare, freshNames, labelAll, labelToward, named, pt, rightMark, sideLabel, UNIT_WORDS, UNITS,
  withUnit, type Named,
} from './shared.ts';
import { an, asking, Requests, studentOpener, verb, when } from './words.ts';

/** A parallelogram or trapezoid with its height dashed and the measures needed for its area. */

function sampleArea(rng: Rng): Scene {
  const kind = rng.pick(['parallelogram', 'trapezoid'] as const);
  const names = pickPointNames(rng, 4);
  const [nA, nB, nC, nD] = names as [string, string, string, string];
  const [nH] = freshNames('HEFP', names);
  const b1 = rng.int(6, 10), h = rng.int(3, 6);
  const b2 = kind === 'trapezoid' ? rng.int(2, b1 - 4) : b1;
  const o = kind === 'trapezoid' ? rng.int(2, b1 - b2 - 2) : rng.pick([-3, -2, 2, 3]);
  const V = [named(nA, pt(0, 0)), named(nB, pt(b1, 0)), named(nC, pt(o + b2, h)), named(nD, pt(o, h))];
  const [P, Q, R, S0] = V as [Named, Named, Named, Named];
  const S = o >= 0 ? S0 : R; // the top vertex whose height lands on the base
  const foot = named(nH!, pt(S.x, 0), `foot(${S.name}, ${nA}, ${nB})`);
  const room = S.x < b1 / 2 ? Q : P;
  const unit = rng.pick(UNITS.filter((u) => u !== ''));
  const [bText, tText, hText] = [withUnit(b1, unit), withUnit(b2, unit), withUnit(h, unit)];
  const center = centroidOf(V);
  const code = assemble([
    'size(6cm);',
    declare(V),
    declare([foot]),
    `draw(${names.join('--')}--cycle);`,
    `draw(${S.name}--${nH}, dashed);`,
    rightMark(S, foot, room),
    labelAll(V, center),
    labelToward(foot, pt(room === Q ? -1 : 1, -1)),
    sideLabel(bText, P, Q, center, true),
    kind === 'trapezoid' && sideLabel(tText, S0, R, center),
    sideLabel(hText, S, foot, room === Q ? P : Q),
  ]);
  const predicates: Predicate[] = [
    { kind: 'perpendicular', a: [S.name, nH!], b: [P.name, Q.name] },
    { kind: 'parallel', a: [P.name, Q.name], b: [S0.name, R.name] },
    { kind: 'distance', a: S.name, b: nH!, value: h },
    { kind: 'distance', a: P.name, b: Q.name, value: b1 },
  ];
  if (kind === 'trapezoid') predicates.push({ kind: 'distance', a: S0.name, b: R.name, value: b2 });
  else predicates.push({ kind: 'parallel', a: [P.name, S0.name], b: [Q.name, R.name] });
  const quad = names.join(''), uw = UNIT_WORDS[unit]!;
  const bases = kind === 'trapezoid' ? `bases ${bText} and ${tText}` : `base ${bText}`;
  const hgt = `${S.name}${nH}`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(kind)} ${quad} with ${bases} and height ${hText}, the height dashed.`);
  r.short('2', `${kind} with ${bases}, height ${hText} shown as a dashed segment ${hgt} with a right angle`);
  r.short('3', asking(rng, `${an(kind)} for an area problem: ${bases}, height ${hText}`));
  r.casual('1', `${an(kind)} with ${kind === 'trapezoid' ? `bases ${b1} and ${b2}` : `base ${b1}`} ${uw} and height ${h} ${uw}`);
  r.student('2', `${studentOpener(rng)} ${an(kind)} to find the area${rng.pick(['?', '', ' lol'])} ${kind === 'trapezoid' ? `bases r ${bText} & ${tText}` : `base is ${bText}`}, height ${hText}`);
  r.student('3', `area of ${kind} ${quad.toLowerCase()} ${kind === 'trapezoid' ? `with bases ${bText} and ${tText}` : `base ${bText}`} and height ${hText}${rng.pick([' pls draw', ', need a picture', ''])}`);
  r.problem('1', `Find the area of ${kind} ${quad}${kind === 'trapezoid' ? `, where ${P.name}${Q.name} ∥ ${S0.name}${R.name}, ${P.name}${Q.name} = ${bText}, and ${S0.name}${R.name} = ${tText}` : ` with ${P.name}${Q.name} = ${bText}`}. The height ${hgt} is ${hText}.`);
  r.problem('2', `${kind === 'trapezoid' ? `A trapezoid has parallel sides of ${joinList([bText, tText])}` : `A parallelogram has a base of ${bText}`} and a height of ${hText}. ${rng.pick(['What is its area?', 'Draw the figure with the height shown and find the area.', `Label the vertices ${joinList(names)}.`])}`);
  r.problem('3', `In ${kind} ${quad}, segment ${hgt} is drawn perpendicular to ${P.name}${Q.name} with ${nH} on ${P.name}${Q.name}, and ${hgt} = ${hText}. ${kind === 'trapezoid' ? `The bases measure ${bText} and ${tText}.` : `The base ${P.name}${Q.name} measures ${bText}.`}`);
  return { code, labels: [...names, nH!, bText, hText, ...(kind === 'trapezoid' ? [tText] : [])], predicates, requests: r.items };
}

export const QUADRILATERAL_AREA: readonly Template[] = [
  { id: 'quadrilaterals/area-height', family: 'quadrilaterals', grade: '6-8', sample: sampleArea },
];
