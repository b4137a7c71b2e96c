import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareSource } from '../../../core/compile/prepareSource.ts';

test('prepareSource adds the AoPS import when olympiad/cse5 helpers are used without importing them', () => {
  const prepared = prepareSource('pair A=(0,0),B=(1,0),C=(0,1);\ndraw(rightanglemark(B,A,C));');
  assert.equal(prepared.preambleLines, 1);
  assert.match(prepared.source, /^import aops;\n/);
});

test('prepareSource leaves code alone when it imports the helpers itself or uses none', () => {
  assert.equal(prepareSource('import olympiad;\ndraw(incircle((0,0),(1,0),(0,1)));').preambleLines, 0);
  assert.equal(prepareSource('pair D = (1,1);\ndraw((0,0)--D);').preambleLines, 0);
  assert.equal(prepareSource('// the foot(...) of the altitude\nlabel("MP(x)", (0,0));').preambleLines, 0);
});

test('prepareSource honours always and never', () => {
  assert.equal(prepareSource('draw((0,0)--(1,1));', 'always').preambleLines, 1);
  assert.equal(prepareSource('draw(rightanglemark((1,0),(0,0),(0,1)));', 'never').preambleLines, 0);
});

test('prepareSource detects 3D code that needs a display', () => {
  assert.equal(prepareSource('import three;\ndraw(unitsphere);').needsDisplay, true);
  assert.equal(prepareSource('import graph3;').needsDisplay, true);
  assert.equal(prepareSource('import graph;\ndraw(unitcircle);').needsDisplay, false);
});
