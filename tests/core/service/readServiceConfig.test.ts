import assert from 'node:assert/strict';
import os from 'node:os';
import { test } from 'node:test';
import { ConfigError } from '../../../core/errors.ts';
import { readServiceConfig } from '../../../core/service/readServiceConfig.ts';

test('service config has documented defaults', () => {
  const config = readServiceConfig({});
  assert.deepEqual({ ...config, admins: [...config.admins] }, {
    rateLimitRequests: 6,
    rateLimitWindowS: 60,
    concurrency: Math.max(1, os.availableParallelism()),
    queueMax: 32,
    maxRequestChars: 2000,
    requestTimeoutMs: 90_000,
    maxAttempts: 3,
    admins: [],
  });
});

test('service config reads every variable', () => {
  const config = readServiceConfig({
    ASYBOT_RATE_LIMIT_REQUESTS: '3', ASYBOT_RATE_LIMIT_WINDOW_S: '30', ASYBOT_SERVICE_CONCURRENCY: '4',
    ASYBOT_SERVICE_QUEUE_MAX: '0', ASYBOT_MAX_REQUEST_CHARS: '500', ASYBOT_REQUEST_TIMEOUT_MS: '5000',
    ASYBOT_MAX_ATTEMPTS: '1', ASYBOT_ADMINS: ' discord:123 , slack:U0ABC,console:me ',
  });
  assert.equal(config.rateLimitRequests, 3);
  assert.equal(config.queueMax, 0);
  assert.deepEqual([...config.admins], ['discord:123', 'slack:U0ABC', 'console:me']);
});

test('a malformed value stops start-up with an error naming the variable', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ ASYBOT_RATE_LIMIT_REQUESTS: 'lots' }, /ASYBOT_RATE_LIMIT_REQUESTS must be an integer between 1 and 100000, got "lots"/],
    [{ ASYBOT_SERVICE_CONCURRENCY: '0' }, /ASYBOT_SERVICE_CONCURRENCY/],
    [{ ASYBOT_REQUEST_TIMEOUT_MS: '1.5' }, /ASYBOT_REQUEST_TIMEOUT_MS/],
    [{ ASYBOT_ADMINS: 'teams:42' }, /ASYBOT_ADMINS must list platform:userId pairs .* got "teams:42"/],
    [{ ASYBOT_ADMINS: 'discord:' }, /ASYBOT_ADMINS/],
  ];
  for (const [env, message] of cases) {
    assert.throws(() => readServiceConfig(env), (error: unknown) => error instanceof ConfigError && error.code === 'CONFIG_INVALID' && message.test(error.message));
  }
});
