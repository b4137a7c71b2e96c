import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileAsy } from '../../../../core/compile/compileAsy.ts';
import { extractEntities } from '../../../../core/generation/retrieval/requestEntities.ts';
import { SampleSubstituter } from '../../../../core/generation/retrieval/substituteSample.ts';
import type { Sample } from '../../../../data/generate/types.ts';
import { FIXTURE_SAMPLES } from '../../../fixtures/retrievalSamples.ts';

/** Adapts the sample with this id (in `samples`) to the user's request. */
function adapt(request: string, id: string, samples: readonly Sample[] = FIXTURE_SAMPLES) {
  const index = samples.findIndex((s) => s.id === id);
  assert.ok(index >= 0, `no sample ${id}`);
  return new SampleSubstituter(samples).substitute(extractEntities(request), index);
}

/** Scenes of one template and pattern: [request, code] each; the first is the one adapted. */
function scenes(template: string, ...pairs: [string, string][]): Sample[] {
  return pairs.map(([request, code], i) => ({ id: `${template}#${i}/short-1`, family: 'test', template, grade: '6-8', style: 'short', pattern: 'short-1', request, code, labels: [], predicates: [], split: 'train' }));
}

function only(template: string, request: string, code: string): Sample[] {
  return scenes(template, [request, code]);
}

/** Label texts of the code, in order. */
const labels = (code: string) => [...code.matchAll(/label\("\$?([^"$]*)\$?"/g)].map((m) => m[1]);

async function assertCompiles(code: string): Promise<void> {
  const result = await compileAsy(code);
  assert.equal(result.ok, true, `${result.message}\n${code}`);
}

test('point names are renamed consistently in variables and labels, and the code compiles', async () => {
  const { code, changed } = adapt('Draw right triangle PQR with the right angle at P and legs PQ = 4 and PR = 3.', 'right-triangle/legs#0/short-1');
  assert.deepEqual(changed, ['names']);
  assert.deepEqual(labels(code), ['P', 'Q', 'R', '4', '3']);
  assert.match(code, /pair P = \(0, 0\), Q = \(4, 0\), R = \(0, 3\);/);
  assert.match(code, /rightanglemark\(Q, P, R, 10\)/);
  assert.doesNotMatch(code, /\b[ABC]\b/);
  await assertCompiles(code);
});

test('a permutation of the same letters is applied simultaneously', async () => {
  // O→A, A→B, B→O: each old name must move exactly once.
  const { code } = adapt('Draw a circle with center A and a red chord BO.', 'circle-chord/basic#0/short-1');
  assert.match(code, /pair A = \(0, 0\);\npair B = dir\(200\), O = dir\(340\);/);
  assert.deepEqual(labels(code), ['A', 'B', 'O']);
  assert.match(code, /label\("\$A\$", A, N\)/);
  await assertCompiles(code);
});

test('an unmentioned point whose name the user takes moves to a free letter; E becomes ptE, not the direction', async () => {
  const samples = only('altitude/test', 'Draw triangle ABC with the altitude from A.', `
size(5cm);
pair A = (1, 3), B = (0, 0), C = (4, 0);
pair D = (1, 0);
draw(A--B--C--cycle);
draw(A--D, dashed);
draw(rightanglemark(A, D, C, 10));
label("$A$", A, N); label("$B$", B, SW); label("$C$", C, SE); label("$D$", D, S);
`);
  const { code } = adapt('Draw triangle DEF with the altitude from D.', 'altitude/test#0/short-1', samples);
  const shown = labels(code);
  assert.deepEqual(shown.slice(0, 3), ['D', 'E', 'F']);
  assert.equal(new Set(shown).size, 4, `four distinct labels: ${shown.join(' ')}`);
  assert.ok(!['A', 'B', 'C', 'D', 'E', 'F', 'I', 'O', 'N', 'S', 'W'].includes(shown[3]!), `the foot moved to a free letter, got ${shown[3]}`);
  assert.match(code, /pair D = \(1, 3\), ptE = \(0, 0\), F = \(4, 0\);/);
  assert.match(code, /label\("\$E\$", ptE, SW\)/);
  await assertCompiles(code);
});

test('names that align two ways, or a direction used before a point shadows it, leave the code alone', () => {
  assert.deepEqual(adapt('Draw right triangle PQR with the right angle at Q and legs PQ = 4 and PR = 3.', 'right-triangle/legs#0/short-1').changed, [],
    'A↔P from "PQR" but A↔Q from "at Q": contradictory');
  const samples = only('shadow/test', 'Draw segment EF.', 'size(3cm);\nlabel("$x$", (0, 0), E);\npair E = (0, 0), F = (1, 0);\ndraw(E--F);\nlabel("$E$", E, W);\nlabel("$F$", F, E);\n');
  assert.deepEqual(adapt('Draw segment GH.', 'shadow/test#0/short-1', samples).changed, []);
});

test('a request that names nothing maps the user\'s run onto the code\'s labels in order', async () => {
  const samples = only('triangle/plain', 'Draw a triangle.', 'size(4cm);\npair A = (0, 0), B = (3, 0), C = (1, 2);\ndraw(A--B--C--cycle);\nlabel("$A$", A, SW);\nlabel("$B$", B, SE);\nlabel("$C$", C, N);\n');
  const { code } = adapt('draw a triangle XYZ', 'triangle/plain#0/short-1', samples);
  assert.deepEqual(labels(code), ['X', 'Y', 'Z']);
  await assertCompiles(code);
});

test('cse5\'s D(...) stays a call when the point D is renamed; TeX commands and words in strings are untouched', async () => {
  const samples = only('cse5/test', 'Draw segment AD with midpoint M.', `
import cse5;
size(4cm);
pair A = (0, 0), D = (2, 0), M = (A + D) / 2;
D(A--D);
dot(M);
label("$A$", A, W); label("$D$", D, E); label("$M$", M, N);
label("$\\\\Delta = AD$", (1, -0.5), S);
label("Area", (1, 0.6), N);
`);
  const { code } = adapt('Draw segment PQ with midpoint R.', 'cse5/test#0/short-1', samples);
  assert.match(code, /\nD\(P--Q\);/);
  assert.match(code, /"\$\\\\Delta = PQ\$"/);
  assert.match(code, /"Area"/);
  await assertCompiles(code);
});

test('colours: the user\'s colour replaces the retrieved one, two colours swap cleanly', async () => {
  const blue = adapt('Draw a circle with center O and a purple chord AB.', 'circle-chord/basic#0/short-1');
  assert.deepEqual(blue.changed, ['colours']);
  assert.match(blue.code, /draw\(A--B, purple\);/);
  const twoColours = (chord: string, circle: string, fill: string): [string, string] => [
    `Draw a ${chord} chord in a ${circle} circle, shaded ${chord}.`,
    `size(4cm);\nfill(unitcircle, ${fill});\ndraw(unitcircle, ${circle === 'green' ? 'heavygreen' : circle});\ndraw(dir(200)--dir(340), ${chord});\n`,
  ];
  const samples = scenes('two/colours', twoColours('red', 'blue', 'palered'), twoColours('orange', 'purple', 'lightyellow'), twoColours('blue', 'red', 'paleblue'));
  const swapped = adapt('a blue chord in a green circle', 'two/colours#0/short-1', samples);
  assert.match(swapped.code, /fill\(unitcircle, paleblue\);\ndraw\(unitcircle, heavygreen\);\ndraw\(dir\(200\)--dir\(340\), blue\);/);
  await Promise.all([assertCompiles(blue.code), assertCompiles(swapped.code)]);
});

test('a pen the template never varies (a light gray grid) keeps its colour when the request\'s gray changes', async () => {
  const shaded = (colour: string, fill: string): [string, string] => [
    `Shade the unit square in ${colour} on a grid.`,
    `size(4cm);\nfor (int i = 0; i <= 2; ++i) { draw((i, 0)--(i, 2), lightgray); draw((0, i)--(2, i), lightgray); }\nfill(box((0, 0), (1, 1)), ${fill});\ndraw(box((0, 0), (1, 1)));\n`,
  ];
  const samples = scenes('grid/shade', shaded('gray', 'lightgray'), shaded('red', 'palered'), shaded('blue', 'paleblue'));
  const { code, changed } = adapt('Shade the unit square in purple on a grid.', 'grid/shade#0/short-1', samples);
  assert.deepEqual(changed, ['colours']);
  assert.match(code, /draw\(\(i, 0\)--\(i, 2\), lightgray\); draw\(\(0, i\)--\(2, i\), lightgray\);/);
  assert.match(code, /fill\(box\(\(0, 0\), \(1, 1\)\), pink\);/);
  assert.deepEqual(adapt('Shade the unit square in purple on a grid.', 'grid/shade#0/short-1', samples.slice(0, 1)).changed, [], 'one scene is no evidence');
  await assertCompiles(code);
});

test('numbers the corpus shows to be copies of the request are substituted in coordinates and labels', async () => {
  const { code, changed } = adapt('right triangle with legs 5 and 12', 'right-triangle/legs#0/short-1');
  assert.deepEqual(changed, ['numbers']);
  assert.match(code, /B = \(5, 0\), C = \(0, 12\)/);
  assert.deepEqual(labels(code), ['A', 'B', 'C', '5', '12']);
  assert.match(code, /size\(5cm\)/, 'constants stay');
  assert.match(code, /rightanglemark\(B, A, C, 10\)/);
  const decimal = adapt('right triangle with legs 2.5 and 6', 'right-triangle/legs#0/short-1');
  assert.match(decimal.code, /B = \(2\.5, 0\), C = \(0, 6\)/, 'a pair coordinate may take a fraction');
  await Promise.all([assertCompiles(code), assertCompiles(decimal.code)]);
});

test('numbers stay when a shown number is derived from them, when counts or kinds differ, or a value is absurd', () => {
  const original = FIXTURE_SAMPLES.find((s) => s.id === 'right-triangle/hypotenuse#0/short-1')!.code;
  assert.equal(adapt('Draw a right triangle with legs 5 and 12 and label all three sides.', 'right-triangle/hypotenuse#0/short-1').code, original,
    'the hypotenuse label 5 would be wrong for legs 5 and 12');
  const legs = 'right-triangle/legs#0/short-1';
  assert.deepEqual(adapt('right triangle with legs 5, 12 and 13', legs).changed, [], 'three numbers against two');
  assert.deepEqual(adapt('right triangle with legs 5° and 12°', legs).changed, [], 'angles are not lengths');
  assert.deepEqual(adapt('right triangle with legs -5 and 12', legs).changed, [], 'a length cannot turn negative');
  assert.deepEqual(adapt('right triangle with legs 5000 and 12', legs).changed, [], 'far outside what the template draws');
  assert.deepEqual(adapt('Draw an angle of 50 degrees with vertex B.', 'angle/measure#0/short-1').changed, [], 'one scene is no evidence');
});

test('numbers keep the order every scene kept, and must be written the same way (fraction, coordinate, plain)', async () => {
  const model = 'fraction-circle/model#0/short-1';
  const { code, changed } = adapt('a circle model of the fraction 2/5', model);
  assert.deepEqual(changed, ['numbers']);
  assert.match(code, /360\*2\/5\)/);
  assert.match(code, /for \(int i = 0; i < 5; \+\+i\)/);
  assert.ok(code.includes('label("$\\frac{2}{5}$"'), code);
  assert.deepEqual(adapt('a circle model of the fraction 9/4', model).changed, [], 'every scene had numerator < denominator');
  assert.deepEqual(adapt('a circle model with 3 of 8 parts shaded', model).changed, [], '"3 of 8" is not written as a fraction');
  assert.deepEqual(adapt('a circle model of the point (2, 5)', model).changed, [], 'coordinates are not a fraction');
  assert.deepEqual(adapt('a circle model of the fraction 2/5.5', model).changed, [], 'the denominator is also a loop bound: it stays an integer');
  await assertCompiles(code);
});
