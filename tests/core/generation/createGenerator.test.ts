import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGenerator } from '../../../core/generation/createGenerator.ts';
import { CorpusMissingError } from '../../../data/generate/readCorpus.ts';
import { writeFixtureCorpus } from '../../fixtures/retrievalSamples.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'asybot-generator-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('the retrieval kind loads the corpus dir it is given and answers', async () => {
  const corpusDir = writeFixtureCorpus(path.join(work, 'corpus'));
  const generator = await createGenerator({ kind: 'retrieval', corpusDir });
  assert.match(generator.modelId, /^retrieval-bm25@[0-9a-f]{12}$/);
  const { code } = await generator.generate({ request: 'a square with its diagonals', previous: [] });
  assert.match(code, /draw\(A--C, dashed\);/);
});

test('a missing corpus fails with CORPUS_MISSING naming the file', async () => {
  await assert.rejects(createGenerator({ kind: 'retrieval', corpusDir: path.join(work, 'nothing-here') }), (error: unknown) => {
    assert.ok(error instanceof CorpusMissingError);
    assert.equal(error.code, 'CORPUS_MISSING');
    assert.match(error.message, /nothing-here\/train\.jsonl is missing: run `npx asybot corpus build`/);
    return true;
  });
});
