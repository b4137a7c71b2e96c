import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_DISCORD_API_URL, readDiscordConfig } from '../../../bot/discord/readDiscordConfig.ts';
import { ConfigError } from '../../../core/errors.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-part-of-the-token';
const BASE = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '123456789012345678' };

test('defaults: Discord\'s own API, no admin role, Guilds-only (mentions off)', () => {
  assert.deepEqual(readDiscordConfig(BASE), {
    token: TOKEN, applicationId: '123456789012345678', adminRoleId: null, apiUrl: DEFAULT_DISCORD_API_URL, messageContent: false,
  });
});

test('every variable is read, and a trailing slash on DISCORD_API_URL is dropped', () => {
  const config = readDiscordConfig({ ...BASE, DISCORD_ADMIN_ROLE_ID: '987654321098765432', DISCORD_API_URL: 'http://127.0.0.1:9999/api/', DISCORD_MESSAGE_CONTENT: '1' });
  assert.equal(config.adminRoleId, '987654321098765432');
  assert.equal(config.apiUrl, 'http://127.0.0.1:9999/api');
  assert.equal(config.messageContent, true);
});

test('a missing required variable is named', () => {
  assert.throws(() => readDiscordConfig({ DISCORD_APPLICATION_ID: '123456789012345678' }), (error: Error) =>
    error instanceof ConfigError && error.code === 'CONFIG_MISSING' && /DISCORD_TOKEN is not set/.test(error.message));
  assert.throws(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '  ' }), /DISCORD_APPLICATION_ID is not set/);
});

test('malformed values are named, and the token never appears in a message', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ DISCORD_APPLICATION_ID: 'my-bot' }, /DISCORD_APPLICATION_ID must be a numeric Discord id/],
    [{ DISCORD_ADMIN_ROLE_ID: '@Teachers' }, /DISCORD_ADMIN_ROLE_ID must be a numeric Discord role id/],
    [{ DISCORD_API_URL: 'discord.com/api' }, /DISCORD_API_URL must be an http\(s\) URL/],
    [{ DISCORD_MESSAGE_CONTENT: 'yes' }, /DISCORD_MESSAGE_CONTENT must be 1 \(on\) or 0 \(off\)/],
    [{ DISCORD_TOKEN: `Bot ${TOKEN}` }, /DISCORD_TOKEN must not contain spaces/],
  ];
  for (const [override, message] of cases) {
    assert.throws(() => readDiscordConfig({ ...BASE, ...override }), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, message);
      assert.ok(!error.message.includes('secret-part'), 'the token is never echoed');
      return true;
    });
  }
});
