import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execa } from 'execa';
import path from 'node:path';
import { startDiscordBot } from '../../../bot/discord/startDiscordBot.ts';
import { registerCommands } from '../../../bot/discord/registerCommands.ts';
import { ROOT_DIR } from '../../../core/config.ts';
import { ConfigError } from '../../../core/errors.ts';
import type { AsybotService } from '../../../core/service/types.ts';
import { guardLoopback, refusedConnections } from '../../helpers/fakeDiscord/guardLoopback.ts';
import { PRIVILEGED_INTENTS, startFakeDiscord, type FakeDiscord } from '../../helpers/fakeDiscord/index.ts';
import { startHarness } from './discordHarness.ts';

guardLoopback();
after(() => assert.deepEqual(refusedConnections, []));

/** Start-up never calls the service; anything it did call would throw here. */
const untouchedService = new Proxy({}, { get: (_target, name) => { throw new Error(`service.${String(name)} used during start-up`); } }) as AsybotService;

function envFor(fake: FakeDiscord, extra: Record<string, string> = {}) {
  return { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, ...extra };
}

test('the gateway handshake: GET /gateway/bot with the bot token, HELLO, IDENTIFY with Guilds only, READY, heartbeats acked', async () => {
  const h = await startHarness({ fake: { heartbeatIntervalMs: 300 } });
  try {
    const { fake } = h;
    const gatewayInfo = fake.requests.find((request) => request.path === '/gateway/bot')!;
    assert.equal(gatewayInfo.method, 'GET');
    assert.equal(gatewayInfo.headers.authorization, `Bot ${fake.token}`);
    assert.equal(gatewayInfo.status, 200);

    const frames = fake.gatewayFrames;
    assert.equal(frames[0]!.direction, 'out');
    assert.equal(frames[0]!.op, 10, 'HELLO first');
    const identify = frames.find((frame) => frame.direction === 'in' && frame.op === 2)!;
    const d = identify.d as { token: string; intents: number; properties: { os: string } };
    assert.equal(d.token, fake.token);
    assert.equal(d.intents, 1, 'GatewayIntentBits.Guilds only: no privileged intent by default');
    assert.deepEqual(frames.filter((frame) => frame.direction === 'out' && frame.op === 0).slice(0, 2).map((frame) => frame.t), ['READY', 'GUILD_CREATE']);

    await new Promise((resolve) => setTimeout(resolve, 800));
    const session = fake.gatewaySessions[0]!;
    assert.ok(session.heartbeats >= 1, 'the client heartbeats');
    assert.equal(frames.filter((frame) => frame.op === 11).length, session.heartbeats, 'every heartbeat acked');
    assert.equal(fake.requests.filter((request) => request.method === 'PUT').length, 0, 'start-up registers no commands');

    // Discord restarts a gateway node: the client resumes at READY's resume_gateway_url and keeps answering.
    fake.dropGateway(4000);
    const started = Date.now();
    while (!fake.gatewaySessions.some((s) => s.resumed) && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 50));
    const resumed = fake.gatewaySessions.find((s) => s.resumed)!;
    assert.ok(resumed, 'the client resumed');
    assert.equal(resumed.id, session.id);
    assert.equal(fake.gatewayFrames.filter((frame) => frame.direction === 'in' && frame.op === 2).length, 1, 'no second IDENTIFY');
    const interaction = fake.sendCommand({ user: fake.users.student, name: 'asybot', subcommand: 'status' });
    await fake.waitForRequest((request) => request.path.includes(interaction.token) && request.method === 'PATCH' && request.status === 200);
  } finally {
    await h.close();
  }
});

test('stop() closes the gateway connection', async () => {
  const fake = await startFakeDiscord();
  try {
    const bot = await startDiscordBot(untouchedService, envFor(fake));
    const session = await fake.waitForIdentify();
    await bot.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.notEqual(session.socket.readyState, session.socket.OPEN);
  } finally {
    await fake.close();
  }
});

test('a wrong token fails start-up with a ConfigError that does not echo it', async () => {
  const fake = await startFakeDiscord();
  try {
    const wrong = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gwrong.not-the-right-token-at-all';
    await assert.rejects(startDiscordBot(untouchedService, envFor(fake, { DISCORD_TOKEN: wrong })), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /DISCORD_TOKEN/);
      assert.ok(!error.message.includes(wrong));
      return true;
    });
  } finally {
    await fake.close();
  }
});

test('DISCORD_MESSAGE_CONTENT=1 without the intent enabled in the portal: the gateway closes with 4014 and start-up says what to enable', async () => {
  const fake = await startFakeDiscord({ allowedPrivilegedIntents: 0 });
  try {
    await assert.rejects(startDiscordBot(untouchedService, envFor(fake, { DISCORD_MESSAGE_CONTENT: '1' })), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /Message Content intent .*4014.*Developer Portal/);
      return true;
    });
    assert.equal(fake.gatewaySessions[0]!.closeCode, 4014);
  } finally {
    await fake.close();
  }
  const granted = await startFakeDiscord({ allowedPrivilegedIntents: PRIVILEGED_INTENTS });
  try {
    const bot = await startDiscordBot(untouchedService, envFor(granted, { DISCORD_MESSAGE_CONTENT: '1' }));
    await bot.stop();
  } finally {
    await granted.close();
  }
});

test('registerCommands PUTs /diagram, /render and /asybot to /applications/{id}/commands', async () => {
  const fake = await startFakeDiscord();
  try {
    const { names } = await registerCommands(envFor(fake));
    assert.deepEqual(names, ['diagram', 'render', 'asybot']);
    const put = fake.requests.find((request) => request.method === 'PUT')!;
    assert.equal(put.path, `/applications/${fake.applicationId}/commands`);
    assert.equal(put.headers.authorization, `Bot ${fake.token}`);
    const [diagram, render, asybot] = put.body.json;
    assert.deepEqual(diagram.options.map((option: { name: string; required?: boolean }) => [option.name, option.required ?? false]), [['text', true], ['theme', false]]);
    assert.deepEqual(diagram.options[1].choices.map((choice: { value: string }) => choice.value), ['light', 'dark', 'transparent']);
    assert.deepEqual(render.options.map((option: { name: string }) => option.name), ['code', 'theme']);
    assert.deepEqual(asybot.options.map((option: { name: string; type: number }) => [option.name, option.type]), [['status', 1], ['eval', 1], ['retrain', 1], ['rollback', 1]]);
    assert.equal(asybot.options[3].options[0].name, 'version');
  } finally {
    await fake.close();
  }
});

test('`asybot discord register` registers the commands; without DISCORD_TOKEN it names the variable', async () => {
  const fake = await startFakeDiscord();
  try {
    const result = await execa('node', [path.join(ROOT_DIR, 'bin', 'asybot.js'), 'discord', 'register'], {
      cwd: ROOT_DIR, reject: false, env: envFor(fake), extendEnv: false,
    });
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'registered 3 commands: /diagram, /render, /asybot');
    await assert.rejects(registerCommands({ DISCORD_API_URL: fake.apiUrl, DISCORD_APPLICATION_ID: fake.applicationId }), /DISCORD_TOKEN is not set/);
  } finally {
    await fake.close();
  }
});
