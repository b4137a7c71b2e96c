import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../core/config.ts';
import { CompileBusyError, createCompileService } from '../../../core/compile/createCompileService.ts';

const cacheRoot = mkdtempSync(path.join(os.tmpdir(), 'asybot-cache-test-'));
after(() => rmSync(cacheRoot, { recursive: true, force: true }));

function serviceWith(overrides: Partial<ReturnType<typeof loadConfig>['compile']>) {
  return createCompileService({ ...loadConfig().compile, cacheDir: null, ...overrides });
}

const CIRCLE = 'size(2cm); draw(unitcircle); label("$O$", (0,0));';

test('a repeated diagram is answered from the cache with the same bytes', async () => {
  const service = serviceWith({});
  const first = await service.compile(CIRCLE);
  const second = await service.compile(CIRCLE);
  assert.equal(first.cached, false);
  assert.equal(second.cached, true);
  assert.ok(second.png!.equals(first.png!));
  assert.ok(second.durationMs < first.durationMs / 5, `${second.durationMs} vs ${first.durationMs}`);
});

test('the theme is part of the cache key', async () => {
  const service = serviceWith({});
  await service.compile(CIRCLE, { theme: 'light' });
  const dark = await service.compile(CIRCLE, { theme: 'dark' });
  assert.equal(dark.cached, false);
});

test('the disk cache survives a restart and a torn entry is compiled again', async () => {
  const cacheDir = path.join(cacheRoot, 'disk');
  const code = 'size(2cm); draw((0,0)--(1,1), blue);';
  const first = await serviceWith({ cacheDir }).compile(code);
  const restarted = await serviceWith({ cacheDir, cacheMemoryMb: 0 }).compile(code);
  assert.equal(restarted.cached, true);
  assert.ok(restarted.png!.equals(first.png!));
  // Corrupt every stored entry: the service must recompile rather than fail.
  for (const shard of readdirSync(cacheDir)) {
    for (const file of readdirSync(path.join(cacheDir, shard))) writeFileSync(path.join(cacheDir, shard, file), '{not json');
  }
  const afterCorruption = await serviceWith({ cacheDir, cacheMemoryMb: 0 }).compile(code);
  assert.equal(afterCorruption.ok, true);
  assert.equal(afterCorruption.cached, false);
});

test('compile errors are cached but timeouts are not', async () => {
  const service = serviceWith({ timeoutMs: 1500 });
  await service.compile('draw(Q);');
  assert.equal((await service.compile('draw(Q);')).cached, true);
  await service.compile('while(true){}');
  const again = await service.compile('while(true){}');
  assert.equal(again.errorCode, 'COMPILE_TIMEOUT');
  assert.equal(again.cached, false);
});

test('the pool runs at most `concurrency` jobs and reports queue positions', async () => {
  const service = serviceWith({ concurrency: 1, queueMax: 10 });
  const positions: number[] = [];
  const jobs = [0, 1, 2].map((i) => service.compile(`size(2cm); draw((0,0)--(${i + 1},1));`, { onQueued: (p) => positions.push(p) }));
  // Jobs reach the queue after their (async) cache lookup; wait for that, bounded.
  for (let i = 0; i < 100 && service.queueLength < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(service.running, 1);
  assert.equal(service.queueLength, 2);
  const results = await Promise.all(jobs);
  assert.deepEqual(results.map((r) => r.ok), [true, true, true]);
  assert.deepEqual(positions, [1, 2]);
  assert.equal(service.running, 0);
  assert.equal(service.queueLength, 0);
});

test('a full queue refuses new work with COMPILE_BUSY instead of growing without bound', async () => {
  const service = serviceWith({ concurrency: 1, queueMax: 1 });
  const running = service.compile('size(2cm); draw((0,0)--(1,2));');
  const waiting = service.compile('size(2cm); draw((0,0)--(2,2));');
  await assert.rejects(service.compile('size(2cm); draw((0,0)--(3,2));'), (error: unknown) => {
    assert.ok(error instanceof CompileBusyError);
    assert.equal(error.code, 'COMPILE_BUSY');
    return true;
  });
  assert.equal((await running).ok && (await waiting).ok, true);
});
