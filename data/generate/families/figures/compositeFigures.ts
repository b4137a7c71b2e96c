import { asyPair, COLOURS, FILL_PENS, joinList, pickPointNames } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import {
  assemble, centroidOf, compass, declare, labelAll, markScale, minus, named, pickSymmetry, pt, rightMark, sideLabel, UNIT_WORDS, UNITS,
  withUnit, type Named,
} from './shared.ts';
import { an, asking, Requests, studentOpener, verb, when } from './words.ts';

/** Composite figures for area: two rectangles (a corner cut out), a rectangle with a triangle roof, a rectangle with a semicircle. */

interface Shading { fill?: string; word?: string }
const pickShading = (rng: Rng): Shading => {
  if (!rng.chance(0.5)) return {};
  const c = rng.pick(COLOURS);
  return { fill: FILL_PENS[c.word]!, word: c.word };
};
const outline = (path: string, s: Shading): string => (s.fill ? `filldraw(${path}, ${s.fill});` : `draw(${path});`);
const shadeText = (s: Shading, rng: Rng): string => (s.word ? rng.pick([`, shaded ${s.word}`, ` shaded ${s.word}`]) : '');

function sampleCorner(rng: Rng): Scene {
  const W = rng.int(9, 14), H = rng.int(7, 11);
  const w = rng.int(3, W - 4), h = rng.int(2, H - 4); // the bottom strip is W by h; the upright part is w wide
  const names = pickPointNames(rng, 6);
  const move = pickSymmetry(rng, 0.6);
  const corners = [pt(0, 0), pt(W, 0), pt(W, h), pt(w, h), pt(w, H), pt(0, H)].map(move);
  const V = corners.map((p, i) => named(names[i]!, p));
  const unit = rng.pick(UNITS.filter((u) => u !== ''));
  const lens = [W, h, W - w, H - h, w, H];
  const labelled = rng.chance(0.5) ? [0, 1, 2, 3, 4, 5] : rng.pick([[0, 1, 4, 5], [0, 5, 2, 3], [0, 1, 2, 5]]);
  const texts = lens.map((l) => withUnit(l, unit));
  const split = rng.chance(0.4);
  const shading = pickShading(rng);
  const center = centroidOf(V);
  const code = assemble([
    'size(6cm);',
    declare(V),
    outline(`${names.join('--')}--cycle`, shading),
    split && `draw(${names[3]}--${asyPair(move(pt(0, h)).x, move(pt(0, h)).y)}, dashed);`,
    labelAll(V.filter((_, i) => i !== 3), center),
    `label("$${names[3]}$", ${names[3]}, ${compass(minus(move(pt(0, 0)), move(pt(1, 1))))});`, // the inner corner is labeled inside, clear of the notch labels
    labelled.map((i) => sideLabel(texts[i]!, V[i]!, V[(i + 1) % 6]!, insideOf(V, i))).join('\n'),
  ]);
  const predicates: Predicate[] = [
    ...[0, 1, 2, 4, 5].map((i): Predicate => ({ kind: 'angle', from: names[(i + 5) % 6]!, at: names[i]!, to: names[(i + 1) % 6]!, deg: 90 })),
    ...labelled.map((i): Predicate => ({ kind: 'distance', a: names[i]!, b: names[(i + 1) % 6]!, value: lens[i]! })),
  ];
  const poly = names.join('');
  const dims = labelled.map((i) => `${names[i]}${names[(i + 1) % 6]} = ${texts[i]}`);
  const outer = `${texts[0]} by ${texts[5]}`;
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} a composite figure ${poly} made of two rectangles, with ${joinList(dims)}${shadeText(shading, rng)}.`);
  r.short('2', `Area figure: hexagon ${poly} with all right angles, ${dims.join(', ')}${when(split, ', dashed line splitting it into two rectangles')}`);
  r.short('3', asking(rng, `a rectilinear shape ${poly} for an area problem, sides labeled ${labelled.map((i) => texts[i]).join(', ')}`));
  r.casual('1', `an l shaped figure ${labelled.includes(0) && labelled.includes(5) ? `about ${outer} ` : ''}with the side lengths labeled${shadeText(shading, rng)}`);
  r.student('2', `${rng.pick(['find the area of', 'how do i find the area of', 'area of'])} a shape like an l ${rng.pick(['w/', 'with'])} sides ${labelled.map((i) => texts[i]).join(', ')}${rng.pick(['?', ' can u draw it', ''])}`);
  r.student('3', `${studentOpener(rng)} a figure ${poly.toLowerCase()} thats two rectangles stuck together${when(split, ' with a dashed line where they meet')}`);
  r.problem('1', `In the figure, every angle of hexagon ${poly} is a right angle, and ${joinList(dims)}. ${rng.pick(['Find the area of the figure.', 'What is its perimeter?', 'Find the area.'])}`);
  r.problem('2', `A floor plan has the shape of hexagon ${poly}, with ${joinList(dims)}${when(split, '. A dashed segment divides it into two rectangles')}. How many square ${UNIT_WORDS[unit]} of carpet are needed to cover it?`);
  r.problem('3', `Figure ${poly} is formed by two rectangles${when(!!shading.word, ` and is shaded ${shading.word}`)}. Its sides measure ${labelled.map((i) => texts[i]).join(', ')}${labelled.length < 6 ? ', and two lengths are missing' : ''}. Find the area.`);
  return { code, labels: [...names, ...new Set(labelled.map((i) => texts[i]!))], predicates, requests: r.items };
}

/** A point just inside side i of the polygon (for pushing its label outward). */
function insideOf(V: Named[], i: number): { x: number; y: number } {
  const a = V[i]!, b = V[(i + 1) % V.length]!;
  const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
  const d = Math.hypot(b.x - a.x, b.y - a.y);
  const n = { x: -(b.y - a.y) / d, y: (b.x - a.x) / d }; // left normal: inside for counter-clockwise polygons
  const area = V.reduce((s, p, j) => s + p.x * V[(j + 1) % V.length]!.y - V[(j + 1) % V.length]!.x * p.y, 0);
  const sign = area > 0 ? 1 : -1;
  return { x: mx + sign * n.x * 0.5, y: my + sign * n.y * 0.5 };
}

function sampleHouse(rng: Rng): Scene {
  const w = 2 * rng.int(3, 6), h = rng.int(4, 8), t = rng.int(2, 5);
  const names = pickPointNames(rng, 5);
  const [nA, nB, nC, nD, nE] = names as [string, string, string, string, string];
  const V = [named(nA, pt(0, 0)), named(nB, pt(w, 0)), named(nC, pt(w, h)), named(nD, pt(w / 2, h + t)), named(nE, pt(0, h))];
  const [A, B, C, D, E] = V as [Named, Named, Named, Named, Named];
  const nF = ['F', 'M', 'G', 'H'].find((n) => !names.includes(n))!;
  const F = named(nF, pt(w / 2, h), `midpoint(${nE}--${nC})`);
  const unit = rng.pick(UNITS.filter((u) => u !== ''));
  const [wText, hText, tText] = [w, h, t].map((v) => withUnit(v, unit)) as [string, string, string];
  const shading = pickShading(rng);
  const center = centroidOf(V);
  const code = assemble([
    'size(6cm);',
    markScale(V),
    declare(V),
    declare([F]),
    outline(`${names.join('--')}--cycle`, shading),
    `draw(${nE}--${nC});`,
    `draw(${nD}--${nF}, dashed);`,
    rightMark(D, F, C),
    labelAll(V, center),
    `label("$${nF}$", ${nF}, S);`,
    sideLabel(wText, A, B, center), sideLabel(hText, B, C, center), sideLabel(tText, D, F, C),
  ]);
  const predicates: Predicate[] = [
    { kind: 'angle', from: nB, at: nA, to: nE, deg: 90 }, { kind: 'angle', from: nA, at: nB, to: nC, deg: 90 },
    { kind: 'distance', a: nA, b: nB, value: w }, { kind: 'distance', a: nB, b: nC, value: h },
    { kind: 'distance', a: nD, b: nF, value: t }, { kind: 'perpendicular', a: [nD, nF], b: [nE, nC] },
  ];
  const poly = names.join('');
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} a house-shaped figure: ${an(wText)} by ${hText} rectangle with a triangle on top of height ${tText}${shadeText(shading, rng)}.`);
  r.short('2', `Pentagon ${poly}: rectangle ${nA}${nB}${nC}${nE} plus triangle ${nE}${nC}${nD}, ${nA}${nB} = ${wText}, ${nB}${nC} = ${hText}, height ${nD}${nF} = ${tText} dashed`);
  r.short('3', asking(rng, `a rectangle with a triangle on top for an area problem, base ${wText}, wall height ${hText}, roof height ${tText}`));
  r.casual('1', `a house shape, rectangle ${w} by ${h} with a triangle roof ${t} tall${shadeText(shading, rng)}`);
  r.student('2', `${rng.pick(['area of', 'how do i find the area of', 'find area of'])} a house shape? ${wText} wide, ${hText} tall walls and the roof is ${tText} high${rng.pick(['', ' pls draw', ' need pic'])}`);
  r.student('3', `${studentOpener(rng)} a rectangle w/ a triangle on top${rng.pick(['', ' like a house', ' (the house one)'])}, ${wText} by ${hText}, triangle height ${tText}`);
  r.problem('1', `Pentagon ${poly} is made of rectangle ${nA}${nB}${nC}${nE} and triangle ${nE}${nC}${nD}. ${nA}${nB} = ${wText}, ${nB}${nC} = ${hText}, and the altitude ${nD}${nF} of the triangle is ${tText}. Find the area of the pentagon.`);
  r.problem('2', `The front of a shed is a rectangle ${wText} wide and ${hText} tall topped by a triangle whose height is ${tText}. ${rng.pick(['How much area must be painted?', `Find the total area in square ${UNIT_WORDS[unit]}.`, 'Draw and label the figure.'])}`);
  r.problem('3', `A triangle with base ${nE}${nC} and height ${tText} sits on top of a rectangle with sides ${wText} and ${hText}. ${nF} is the midpoint of ${nE}${nC}.`);
  return { code, labels: [...names, nF, wText, hText, tText], predicates, requests: r.items };
}

function sampleSemicircle(rng: Rng): Scene {
  const l = rng.int(6, 12), w = 2 * rng.int(2, 4);
  const names = pickPointNames(rng, 4);
  const [nA, nB, nC, nD] = names as [string, string, string, string];
  const V = [named(nA, pt(0, 0)), named(nB, pt(l, 0)), named(nC, pt(l, w)), named(nD, pt(0, w))];
  const [A, B, , D] = V as [Named, Named, Named, Named];
  const unit = rng.pick(UNITS.filter((u) => u !== ''));
  const [lText, wText] = [withUnit(l, unit), withUnit(w, unit)];
  const shading = pickShading(rng);
  const showRadius = rng.chance(0.4);
  const rText = withUnit(w / 2, unit);
  const center = pt(l / 2, w / 2);
  const code = assemble([
    'size(6cm);',
    declare(V),
    outline(`${nA}--${nB}--arc(${asyPair(l, w / 2)}, ${w / 2}, -90, 90)--${nD}--cycle`, shading),
    `draw(${nB}--${nC}, dashed);`,
    showRadius && `draw(${asyPair(l, w / 2)}--${asyPair(l + w / 2, w / 2)});`,
    labelAll(V, center),
    sideLabel(lText, A, B, center), sideLabel(wText, D, A, center),
    showRadius && `label(${/\s/.test(rText) ? `"${rText}"` : `"$${rText}$"`}, ${asyPair(l + w / 4, w / 2)}, N);`,
  ]);
  const predicates: Predicate[] = [
    { kind: 'angle', from: nB, at: nA, to: nD, deg: 90 }, { kind: 'distance', a: nA, b: nB, value: l }, { kind: 'distance', a: nA, b: nD, value: w },
  ];
  const rect = names.join('');
  const r = new Requests(rng);
  r.short('1', `${verb(rng)} ${an(lText)} by ${wText} rectangle ${rect} with a semicircle on side ${nB}${nC}${shadeText(shading, rng)}.`);
  r.short('2', `Rectangle ${rect} (${nA}${nB} = ${lText}, ${nA}${nD} = ${wText}) with a half circle on the end${when(showRadius, `, radius ${rText} shown`)}`);
  r.short('3', asking(rng, `a composite figure: rectangle plus semicircle, length ${lText}, width ${wText}`));
  r.casual('1', `a rectangle ${l} by ${w} with a half circle stuck on the end${shadeText(shading, rng)}`);
  r.student('2', `${rng.pick(['area of', 'how to find area of', 'find the area of'])} a rectangle with a semicircle on one side, ${lText} long ${wText} wide${rng.pick(['?', ' pls draw it', ''])}`);
  r.student('3', `${studentOpener(rng)} the shape thats a rectangle ${rect.toLowerCase()} with a semicircle on ${nB}${nC}${when(showRadius, ` radius ${rText}`)}`);
  r.problem('1', `A figure consists of rectangle ${rect} with ${nA}${nB} = ${lText} and ${nA}${nD} = ${wText}, and a semicircle with diameter ${nB}${nC}. ${rng.pick(['Find the area of the figure.', 'Find its perimeter in terms of π.', 'Find the total area.'])}`);
  r.problem('2', `A window is shaped like ${an(lText)} by ${wText} rectangle with a semicircle on one end. ${rng.pick(['How much glass is needed?', 'Find its area.', 'Sketch the window.'])}`);
  r.problem('3', `Side ${nB}${nC} of rectangle ${rect} is the diameter of a semicircle drawn outside the rectangle${when(showRadius, ` with radius ${rText}`)}. The rectangle measures ${lText} by ${wText}.`);
  return { code, labels: [...names, lText, wText, ...(showRadius ? [rText] : [])], predicates, requests: r.items };
}

export const COMPOSITE_FIGURES: readonly Template[] = [
  { id: 'composite-figures/corner-cut', family: 'composite-figures', grade: '3-5', sample: sampleCorner },
  { id: 'composite-figures/house', family: 'composite-figures', grade: '6-8', sample: sampleHouse },
  { id: 'composite-figures/rectangle-semicircle', family: 'composite-figures', grade: '6-8', sample: sampleSemicircle },
];
