import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSamples, normaliseRequest } from '../../../data/generate/buildSamples.ts';
import { TEMPLATES } from '../../../data/generate/families/index.ts';
import { hashCorpus, serialiseSplit } from '../../../data/generate/writeCorpus.ts';
import type { Sample, Split } from '../../../data/generate/types.ts';

const SCENES = 12;
const { samples, holdOut } = buildSamples({ seed: 'leak-test', scenesPerTemplate: SCENES, templates: TEMPLATES });
const bySplit = (split: Split) => samples.filter((s) => s.split === split);

function corpusHash(list: readonly Sample[]): string {
  return hashCorpus({ train: serialiseSplit(list, 'train'), val: serialiseSplit(list, 'val'), test: serialiseSplit(list, 'test') });
}

test('the corpus has at least 40 families, each with at least two templates and training samples', () => {
  const families = new Map<string, Set<string>>();
  for (const t of TEMPLATES) families.set(t.family, (families.get(t.family) ?? new Set()).add(t.id));
  assert.ok(families.size >= 40, `${families.size} families`);
  for (const [family, templates] of families) assert.ok(templates.size >= 2, `${family} has ${templates.size} template(s)`);
  const trainFamilies = new Set(bySplit('train').map((s) => s.family));
  assert.deepEqual([...families.keys()].filter((f) => !trainFamilies.has(f)), []);
});

test('no test code or test request appears in train or val', () => {
  const test = bySplit('test');
  assert.ok(test.length > 0);
  const testCodes = new Set(test.map((s) => s.code));
  const testRequests = new Set(test.map((s) => normaliseRequest(s.request)));
  for (const sample of [...bySplit('train'), ...bySplit('val')]) {
    assert.ok(!testCodes.has(sample.code), `test code leaked into ${sample.split}: ${sample.id}`);
    assert.ok(!testRequests.has(normaliseRequest(sample.request)), `test request leaked into ${sample.split}: ${sample.request}`);
  }
  const valCodes = new Set(bySplit('val').map((s) => s.code));
  for (const sample of bySplit('train')) assert.ok(!valCodes.has(sample.code), `val code leaked into train: ${sample.id}`);
});

test('held-out templates and phrasing patterns never reach training', () => {
  assert.ok(holdOut.templates.size >= 5, `${holdOut.templates.size} held-out templates`);
  assert.ok(holdOut.patterns.size >= 20, `${holdOut.patterns.size} held-out patterns`);
  for (const sample of bySplit('train')) {
    assert.ok(!holdOut.templates.has(sample.template), `${sample.id} is from a held-out template`);
    assert.ok(!holdOut.patterns.has(`${sample.template}\u0000${sample.pattern}`), `${sample.id} uses a held-out pattern`);
  }
  const testFromHeldOutPatterns = bySplit('test').filter((s) => !holdOut.templates.has(s.template));
  assert.ok(testFromHeldOutPatterns.length > 0, 'the test split also measures unseen phrasings of seen templates');
});

test('every style is present in every split', () => {
  for (const split of ['train', 'test'] as const) {
    const styles = new Set(bySplit(split).map((s) => s.style));
    assert.deepEqual([...styles].sort(), ['casual', 'problem', 'short'], split);
  }
});

test('the same seed gives the same corpus hash and another seed a different one', () => {
  const again = buildSamples({ seed: 'leak-test', scenesPerTemplate: SCENES, templates: TEMPLATES }).samples;
  assert.equal(corpusHash(again), corpusHash(samples));
  const other = buildSamples({ seed: 'another-seed', scenesPerTemplate: SCENES, templates: TEMPLATES }).samples;
  assert.notEqual(corpusHash(other), corpusHash(samples));
});
