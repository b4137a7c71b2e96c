import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCompileService } from '../../../core/compile/createCompileService.ts';
import { loadConfig } from '../../../core/config.ts';
import { structuralProblems } from '../../../data/generate/checkTemplates.ts';
import { createRng } from '../../../data/generate/createRng.ts';
import { TEMPLATES } from '../../../data/generate/families/index.ts';

/**
 * CI's stratified verification: one fresh scene of every template must be well-formed, faithful and compile to
 * a non-blank PNG with the real pipeline. (The full build verifies every code; this keeps every template honest.)
 */
const compiler = createCompileService({ ...loadConfig().compile, cacheDir: null, cacheMemoryMb: 0, timeoutMs: 30_000, queueMax: 10_000 });

describe('every corpus template', { concurrency: 2 }, () => {
  for (const template of TEMPLATES) {
    test(`${template.id} samples a faithful scene that compiles`, async () => {
      const scene = template.sample(createRng(`ci:${template.id}`));
      assert.deepEqual(structuralProblems(scene), []);
      assert.ok(scene.requests.length >= 7, `${scene.requests.length} requests`);
      const compiled = await compiler.compile(scene.code);
      assert.equal(compiled.ok, true, `${template.id}: ${compiled.errorCode} ${compiled.message}\n${scene.code}`);
    });
  }
});

test('sampling is deterministic for a given seed', () => {
  for (const template of TEMPLATES) {
    const a = template.sample(createRng(`det:${template.id}`));
    const b = template.sample(createRng(`det:${template.id}`));
    assert.deepEqual(a, b, template.id);
  }
});
