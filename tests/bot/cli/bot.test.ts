import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choosePlatform } from '../../../bot/cli/commands/bot.ts';

test('without --platform the bot picks the platform whose token is set, else the console', () => {
  assert.equal(choosePlatform(undefined, {}), 'console');
  assert.equal(choosePlatform(undefined, { DISCORD_TOKEN: ' ', SLACK_BOT_TOKEN: '' }), 'console');
  assert.equal(choosePlatform(undefined, { DISCORD_TOKEN: 'abc' }), 'discord');
  assert.equal(choosePlatform(undefined, { SLACK_BOT_TOKEN: 'xoxb-1' }), 'slack');
  assert.equal(choosePlatform('console', { DISCORD_TOKEN: 'abc' }), 'console', '--platform wins');
  assert.throws(() => choosePlatform(undefined, { DISCORD_TOKEN: 'a', SLACK_BOT_TOKEN: 'b' }), /choose one with --platform/);
});
