import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAsy } from '../../../core/compile/extractAsy.ts';

test('extractAsy takes every [asy] block from pasted problem text and ignores the prose', () => {
  const text = 'In triangle $ABC$, shown below,\n[asy]\ndraw((0,0)--(1,0));\n[/asy]\nand also [ASY]dot((0,0));[/ASY] find $x$.';
  const extracted = extractAsy(text);
  assert.equal(extracted.source, 'asy-tags');
  assert.deepEqual(extracted.blocks, ['draw((0,0)--(1,0));', 'dot((0,0));']);
});

test('extractAsy prefers fences marked asy or asymptote over other fences', () => {
  const text = 'try this\n```js\nconsole.log(1)\n```\n```asymptote\nsize(3cm);\ndraw(unitcircle);\n```';
  assert.deepEqual(extractAsy(text), { blocks: ['size(3cm);\ndraw(unitcircle);'], source: 'fence' });
});

test('extractAsy accepts a bare fence', () => {
  assert.deepEqual(extractAsy('```\ndraw((0,0)--(1,1));\n```').blocks, ['draw((0,0)--(1,1));']);
});

test('extractAsy treats text without blocks as raw code and undoes HTML entities from web pages', () => {
  const extracted = extractAsy('pair A=(0,0);\r\nif (1 &lt; 2) dot(A);\u00a0');
  assert.equal(extracted.source, 'raw');
  assert.deepEqual(extracted.blocks, ['pair A=(0,0);\nif (1 < 2) dot(A);']);
});

test('extractAsy returns no blocks for blank input or empty tags', () => {
  assert.deepEqual(extractAsy('   ').blocks, []);
  assert.deepEqual(extractAsy('[asy]  [/asy]').blocks, []);
});
