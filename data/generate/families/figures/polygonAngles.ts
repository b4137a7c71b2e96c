import { formatNumber, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { COUNT_WORDS, POLYGON_NAMES, regularName, regularVertices } from './regularPolygons.ts';
import {
  angleArc, angleAt, angleLabel, assemble, centroidOf, compass, declare, degText, labelAll, labelToward, minus,
  named, plus, polar, pt, round, times, unit, type Named, type Pt,
} from './shared.ts';
import { an, asking, Requests, studentOpener, verb, when } from './words.ts';

/** Interior and exterior angles of polygons: one angle of a regular polygon, an exterior angle, and an angle-sum problem. */

const tex = (text: string): string => (text.endsWith('°') ? `${text.slice(0, -1)}^\\circ` : text);

function sampleRegular(rng: Rng, exterior: boolean): Scene {
  const n = rng.int(5, 8);
  const names = pickPointNames(rng, n + (exterior ? 1 : 0));
  const V = regularVertices(names.slice(0, n), n, rng.int(3, 4), true);
  const k = rng.int(0, n - 1); // the marked vertex
  const [prev, at, next] = [V[(k + n - 1) % n]!, V[k]!, V[(k + 1) % n]!];
  const interior = ((n - 2) * 180) / n, ext = 360 / n;
  const unknown = rng.chance(0.35);
  const measure = unknown ? 'x' : degText(Number(formatNumber(exterior ? ext : interior, 1)));
  const ray = unit(minus(at, prev));
  const P = exterior ? named(names[n]!, round(plus(at, times(ray, 0.8 * Math.hypot(at.x - next.x, at.y - next.y))), 3)) : undefined;
  const code = assemble([
    'size(6cm);',
    `pair ${V.map((v) => `${v.name} = ${v.expr}`).join(', ')};`,
    P && declare([P]),
    `draw(${V.map((v) => v.name).join('--')}--cycle);`,
    P && `draw(${at.name}--${P.name}, dashed);`,
    exterior ? angleArc(P!, at, next) : angleArc(prev, at, next),
    exterior ? angleLabel(tex(measure), P!, at, next, 1.3) : angleLabel(tex(measure), prev, at, next, 1.2),
    V.map((v) => `label("$${v.name}$", ${v.name}, ${compass(v)});`).join(' '),
    P && labelToward(P, ray),
  ]);
  const predicates: Predicate[] = [exterior
    ? { kind: 'angle', from: P!.name, at: at.name, to: next.name, deg: Number(ext.toFixed(1)) }
    : { kind: 'angle', from: prev.name, at: at.name, to: next.name, deg: Number(interior.toFixed(1)) }];
  if (P) predicates.push({ kind: 'collinear', points: [prev.name, at.name, P.name] });
  predicates.push({ kind: 'equalLength', a: [prev.name, at.name], b: [at.name, next.name] });
  const shape = regularName(n), poly = names.slice(0, n).join('');
  const which = exterior ? 'exterior' : 'interior';
  const angleName = exterior ? `∠${P!.name}${at.name}${next.name}` : `∠${prev.name}${at.name}${next.name}`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(shape)} ${poly} with the ${which} angle at ${at.name} marked${unknown ? ' x' : ` ${measure}`}${when(exterior, `, extending side ${prev.name}${at.name} to ${P?.name ?? ''}`)}.`);
  r.short('2', `${which} angle of ${an(shape)}, labeled ${measure}${when(exterior, ', with one side extended as a dashed ray')}`);
  r.short('3', asking(rng, `${an(shape)} showing ${exterior ? `an exterior angle formed by extending ${prev.name}${at.name} past ${at.name}` : `one interior angle at vertex ${at.name}`}, labeled ${measure}`));
  r.casual('1', `${an(shape)} with ${exterior ? 'an exterior' : 'an interior'} angle marked ${measure}`);
  r.student('2', `${rng.pick(['how big is', 'whats', 'show me'])} ${exterior ? 'an exterior' : 'the interior'} angle of ${an(POLYGON_NAMES[n]!)}${rng.pick(['?', '', ' w/ a picture'])}${unknown ? ' (call it x)' : ` (its ${measure})`}`);
  r.student('3', `${studentOpener(rng)} ${an(shape)} ${poly.toLowerCase()} and mark angle ${exterior ? `${P!.name}${at.name}${next.name}` : `${prev.name}${at.name}${next.name}`}${rng.pick(['', ' pls', ' for the angle sum hw'])}`);
  r.problem('1', unknown
    ? `${poly} is ${an(shape)}. ${exterior ? `Side ${prev.name}${at.name} is extended to ${P!.name}.` : ''} Find x, the measure of ${angleName}.`
    : `Each ${which} angle of ${an(shape)} measures ${measure}. In ${shape} ${poly}, ${angleName} is marked${exterior ? `, where ${P!.name} lies on ray ${prev.name}${at.name} beyond ${at.name}` : ''}.`);
  r.problem('2', `A regular polygon has ${COUNT_WORDS[n]} sides. ${exterior ? `One side is extended to form an exterior angle, labeled ${measure}.` : `One of its interior angles is labeled ${measure}.`}${rng.pick([` ${unknown ? 'Find x.' : 'Verify the measure.'}`, ''])}`);
  r.problem('3', `In the figure, ${poly} is ${an(shape)}${when(exterior, ` and ${prev.name}, ${at.name}, ${P?.name ?? ''} are collinear`)}. ${unknown ? `${rng.pick(['What is', 'Determine'])} m${angleName}, labeled x?` : `The measure of ${angleName} is labeled ${measure}.`}`);
  return { code, labels: [...names, measure], predicates, requests: r.items };
}

/** A convex polygon with whole-degree interior angles: turns by the exterior angles and solves the last two sides. */
function sampleIrregularCorners(rng: Rng, n: number): { pts: Pt[]; angles: number[] } {
  for (;;) {
    // ext[i] is the turn at vertex i; side i runs from vertex i to i + 1 with heading h[i]
    const ext = [0, ...Array.from({ length: n - 1 }, () => 5 * rng.int(6, 22))];
    ext[0] = 360 - ext.reduce((s, e) => s + e, 0);
    if (ext[0]! < 25 || ext[0]! > 115) continue;
    const h = ext.map((_, i) => ext.slice(1, i + 1).reduce((s, e) => s + e, 0));
    let p = pt(0, 0);
    const pts = [p];
    for (let i = 0; i < n - 2; i++) { p = plus(p, polar(rng.int(3, 6), h[i]!)); pts.push(p); }
    // the last two sides close the polygon: s1·u1 + s2·u2 = −p
    const u1 = polar(1, h[n - 2]!), u2 = polar(1, h[n - 1]!);
    const det = u1.x * u2.y - u1.y * u2.x;
    const s1 = (-p.x * u2.y + p.y * u2.x) / det, s2 = (-u1.x * p.y + u1.y * p.x) / det;
    if (!(s1 > 2 && s2 > 2 && s1 < 8 && s2 < 8)) continue;
    pts.push(plus(p, polar(s1, h[n - 2]!)));
    return { pts: pts.map((q) => round(q, 3)), angles: ext.map((e) => 180 - e) };
  }
}

function sampleIrregular(rng: Rng): Scene {
  const n = rng.pick([4, 5, 5, 6]);
  const names = pickPointNames(rng, n);
  const { pts, angles } = sampleIrregularCorners(rng, n);
  const V = pts.map((p, i) => named(names[i]!, p));
  const center = centroidOf(V);
  const unknown = rng.int(0, n - 1);
  const texts = angles.map((a, i) => (i === unknown ? 'x' : degText(a)));
  const arcs = rng.chance(0.5);
  const code = assemble([
    'size(6cm);',
    declare(V),
    `draw(${names.join('--')}--cycle);`,
    labelAll(V, center),
    V.map((v, i) => `${arcs ? `${angleArc(V[(i + n - 1) % n]!, v, V[(i + 1) % n]!)} ` : ''}${angleLabel(tex(texts[i]!), V[(i + n - 1) % n]!, v, V[(i + 1) % n]!)}`).join('\n'),
  ]);
  const predicates: Predicate[] = V.map((v, i) => ({ kind: 'angle', from: V[(i + n - 1) % n]!.name, at: v.name, to: V[(i + 1) % n]!.name, deg: Number(angleAt(V[(i + n - 1) % n]!, v, V[(i + 1) % n]!).toFixed(1)) }));
  const poly = names.join(''), shape = n === 4 ? 'quadrilateral' : POLYGON_NAMES[n]!;
  const known = texts.filter((t) => t !== 'x');
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(shape)} ${poly} with angles ${known.join(', ')}, and x.`);
  r.short('2', `${shape} ${poly}, interior angles labeled ${known.join(', ')}, unknown angle at ${names[unknown]} labeled x`);
  r.short('3', asking(rng, `${an(shape)} for an angle-sum problem: ${COUNT_WORDS[known.length]} angles given (${known.join(', ')}) and x`));
  r.casual('1', `${an(shape)} with the angles ${known.join(' ')} and one angle x`);
  r.student('2', `${rng.pick(['find x in', 'solve for x in', 'help with'])} ${an(shape)} where the angles r ${known.join(', ')}${rng.pick([' can u draw it', ', need a picture', ''])}`);
  r.student('3', `${studentOpener(rng)} ${an(shape)} ${poly.toLowerCase()}${rng.pick(['', ' pls'])} angle ${names[unknown]} is x and the others are ${joinList(known)}`);
  r.problem('1', `In ${shape} ${poly}, ${joinList(V.map((v, i) => `m∠${v.name} = ${texts[i]}`).filter((s) => !s.endsWith('x')))}. Find m∠${names[unknown]} = x.`);
  r.problem('2', `The interior angles of ${an(shape)} measure ${known.join(', ')}, and x. ${rng.pick([`Use the angle sum of ${an(shape)} to find x.`, 'Find x.', 'Write and solve an equation for x.'])}`);
  r.problem('3', `The figure shows ${an(shape)} ${poly} with ${COUNT_WORDS[known.length]} of its interior angles labeled and the angle at ${names[unknown]} labeled x.`);
  return { code, labels: [...names, ...new Set(texts)], predicates, requests: r.items };
}

export const POLYGON_ANGLES: readonly Template[] = [
  { id: 'polygon-angles/regular-interior', family: 'polygon-angles', grade: '6-8', sample: (rng) => sampleRegular(rng, false) },
  { id: 'polygon-angles/regular-exterior', family: 'polygon-angles', grade: '6-8', sample: (rng) => sampleRegular(rng, true) },
  { id: 'polygon-angles/angle-sum', family: 'polygon-angles', grade: '6-8', sample: sampleIrregular },
];
