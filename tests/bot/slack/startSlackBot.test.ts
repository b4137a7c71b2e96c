import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startSlackBot } from '../../../bot/slack/startSlackBot.ts';
import { ConfigError } from '../../../core/errors.ts';
import type { AsybotService } from '../../../core/service/types.ts';
import { refusedConnections, startFakeSlack } from '../../helpers/fakeSlack/index.ts';

// Start-up failures happen before any request reaches the service.
const unusedService = {} as AsybotService;

test('a missing token stops start-up with a ConfigError naming the variable', async () => {
  await assert.rejects(startSlackBot(unusedService, { SLACK_MODE: 'http' }), (error: unknown) =>
    error instanceof ConfigError && /SLACK_BOT_TOKEN/.test(error.message));
});

test('a token Slack refuses fails start-up at auth.test, without echoing the token', async () => {
  const fake = await startFakeSlack();
  try {
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-wrong-and-secret',
      SLACK_MODE: 'http',
      SLACK_SIGNING_SECRET: 'signing-secret-value',
      SLACK_PORT: '0',
      SLACK_HOST: '127.0.0.1',
      SLACK_API_URL: fake.apiUrl,
      SLACK_LOG_LEVEL: 'error',
    };
    await assert.rejects(startSlackBot(unusedService, env, { retryConfig: { retries: 0 } }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.code, 'SLACK_AUTH_FAILED');
      assert.match(error.message, /invalid_auth/);
      assert.ok(!error.message.includes('xoxb-wrong-and-secret') && !error.message.includes('signing-secret-value'));
      return true;
    });
    assert.equal(fake.callsTo('auth.test')[0]!.authorization, 'Bearer xoxb-wrong-and-secret');
  } finally {
    await fake.close();
  }
  assert.deepEqual(refusedConnections, []);
});
