import { asyNumber, COLOURS, FILL_PENS } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { casualRequest, markSize, pickVerb, problemRequest, rawCasualRequest, shortRequest, UNIT_WORDS, UNITS } from './shared.ts';

/** Round solids in the textbook view: circles seen as ellipses, the far half of a base dashed. */

/** Minor axis of a base ellipse of radius r, seen from a little above. */
function flatten(r: number): string {
  return asyNumber(r * 0.3, 2);
}

function sampleCylinderCone(rng: Rng): Scene {
  const cone = rng.chance(0.5);
  const r = rng.int(2, 6);
  const h = rng.int(Math.max(3, r), 12);
  const unit = rng.pick(UNITS);
  const top = cone ? 'V' : 'P';
  const colour = rng.chance(0.3) ? rng.pick(COLOURS) : null;
  const b = flatten(r);
  const code = ['import olympiad;', 'size(5cm);', `pair O = (0, 0), A = (${r}, 0), ${top} = (0, ${h});`];
  if (colour) {
    const pen = FILL_PENS[colour.word];
    const front = `subpath(ellipse(O, ${r}, ${b}), 2, 4)`;
    code.push(cone ? `fill(${top}--${front}--cycle, ${pen});` : `fill((${-r}, ${h})--${front}--(${r}, ${h})--cycle, ${pen});`);
    if (!cone) code.push(`fill(ellipse(${top}, ${r}, ${b}), ${pen});`);
  }
  code.push(`draw(subpath(ellipse(O, ${r}, ${b}), 0, 2), dashed);`, `draw(subpath(ellipse(O, ${r}, ${b}), 2, 4));`);
  if (cone) code.push(`draw((${-r}, 0)--${top}--A);`);
  else code.push(`draw(ellipse(${top}, ${r}, ${b}));`, `draw((${-r}, 0)--(${-r}, ${h}) ^^ A--(${r}, ${h}));`);
  code.push(`draw(O--A ^^ O--${top}, dashed);`, `draw(rightanglemark(A, O, ${top}${markSize(Math.max(r, h) * 0.6)}));`, 'dot(O);');
  const [rt, ht] = [`${r} ${unit}`, `${h} ${unit}`];
  code.push('label("$O$", O, SW);', `label("$A$", A, E);`, `label("$${top}$", ${top}, N);`);
  code.push(`label("${rt}", midpoint(O--A), S);`, `label("${ht}", midpoint(O--${top}), W);`);
  const solid = cone ? 'cone' : 'cylinder';
  const thing = cone ? rng.pick(['ice cream cone', 'party hat', 'traffic cone']) : rng.pick(['soup can', 'water tank', 'candle']);
  const requests = [
    shortRequest('short-1', `Draw a ${solid} with radius ${rt} and height ${ht}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Show'])} a right circular ${solid}${colour ? ` shaded ${colour.word}` : ''}, with the radius OA and the height O${top} drawn dashed.`),
    shortRequest('short-3', `${solid === 'cone' ? 'Cone' : 'Cylinder'}: r = ${r}, h = ${h}, back of the base dashed.`),
    casualRequest(rng, 'casual-1', `${solid} radius ${r} height ${h} ${UNIT_WORDS[unit]}`),
    rawCasualRequest('casual-2', `can u draw a ${solid} that looks solid with the radius and height labeled? r is ${r} and h is ${h}`),
    casualRequest(rng, 'casual-3', `${thing} shape, ${rt} radius, ${ht} tall`),
    problemRequest('problem-1', `A right circular ${solid} has base radius OA = ${rt} and height O${top} = ${ht}, where O is the center of the base. Find its volume.`),
    problemRequest('problem-2', `A ${thing} is shaped like a ${solid}. Its base has a radius of ${r} ${UNIT_WORDS[unit]} and it is ${h} ${UNIT_WORDS[unit]} tall. Draw a diagram showing both measurements.`),
    problemRequest('problem-3', `In the ${solid} shown, O is the center of the base, A is a point on the base circle, and ${top} is ${cone ? 'the vertex' : 'the center of the top face'}, so angle AO${top} is a right angle.`),
  ];
  const predicates: Predicate[] = [
    { kind: 'angle', from: 'A', at: 'O', to: top, deg: 90 }, { kind: 'distance', a: 'O', b: 'A', value: r }, { kind: 'distance', a: 'O', b: top, value: h },
  ];
  return { code: code.join('\n'), labels: ['O', 'A', top, rt, ht], predicates, requests };
}

function sampleSphere(rng: Rng): Scene {
  const hemi = rng.chance(0.35);
  const r = rng.int(2, 9);
  const unit = rng.pick(UNITS);
  const colour = rng.chance(0.4) ? rng.pick(COLOURS) : null;
  const b = flatten(r);
  const asDiameter = !hemi && rng.chance(0.3);
  const code = ['size(5cm);', `pair O = (0, 0), A = (${r}, 0);`];
  if (colour) code.push(hemi ? `fill(arc(O, ${r}, 0, 180)--cycle, ${FILL_PENS[colour.word]});` : `fill(circle(O, ${r}), ${FILL_PENS[colour.word]});`);
  code.push(hemi ? `draw(arc(O, ${r}, 0, 180));` : `draw(circle(O, ${r}));`);
  code.push(`draw(subpath(ellipse(O, ${r}, ${b}), 0, 2), dashed);`, `draw(subpath(ellipse(O, ${r}, ${b}), 2, 4));`, 'dot(O);');
  const labels = ['O'];
  const rt = `${r} ${unit}`;
  const dt = `${2 * r} ${unit}`;
  if (asDiameter) {
    code.push(`pair B = (${-r}, 0);`, 'draw(B--A);', 'label("$B$", B, W);', `label("${dt}", O, N);`);
    labels.push('B', dt);
  } else {
    code.push('draw(O--A);', `label("${rt}", midpoint(O--A), N);`);
    labels.push(rt);
  }
  code.push('label("$O$", O, S);', 'label("$A$", A, E);');
  labels.push('A');
  const solid = hemi ? 'hemisphere' : 'sphere';
  const size = asDiameter ? `diameter ${dt}` : `radius ${rt}`;
  const requests = [
    shortRequest('short-1', `Draw a ${solid} with ${size}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Show'])} a ${solid} with center O and ${asDiameter ? 'diameter AB' : 'radius OA'} labelled${colour ? `, shaded ${colour.word}` : ''}, and dash the back of the ${hemi ? 'base circle' : 'equator'}.`),
    casualRequest(rng, 'casual-1', `${solid} ${size}`),
    rawCasualRequest('casual-2', `how do i make a ${solid} look three dimensional? the ${asDiameter ? `diameter is ${2 * r}` : `radius is ${r}`} ${UNIT_WORDS[unit]}`),
    casualRequest(rng, 'casual-3', `${hemi ? 'half a ball' : 'ball'} with ${asDiameter ? `a ${2 * r} ${unit} diameter` : `radius ${r}`} showing the equator`),
    problemRequest('problem-1', `A ${solid} has center O and ${asDiameter ? `diameter AB = ${dt}` : `radius OA = ${rt}`}. Find its volume.`),
    problemRequest('problem-2', `A ${hemi ? 'bowl is shaped like a hemisphere' : 'ball is a sphere'} ${asDiameter ? `${2 * r} ${UNIT_WORDS[unit]} across` : `with a radius of ${r} ${UNIT_WORDS[unit]}`}. Draw it with the ${asDiameter ? 'diameter' : 'radius'} marked.`),
    problemRequest('problem-3', `The figure shows a ${solid} centered at O. Point A lies on its ${hemi ? 'base circle' : 'equator'}, and the hidden half of that circle is dashed.`),
  ];
  const predicates: Predicate[] = [{ kind: 'distance', a: 'O', b: 'A', value: r }];
  if (asDiameter) predicates.push({ kind: 'midpoint', point: 'O', a: 'A', b: 'B' });
  return { code: code.join('\n'), labels, predicates, requests };
}

export const SOLIDS_ROUND_TEMPLATES: readonly Template[] = [
  { id: 'solids-3d/cylinder-cone', family: 'solids-3d', grade: '6-8', sample: sampleCylinderCone },
  { id: 'solids-3d/sphere', family: 'solids-3d', grade: '6-8', sample: sampleSphere },
];
