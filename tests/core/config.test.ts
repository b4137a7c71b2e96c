import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, ROOT_DIR } from '../../core/config.ts';
import { ConfigError } from '../../core/errors.ts';

test('loadConfig gives documented defaults on an empty environment', () => {
  const config = loadConfig({});
  assert.equal(config.dataDir, path.join(ROOT_DIR, 'var'));
  assert.equal(config.dbPath, path.join(ROOT_DIR, 'var', 'asybot.sqlite'));
  assert.equal(config.compile.timeoutMs, 10_000);
  assert.equal(config.compile.concurrency, os.availableParallelism());
  assert.equal(config.compile.cacheDir, path.join(ROOT_DIR, 'var', 'compile-cache'));
  assert.deepEqual(config.generation, { kind: 'retrieval', corpusDir: null });
});

test('loadConfig reads the generator kind and corpus dir, and names ASYBOT_GENERATOR when it is unknown', () => {
  const config = loadConfig({ ASYBOT_GENERATOR: 'retrieval', ASYBOT_CORPUS_DIR: 'corpora/mine' });
  assert.equal(config.generation.kind, 'retrieval');
  assert.equal(config.generation.corpusDir, path.resolve('corpora/mine'));
  assert.throws(() => loadConfig({ ASYBOT_GENERATOR: 'gpt-9' }), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.match(error.message, /^ASYBOT_GENERATOR must be one of retrieval, got "gpt-9"/);
    return true;
  });
});

test('loadConfig reads overrides and can keep the cache in memory only', () => {
  const config = loadConfig({ ASYBOT_DATA_DIR: '/srv/asybot', ASYBOT_COMPILE_TIMEOUT_MS: '5000', ASYBOT_CACHE_DIR: 'off' });
  assert.equal(config.dbPath, '/srv/asybot/asybot.sqlite');
  assert.equal(config.compile.timeoutMs, 5000);
  assert.equal(config.compile.cacheDir, null);
});

test('loadConfig names the variable when a value is malformed', () => {
  for (const [name, value] of [['ASYBOT_COMPILE_TIMEOUT_MS', 'soon'], ['ASYBOT_COMPILE_CONCURRENCY', '0'], ['ASYBOT_COMPILE_MEMORY_MB', '1.5']]) {
    assert.throws(() => loadConfig({ [name!]: value }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.code, 'CONFIG_INVALID');
      assert.match(error.message, new RegExp(`^${name}`));
      return true;
    });
  }
});
