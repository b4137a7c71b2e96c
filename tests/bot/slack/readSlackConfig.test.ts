import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSlackConfig } from '../../../bot/slack/readSlackConfig.ts';
import { ConfigError } from '../../../core/errors.ts';

const SECRET_TOKEN = 'xoxb-1234-very-secret';

function refusal(env: Record<string, string>, variable: RegExp): (error: unknown) => boolean {
  return (error: unknown) => {
    assert.ok(error instanceof ConfigError, String(error));
    assert.match(error.message, variable);
    assert.ok(!error.message.includes(SECRET_TOKEN), 'secrets never appear in messages');
    for (const value of Object.values(env)) if (value.startsWith('x')) assert.ok(!error.message.includes(value));
    return true;
  };
}

test('socket mode is the default and needs the bot and app tokens', () => {
  const config = readSlackConfig({ SLACK_BOT_TOKEN: SECRET_TOKEN, SLACK_APP_TOKEN: 'xapp-1-abc' });
  assert.equal(config.mode, 'socket');
  assert.equal(config.appToken, 'xapp-1-abc');
  assert.equal(config.port, 3000);
  assert.equal(config.apiUrl, undefined);
  assert.deepEqual([...config.adminUsers], []);
});

test('a missing variable is named in the error, its neighbours\' values are not', () => {
  assert.throws(() => readSlackConfig({}), refusal({}, /SLACK_BOT_TOKEN is required/));
  const env = { SLACK_BOT_TOKEN: SECRET_TOKEN };
  assert.throws(() => readSlackConfig(env), refusal(env, /SLACK_APP_TOKEN is required in socket mode/));
  const http = { SLACK_BOT_TOKEN: SECRET_TOKEN, SLACK_MODE: 'http' };
  assert.throws(() => readSlackConfig(http), refusal(http, /SLACK_SIGNING_SECRET is required in http mode/));
});

test('http mode reads the signing secret, port, admins and API URL', () => {
  const config = readSlackConfig({
    SLACK_BOT_TOKEN: SECRET_TOKEN,
    SLACK_MODE: 'http',
    SLACK_SIGNING_SECRET: 'abc',
    SLACK_PORT: '0',
    SLACK_ADMIN_USERS: 'U0TEACHER1, W0ADMIN2 ,',
    SLACK_API_URL: 'http://127.0.0.1:9999/api',
  });
  assert.equal(config.mode, 'http');
  assert.equal(config.port, 0);
  assert.deepEqual([...config.adminUsers], ['U0TEACHER1', 'W0ADMIN2']);
  assert.equal(config.apiUrl, 'http://127.0.0.1:9999/api/', 'a trailing slash is added: WebClient appends the method');
});

test('malformed values are refused with the variable named', () => {
  const base = { SLACK_BOT_TOKEN: SECRET_TOKEN, SLACK_APP_TOKEN: 'xapp-1' };
  assert.throws(() => readSlackConfig({ ...base, SLACK_MODE: 'rtm' }), refusal(base, /SLACK_MODE must be socket or http/));
  assert.throws(() => readSlackConfig({ ...base, SLACK_PORT: '70000' }), refusal(base, /SLACK_PORT/));
  assert.throws(() => readSlackConfig({ ...base, SLACK_ADMIN_USERS: 'alice' }), refusal(base, /SLACK_ADMIN_USERS/));
  assert.throws(() => readSlackConfig({ ...base, SLACK_API_URL: 'slack.com/api' }), refusal(base, /SLACK_API_URL/));
  assert.throws(() => readSlackConfig({ ...base, SLACK_LOG_LEVEL: 'loud' }), refusal(base, /SLACK_LOG_LEVEL/));
});
