import { asyNumber, casualize, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  away, clearDistance, declarePairs, degreeTex, dotAll, joinCode, labelPoint, phrased, pickAsk, pickColour, pickVerb, polar,
  polarLit, type Vec,
} from './shared.ts';

interface Ray { name: string; heading: number }
interface Wedge { from: number; to: number; text?: string; radii?: readonly number[]; pen?: string }

/** Arc(s) for a wedge between two headings and its measure label, placed to clear both rays. */
function wedgeCode(vertex: string, wedge: Wedge): string[] {
  const base = wedge.radii ?? [0.7];
  const dist = clearDistance(wedge.from, wedge.to, wedge.text ?? '', Math.max(...base) + 0.5);
  const grow = Math.min(Math.max(0, dist - 1.1 - Math.max(...base)), 0.8);
  const pen = wedge.pen ? `, ${wedge.pen}` : '';
  return [
    ...base.map((r) => `draw(arc(${vertex}, ${asyNumber(r + grow, 1)}, ${asyNumber(wedge.from, 1)}, ${asyNumber(wedge.to, 1)})${pen});`),
    ...(wedge.text ? [`label("$${wedge.text}$", ${vertex} + ${asyNumber(dist, 1)}*dir(${asyNumber((wedge.from + wedge.to) / 2, 1)}));`] : []),
  ];
}

/** A vertex with named rays of length 3; labels of ray ends point outward. */
function fanCode(vertex: string, at: Vec, rays: readonly Ray[], drawRays = true): string[] {
  const atText = at[0] === 0 && at[1] === 0 ? '(0, 0)' : `(${at[0]}, ${at[1]})`;
  const atLit = at[0] === 0 && at[1] === 0 ? '' : vertex;
  return [
    declarePairs([[vertex, atText], ...rays.map((r) => [r.name, polarLit(3, r.heading, atLit || undefined)] as const)]),
    ...(drawRays ? rays.map((r) => `draw(${vertex}--${r.name});`) : []),
    dotAll([vertex, ...rays.map((r) => r.name)]),
    ...rays.map((r) => labelPoint(r.name, r.name, away([0, 0], polar(1, r.heading)))),
  ];
}

/** Linear expressions px + c for two angles with the given measures at one whole x. */
function pickAlgebra(rng: Rng, measures: readonly number[]): { x: number; texts: string[] } | null {
  for (let tries = 0; tries < 50; tries++) {
    const x = rng.int(5, 25);
    const texts = measures.map((m) => {
      const p = rng.int(1, 4), c = m - p * x;
      return Math.abs(c) <= 40 ? `${p === 1 ? '' : p}x${c === 0 ? '' : c > 0 ? `+${c}` : `${c}`}` : null;
    });
    if (texts.every((t) => t !== null)) return { x, texts: texts.map((t) => (t!.includes('+') || t!.includes('-') ? `(${t})` : t!)) };
  }
  return null;
}

const shown = (tex: string): string => tex.replace('^\\circ', '°');

/** Complementary (sum 90°) or supplementary (linear pair, sum 180°) adjacent angles sharing a ray. */
function samplePair(rng: Rng, total: 90 | 180): Scene {
  const [A, B, C, D] = pickPointNames(rng, 4) as [string, string, string, string];
  const wantAlgebra = rng.chance(0.35);
  const first = total === 90 ? (wantAlgebra ? rng.int(7, 11) * 5 : rng.int(5, 13) * 5) : wantAlgebra ? rng.int(10, 26) * 5 : rng.int(5, 31) * 5;
  const second = total - first;
  const h0 = total === 180 ? 0 : rng.pick([0, 0, 15, -15, 30]);
  const algebra = wantAlgebra ? pickAlgebra(rng, [first, second]) : null;
  const unknown = !algebra && rng.chance(0.3);
  const texts = algebra ? algebra.texts.map((t) => degreeTex(t)) : [degreeTex(first), unknown ? degreeTex('x') : degreeTex(second)];
  const colour = rng.chance(0.3) ? pickColour(rng) : null;
  const arrows = total === 180 && rng.chance(0.4);
  const rays: Ray[] = [{ name: A, heading: h0 }, { name: D, heading: h0 + first }, { name: C, heading: h0 + total }];
  const code = joinCode([
    total === 90 && 'import olympiad;',
    'size(6cm);',
    ...fanCode(B, [0, 0], rays, !arrows),
    arrows && `draw(${A}--${C}, Arrows); draw(${B}--${D}, Arrow);`,
    total === 90 && `draw(rightanglemark(${A}, ${B}, ${C}));`,
    ...wedgeCode(B, { from: h0, to: h0 + first, text: texts[0], pen: colour?.pen }),
    ...wedgeCode(B, { from: h0 + first, to: h0 + total, text: texts[1], radii: [0.9] }),
    labelPoint(B, B, total === 90 ? away(polar(1, h0 + 45), [0, 0]) : 'S'),
  ]);
  const name = total === 90 ? 'complementary' : 'supplementary';
  const pairName = total === 90 ? 'complementary angles' : 'a linear pair';
  const angle1 = `∠${A}${B}${D}`, angle2 = `∠${D}${B}${C}`;
  const given = algebra ? `${angle1} = ${shown(texts[0]!)} and ${angle2} = ${shown(texts[1]!)}` : `${angle1} = ${first}°${unknown ? '' : ` and ${angle2} = ${second}°`}`;
  const ask = algebra ? ' Solve for x.' : unknown ? ` Find x, the measure of ${angle2}.` : '';
  const colourNote = colour ? ` Mark ${angle1} in ${colour.word}.` : '';
  const predicates: Predicate[] = [
    { kind: 'angle', from: A, at: B, to: D, deg: first },
    { kind: 'angle', from: D, at: B, to: C, deg: second },
  ];
  if (total === 90) predicates.push({ kind: 'angle', from: A, at: B, to: C, deg: 90 });
  else predicates.push({ kind: 'collinear', points: [A, B, C] });
  return {
    code,
    labels: [A, B, C, D, ...texts.map(shown)],
    predicates,
    requests: phrased([
      ['short-1', `${pickVerb(rng)} two ${name} angles ${angle1} and ${angle2} sharing ray ${B}${D}, with ${given}.`],
      ['short-2', `${total === 90 ? `Right angle ${A}${B}${C} split by ray ${B}${D}` : `Line ${A}${C} with ray ${B}${D} forming a linear pair`}; label the angles ${shown(texts[0]!)} and ${shown(texts[1]!)}.${colourNote}`],
      ['short-3', `${pickAsk(rng)} ${pairName} with measures ${shown(texts[0]!)} and ${shown(texts[1]!)}.`],
      ['casual-1', casualize(`two angles that are ${name}, one is ${shown(texts[0]!)} and the other is ${shown(texts[1]!)}`, rng)],
      ['casual-2', `${name} angles pic pls${algebra ? `, they are ${shown(texts[0]!)} and ${shown(texts[1]!)} and i gotta find x` : unknown ? `, one is ${first} and the other is x` : `, ${first} and ${second}`}`],
      ['casual-3', casualize(`draw ${angle1.replace('∠', 'angle ')} and ${angle2.replace('∠', 'angle ')} next to each other making ${total === 90 ? 'a right angle' : 'a straight line'}`, rng)],
      ['problem-1', `${angle1} and ${angle2} are ${name}${total === 180 ? ' and form a linear pair' : ''}. If ${given}, ${ask ? ask.trim().replace(/^./, (c) => c.toLowerCase()) : 'draw the figure.'}`],
      ['problem-2', `In the figure, ${total === 90 ? `∠${A}${B}${C} is a right angle` : `${A}, ${B} and ${C} are collinear`} and ray ${B}${D} lies between ${B}${A} and ${B}${C}. The measures are ${shown(texts[0]!)} and ${shown(texts[1]!)}.${ask}`],
      ['problem-3', `Two angles with a common vertex ${B} and a common side ${B}${D} together make ${total === 90 ? 'a right angle' : 'a straight angle'}. One of them measures ${shown(texts[0]!)}.${ask || ' Show the other angle as well.'}${colourNote}`],
    ]),
  };
}

/** Two intersecting lines: vertical angles are equal, adjacent ones supplementary. */
function sampleVertical(rng: Rng): Scene {
  const [A, B, C, D, E] = pickPointNames(rng, 5) as [string, string, string, string, string];
  const h = rng.pick([0, 10, -10, 20, -20]);
  const theta = rng.pick([30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 100, 110, 120, 130, 140]);
  const mode = rng.pick(['pair', 'pair-x', 'all', 'algebra'] as const);
  const algebra = mode === 'algebra' ? pickAlgebra(rng, [theta, theta]) : null;
  const effective = algebra ? 'algebra' : mode === 'algebra' ? 'pair' : mode;
  const tex = (i: number): string | undefined => {
    const value = i % 2 === 0 ? theta : 180 - theta;
    if (effective === 'all') return degreeTex(value);
    if (i === 0) return algebra ? degreeTex(algebra.texts[0]!) : degreeTex(theta);
    if (i === 2) return algebra ? degreeTex(algebra.texts[1]!) : effective === 'pair-x' ? degreeTex('x') : degreeTex(theta);
    return undefined;
  };
  const starts = [h, h + theta, h + 180, h + 180 + theta];
  const ends = [h + theta, h + 180, h + 180 + theta, h + 360];
  const colour = rng.chance(0.3) ? pickColour(rng) : null;
  const rays: Ray[] = [{ name: B, heading: h }, { name: D, heading: h + theta }, { name: A, heading: h + 180 }, { name: C, heading: h + 180 + theta }];
  const code = joinCode([
    'size(6cm);',
    ...fanCode(E, [0, 0], rays, false),
    `draw(${A}--${B}); draw(${C}--${D});`,
    ...[0, 1, 2, 3].flatMap((i) => (effective !== 'all' && i % 2 === 1 ? [] : wedgeCode(E, {
      from: starts[i]!, to: ends[i]!, text: tex(i), radii: i % 2 === 0 ? [0.6] : [0.6, 0.75], pen: i % 2 === 0 ? colour?.pen : undefined,
    }))),
    labelPoint(E, E, away([0, 0], polar(1, h + 90 + theta / 2))),
  ]);
  const labels = [A, B, C, D, E, ...[0, 1, 2, 3].map(tex).filter((t): t is string => !!t).map(shown)];
  const v1 = `∠${B}${E}${D}`, v2 = `∠${A}${E}${C}`;
  const given = effective === 'algebra' ? `${v1} = ${shown(tex(0)!)} and ${v2} = ${shown(tex(2)!)}` : `${v1} = ${theta}°`;
  const ask = effective === 'algebra' ? ' Solve for x.' : effective === 'pair-x' ? ` Find x = m${v2}.` : '';
  const colourNote = colour ? ` Use ${colour.word} for the marked vertical pair.` : '';
  return {
    code,
    labels: [...new Set(labels)],
    predicates: [
      { kind: 'collinear', points: [A, E, B] },
      { kind: 'collinear', points: [C, E, D] },
      { kind: 'angle', from: B, at: E, to: D, deg: theta },
      { kind: 'angle', from: A, at: E, to: C, deg: theta },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} lines ${A}${B} and ${C}${D} intersecting at ${E}, with vertical angles ${v1} and ${v2} marked${effective === 'all' ? ' and all four angles labelled' : ''}.`],
      ['short-2', `Vertical angles: two intersecting lines, ${given}.${colourNote}`],
      ['short-3', `${pickAsk(rng)} two crossing lines with a pair of vertical angles labelled ${shown(tex(0)!)} and ${shown(tex(2)!)}.`],
      ['casual-1', casualize(`two lines making an x shape at point ${E} and show the vertical angles are equal`, rng)],
      ['casual-2', `vertical angles hw: lines cross at ${E}, one angle is ${shown(tex(0)!)}${effective === 'pair-x' ? ', the opposite one is x' : effective === 'algebra' ? `, other one is ${shown(tex(2)!)}` : ''}`],
      ['casual-3', casualize(`draw ${A}${B} and ${C}${D} crossing at ${E}${effective === 'all' ? ` with all four angles labelled ${theta} and ${180 - theta}` : ''}`, rng)],
      ['problem-1', `Lines ${A}${B} and ${C}${D} intersect at ${E}. If ${given}, ${effective === 'algebra' ? 'find x.' : `find m${v2}${effective === 'all' ? ` and m∠${D}${E}${A}` : ''}.`}`],
      ['problem-2', `In the diagram, ${A}${B} and ${C}${D} are straight lines that meet at point ${E}. ${v1} and ${v2} are vertical angles${effective === 'all' ? `, and ∠${D}${E}${A} = ${180 - theta}°` : ''}.${ask}${colourNote}`],
      ['problem-3', `Two lines cross at ${E}, forming four angles. The angle between rays ${E}${B} and ${E}${D} is ${shown(tex(0)!)}, and the angle opposite it is ${shown(tex(2)!)}.${ask}`],
    ]),
  };
}

/** Adjacent angles ABD and DBC: common vertex and side, no overlap; the whole angle ABC is their sum. */
function sampleAdjacent(rng: Rng): Scene {
  const [A, B, C, D] = pickPointNames(rng, 4) as [string, string, string, string];
  let a = rng.int(7, 14) * 5, b = rng.int(7, 14) * 5;
  while (a + b === 90 || a + b > 150) [a, b] = [rng.int(7, 14) * 5, rng.int(7, 10) * 5];
  const h0 = rng.pick([0, 0, 10, 20, -10]);
  const showWhole = rng.chance(0.4);
  const colours = rng.chance(0.4) ? (rng.sample(['red', 'blue', 'heavygreen', 'orange'], 2) as [string, string]) : null;
  const words = colours?.map((c) => (c === 'heavygreen' ? 'green' : c));
  const rays: Ray[] = [{ name: A, heading: h0 }, { name: D, heading: h0 + a }, { name: C, heading: h0 + a + b }];
  const code = joinCode([
    'size(6cm);',
    ...fanCode(B, [0, 0], rays),
    ...wedgeCode(B, { from: h0, to: h0 + a, text: degreeTex(a), pen: colours?.[0] }),
    ...wedgeCode(B, { from: h0 + a, to: h0 + a + b, text: degreeTex(b), pen: colours?.[1] }),
    showWhole && `draw(arc(${B}, 2.4, ${h0}, ${h0 + a + b}), dashed);`,
    showWhole && `label("$${degreeTex(a + b)}$", ${B} + 2.8*dir(${h0 + (a + b) / 2}));`,
    labelPoint(B, B, away(polar(1, h0 + (a + b) / 2), [0, 0])),
  ]);
  const colourNote = words ? ` Color ∠${A}${B}${D} ${words[0]} and ∠${D}${B}${C} ${words[1]}.` : '';
  return {
    code,
    labels: [A, B, C, D, `${a}°`, `${b}°`, ...(showWhole ? [`${a + b}°`] : [])],
    predicates: [
      { kind: 'angle', from: A, at: B, to: D, deg: a },
      { kind: 'angle', from: D, at: B, to: C, deg: b },
      { kind: 'angle', from: A, at: B, to: C, deg: a + b },
    ],
    requests: phrased([
      ['short-1', `${pickVerb(rng)} adjacent angles ∠${A}${B}${D} = ${a}° and ∠${D}${B}${C} = ${b}°.`],
      ['short-2', `Two adjacent angles sharing side ${B}${D} and vertex ${B}${showWhole ? `, with the whole angle ${A}${B}${C} = ${a + b}° shown dashed` : ''}.${colourNote}`],
      ['short-3', `${pickAsk(rng)} adjacent angles of ${a}° and ${b}° with a common ray.`],
      ['casual-1', casualize(`two angles next to each other that share a side, ${a} degrees and ${b} degrees`, rng)],
      ['casual-2', `what are adjacent angles? draw angle ${A}${B}${D} and angle ${D}${B}${C} for me${showWhole ? ` and the big one ${a + b}°` : ''}`],
      ['casual-3', casualize(`make ray ${B}${D} inside angle ${A}${B}${C} so it splits it into ${a}° and ${b}°`, rng)],
      ['problem-1', `Ray ${B}${D} lies in the interior of ∠${A}${B}${C}. If m∠${A}${B}${D} = ${a}° and m∠${D}${B}${C} = ${b}°, find m∠${A}${B}${C}.`],
      ['problem-2', `∠${A}${B}${D} and ∠${D}${B}${C} are adjacent: they share vertex ${B} and side ${B}${D} and do not overlap. Their measures are ${a}° and ${b}°.${colourNote}`],
      ['problem-3', `By the angle addition postulate, m∠${A}${B}${C} = m∠${A}${B}${D} + m∠${D}${B}${C}. Illustrate with ${a}° and ${b}°${showWhole ? `, marking the total ${a + b}°` : ''}.`],
    ]),
  };
}

export const ANGLE_PAIRS: readonly Template[] = [
  { id: 'angle-pairs/complementary', family: 'angle-pairs', grade: '6-8', sample: (rng) => samplePair(rng, 90) },
  { id: 'angle-pairs/linear-pair', family: 'angle-pairs', grade: '6-8', sample: (rng) => samplePair(rng, 180) },
  { id: 'angle-pairs/vertical', family: 'angle-pairs', grade: '6-8', sample: sampleVertical },
  { id: 'angle-pairs/adjacent', family: 'angle-pairs', grade: '6-8', sample: sampleAdjacent },
];
