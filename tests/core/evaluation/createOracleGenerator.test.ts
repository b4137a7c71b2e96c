import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOracleGenerator } from '../../../core/evaluation/createOracleGenerator.ts';
import { GeneratorError } from '../../../core/generation/types.ts';

const LINES = [
  { request: 'draw a square', code: 'draw(unitsquare);' },
  { request: 'draw a triangle', code: 'draw((0,0)--(1,0)--(0,1)--cycle);' },
  { request: 'draw a triangle', code: 'draw((0,0)--(2,0)--(1,2)--cycle);' },
  { request: 'no code here' },
];

test('the oracle answers each request with its reference code, repeated texts in line order', async () => {
  const oracle = createOracleGenerator(LINES);
  assert.match(oracle.modelId, /^oracle@[0-9a-f]{12}$/);
  assert.equal((await oracle.generate({ request: 'draw a square', previous: [] })).code, 'draw(unitsquare);');
  assert.equal((await oracle.generate({ request: 'draw a triangle', previous: [] })).code, LINES[1]!.code);
  assert.equal((await oracle.generate({ request: 'draw a triangle', previous: [] })).code, LINES[2]!.code);
  const generation = await oracle.generate({ request: 'draw a square', previous: [] });
  assert.equal(generation.tokens, 0);
  assert.ok(generation.durationMs >= 0);
});

test('the oracle repeats the failed code on a repair attempt: it has no other candidate', async () => {
  const oracle = createOracleGenerator(LINES);
  const previous = [{ code: 'draw(A--B);', errors: [{ line: 1, col: 6, message: "no matching variable 'A'" }] }];
  assert.equal((await oracle.generate({ request: 'draw a square', previous })).code, 'draw(A--B);');
});

test('the oracle fails clearly for a request without reference code', async () => {
  const oracle = createOracleGenerator(LINES);
  await assert.rejects(oracle.generate({ request: 'no code here', previous: [] }), (error: unknown) => {
    assert.ok(error instanceof GeneratorError);
    assert.equal(error.code, 'ORACLE_NO_CODE');
    assert.match(error.message, /no reference code for "no code here"/);
    return true;
  });
});

test('the oracle id changes with the set it answers from', () => {
  assert.notEqual(createOracleGenerator(LINES).modelId, createOracleGenerator(LINES.slice(1)).modelId);
});
