import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pointNameTokens, stem, STYLE_TERMS, tokenizeRequest } from '../../../../core/generation/retrieval/tokenizeRequest.ts';

test('tokenizeRequest lower-cases, drops punctuation and filler, and stems plurals, -ing and -ed', () => {
  assert.deepEqual(tokenizeRequest('Can you please draw the Circles, shaded & labeled?'), ['circl', 'shad', 'label']);
  assert.deepEqual(tokenizeRequest('shade the circle'), tokenizeRequest('shading circles'));
  assert.deepEqual(tokenizeRequest('plotted points'), ['plot', 'point']);
});

test('common misspellings, British spellings and joined words are normalised', () => {
  assert.deepEqual(tokenizeRequest('isoceles triangel'), tokenizeRequest('isosceles triangle'));
  assert.deepEqual(tokenizeRequest('centre, colour, labelled'), tokenizeRequest('center, color, labeled'));
  assert.deepEqual(tokenizeRequest('a numberline with the mid-point'), tokenizeRequest('number line with midpoint'));
  assert.deepEqual(tokenizeRequest('the x-axis'), ['x', 'axis']);
  assert.deepEqual(tokenizeRequest('verticies of a paralelogram'), tokenizeRequest('vertex of a parallelogram'));
});

test('point names and numbers are not terms, but an all-caps request keeps its words', () => {
  assert.deepEqual(tokenizeRequest('Draw triangle PQR with PQ = 5'), ['triangl']);
  assert.deepEqual(tokenizeRequest('triangle ABC'), tokenizeRequest('triangle XYZ'));
  assert.deepEqual(tokenizeRequest('DRAW A CIRCLE'), ['circl']);
  assert.deepEqual(tokenizeRequest('right triangle xyz w/ altitude from x'), ['right', 'triangl', 'altitud', 'x'], 'lower-case runs like xyz are names');
});

test('pointNameTokens finds name runs, not sentence-initial "A" or "I" or acronyms', () => {
  const names = (text: string) => pointNameTokens(text).map((t) => t.text);
  assert.deepEqual(names('A circle with center O and chord AB. A tangent at B.'), ['O', 'AB', 'B']);
  assert.deepEqual(names('I need triangle XYZ with angle at X pls for HW'), ['XYZ', 'X']);
  assert.deepEqual(names('segment from A to I'), ['A', 'I']);
  assert.deepEqual(names('I think angle I is 40°'), ['I']);
});

test('stem keeps short words and -ss/-us/-is endings', () => {
  assert.equal(stem('radius'), 'radius');
  assert.equal(stem('axis'), 'axis');
  assert.equal(stem('across'), 'across');
  assert.equal(stem('arc'), 'arc');
  assert.equal(stem('dotted'), 'dot');
});

test('colour and label words are style terms; figure words are not', () => {
  for (const word of ['purple', 'blue', 'labeled', 'shaded']) assert.ok(tokenizeRequest(word).every((t) => STYLE_TERMS.has(t)), word);
  for (const word of ['triangle', 'circle', 'graph']) assert.ok(tokenizeRequest(word).every((t) => !STYLE_TERMS.has(t)), word);
});
