import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bm25Index } from '../../../../core/generation/retrieval/bm25Index.ts';
import { osaDistance, SpellCorrector } from '../../../../core/generation/retrieval/correctSpelling.ts';
import { tokenizeRequest } from '../../../../core/generation/retrieval/tokenizeRequest.ts';

const DOCS = [
  'Draw a circle with a chord',
  'Draw a right triangle with legs 3 and 4',
  'Draw an isosceles triangle',
  'Make a bar graph of rainfall',
  'Draw a number line from -5 to 5',
  'Draw a triangle inscribed in a circle',
  'Draw a triangle',
].map(tokenizeRequest);
const index = new Bm25Index(DOCS);
const top = (query: string) => index.search(tokenizeRequest(query), 3).map((hit) => hit.doc);

test('the document sharing the rarest terms ranks first', () => {
  assert.equal(top('circle with chord')[0], 0);
  assert.equal(top('right triangle, legs 5 and 12')[0], 1);
  assert.equal(top('bar graph')[0], 3);
  assert.equal(top('number line')[0], 4);
  assert.deepEqual(top('triangle in a circle').slice(0, 1), [5]);
});

test('a shorter document wins a tie on the same terms (length normalisation)', () => {
  const hits = index.search(['triangl'], 10);
  assert.equal(hits[0]!.doc, 6);
  assert.ok(hits[0]!.score > hits[1]!.score);
});

test('unknown terms score nothing; equal scores keep corpus order', () => {
  assert.deepEqual(index.search(['dinosaur'], 5), []);
  const twins = new Bm25Index([['circl'], ['circl'], ['circl']]);
  assert.deepEqual(twins.search(['circl'], 2).map((h) => h.doc), [0, 1]);
  assert.equal(index.documentFrequency('triangl'), 4);
  assert.equal(index.has('circl'), true);
});

test('osaDistance counts a swap, a drop and a doubled letter as one edit each', () => {
  assert.equal(osaDistance('triangel', 'triangle'), 1);
  assert.equal(osaDistance('circl', 'cirl'), 1);
  assert.equal(osaDistance('circl', 'cirrcl'), 1);
  assert.equal(osaDistance('circle', 'square'), 5);
});

test('SpellCorrector maps an unknown term to the closest, most frequent vocabulary term', () => {
  const df = new Map([['triangl', 50], ['circl', 40], ['perpendicular', 10], ['arc', 5], ['angl', 30], ['angel', 1]]);
  const speller = new SpellCorrector(df.keys(), (term) => df.get(term) ?? 0);
  assert.equal(speller.correct('triangel'), 'triangl');
  assert.equal(speller.correct('cirlc'), 'circl');
  assert.equal(speller.correct('perpendiclar'), 'perpendicular');
  assert.equal(speller.correct('abc'), null, 'short terms are names, not typos');
  assert.equal(speller.correct('hexagon'), null);
  assert.equal(speller.nearest('angel', 20), 'angl', 'a rare spelling folds into a common one');
});
