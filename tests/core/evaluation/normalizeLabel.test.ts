import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeLabel } from '../../../core/evaluation/normalizeLabel.ts';

test('normalizeLabel strips math delimiters and surrounding spaces but keeps case', () => {
  assert.equal(normalizeLabel('$A$'), 'A');
  assert.equal(normalizeLabel('  $a$ '), 'a');
  assert.equal(normalizeLabel('$A(-3, 2)$'), 'A(-3, 2)');
  assert.equal(normalizeLabel('$A_1$'), 'A_1');
});

test('normalizeLabel writes degrees as ° in every usual spelling', () => {
  assert.equal(normalizeLabel('$40^\\circ$'), '40°');
  assert.equal(normalizeLabel('$40^{\\circ}$'), '40°');
  assert.equal(normalizeLabel('$40 ^ {\\circ}$'), '40°');
  assert.equal(normalizeLabel('$x^\\circ$'), 'x°');
});

test('normalizeLabel unwraps \\text{…} and turns TeX spacing into single spaces', () => {
  assert.equal(normalizeLabel('$5\\text{ cm}$'), '5 cm');
  assert.equal(normalizeLabel('$5\\,\\mathrm{cm}$'), '5 cm');
  assert.equal(normalizeLabel('5 cm'), '5 cm');
  assert.equal(normalizeLabel('$\\text{Area} = 12$'), 'Area = 12');
  assert.equal(normalizeLabel('$A\\!B$'), 'AB');
  assert.equal(normalizeLabel('\\$5'), '$5');
});
