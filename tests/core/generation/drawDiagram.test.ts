import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCompileService } from '../../../core/compile/createCompileService.ts';
import { loadConfig } from '../../../core/config.ts';
import { drawDiagram } from '../../../core/generation/drawDiagram.ts';
import { createRetrievalGenerator } from '../../../core/generation/retrieval/createRetrievalGenerator.ts';
import type { Sample } from '../../../data/generate/types.ts';
import { FIXTURE_SAMPLES } from '../../fixtures/retrievalSamples.ts';

/** The real pipeline end to end: retrieval generator → sandboxed compile, with a corpus whose best match is broken. */
const compiler = createCompileService({ ...loadConfig().compile, cacheDir: null });

function broken(template: string, request: string, code: string): Sample {
  return { id: `${template}#0/short-1`, family: 'broken', template, grade: '6-8', style: 'short', pattern: 'short-1', request, code, labels: [], predicates: [], split: 'train' };
}

// Same request as hexagon/regular and first in corpus order, so it wins the BM25 tie.
const BROKEN_HEXAGON = broken('broken/hexagon', 'Draw a regular hexagon.', 'size(4cm);\ndraw(polygon(6), brokenpen);\n');

test('a broken first candidate is repaired by the next one: attempts = 2', async () => {
  const generator = createRetrievalGenerator({ samples: [BROKEN_HEXAGON, ...FIXTURE_SAMPLES] });
  const result = await drawDiagram('draw a regular hexagon', { generator, compiler });
  assert.equal(result.ok, true, result.message);
  assert.equal(result.attempts, 2);
  assert.equal(result.attemptLog[0]!.code, BROKEN_HEXAGON.code);
  assert.equal(result.attemptLog[0]!.ok, false);
  assert.equal(result.attemptLog[0]!.errorCode, 'COMPILE_ERROR');
  assert.equal(result.code, FIXTURE_SAMPLES.find((s) => s.template === 'hexagon/regular')!.code);
  assert.equal(result.png!.subarray(1, 4).toString(), 'PNG');
  assert.equal(result.modelId, generator.modelId);
  assert.ok(result.durationMs.total >= result.durationMs.compile);
});

test('when every attempt fails, the last compile error is reported after maxAttempts', async () => {
  const samples = [BROKEN_HEXAGON, broken('broken/hexagon-2', 'Draw a regular hexagon.', 'size(4cm);\ndraw(polygon(6)--Q);\n'), ...FIXTURE_SAMPLES];
  const result = await drawDiagram('draw a regular hexagon', { generator: createRetrievalGenerator({ samples }), compiler, maxAttempts: 2 });
  assert.equal(result.ok, false);
  assert.equal(result.attempts, 2);
  assert.equal(result.errorCode, 'COMPILE_ERROR');
  assert.match(result.message, /no matching variable 'Q'/);
  assert.equal(result.png, undefined);
});

test('a request the generator cannot match stops at once with GENERATION_FAILED', async () => {
  const result = await drawDiagram('a purple dinosaur', { generator: createRetrievalGenerator({ samples: FIXTURE_SAMPLES }), compiler });
  assert.equal(result.ok, false);
  assert.equal(result.attempts, 1);
  assert.equal(result.errorCode, 'GENERATION_FAILED');
  assert.match(result.message, /NO_MATCH/);
});
