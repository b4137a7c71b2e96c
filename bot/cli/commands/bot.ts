import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, Option } from 'commander';
import { loadConfig } from '../../../core/config.ts';
import { AsybotError } from '../../../core/errors.ts';
import { openAsybotService } from '../../../core/service/openAsybotService.ts';
import type { AsybotService, ChatPlatform } from '../../../core/service/types.ts';
import { startConsoleBot } from '../../console/startConsoleBot.ts';

const PLATFORMS: readonly ChatPlatform[] = ['discord', 'slack', 'console'];

interface BotFlags {
  platform?: ChatPlatform;
  out?: string;
}

type Env = Record<string, string | undefined>;
type StartBot = (service: AsybotService, env: Env) => Promise<{ stop(): Promise<void> }>;

/** The chat adapters, loaded only when chosen so a build without one still runs the others. */
const ADAPTERS: Record<Exclude<ChatPlatform, 'console'>, { file: string; exportName: string; label: string }> = {
  discord: { file: '../../discord/startDiscordBot.ts', exportName: 'startDiscordBot', label: 'Discord' },
  slack: { file: '../../slack/startSlackBot.ts', exportName: 'startSlackBot', label: 'Slack' },
};

/**
 * `asybot bot [--platform discord|slack|console]`: runs the chat bot. Without --platform: Discord when only
 * DISCORD_TOKEN is set, Slack when only SLACK_BOT_TOKEN is set, the console when neither is. Exit 0 after a clean
 * stop (/quit, end of input, SIGINT/SIGTERM), 2 for a configuration problem (named), 1 for an internal fault.
 */
export function registerBot(program: Command): void {
  program
    .command('bot')
    .description('run the chat bot on Discord, Slack, or this terminal')
    .addOption(new Option('--platform <platform>', 'where to run (default: from DISCORD_TOKEN / SLACK_BOT_TOKEN, else console)').choices([...PLATFORMS]))
    .option('--out <dir>', 'console: folder for PNGs (default: $ASYBOT_DATA_DIR/console)')
    .action(async (flags: BotFlags) => {
      process.exitCode = await runBot(flags, process.env);
    });
}

export function choosePlatform(flag: ChatPlatform | undefined, env: Env): ChatPlatform {
  if (flag) return flag;
  const discord = Boolean(env.DISCORD_TOKEN?.trim());
  const slack = Boolean(env.SLACK_BOT_TOKEN?.trim());
  if (discord && slack) {
    throw new AsybotError('CONFIG_INVALID', 'both DISCORD_TOKEN and SLACK_BOT_TOKEN are set: choose one with --platform discord|slack');
  }
  return discord ? 'discord' : slack ? 'slack' : 'console';
}

async function runBot(flags: BotFlags, env: Env): Promise<number> {
  try {
    const platform = choosePlatform(flags.platform, env);
    if (platform === 'console') return await runConsole(flags, env);
    return await runChatPlatform(platform, env);
  } catch (error) {
    if (!(error instanceof AsybotError)) throw error;
    process.stderr.write(`asybot: ${error.message}\n`);
    return 2;
  }
}

async function runConsole(flags: BotFlags, env: Env): Promise<number> {
  const outDir = path.resolve(flags.out ?? path.join(loadConfig(env).dataDir, 'console'));
  const service = await openAsybotService({ env, platform: 'console' });
  try {
    await startConsoleBot(service, { input: process.stdin, output: process.stdout, outDir });
  } finally {
    await service.close();
  }
  return 0;
}

async function runChatPlatform(platform: Exclude<ChatPlatform, 'console'>, env: Env): Promise<number> {
  const adapter = ADAPTERS[platform];
  const url = new URL(adapter.file, import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    throw new AsybotError('ADAPTER_MISSING', `the ${adapter.label} adapter (${path.relative(process.cwd(), fileURLToPath(url))}) is not part of this build`);
  }
  const module = (await import(pathToFileURL(fileURLToPath(url)).href)) as Record<string, unknown>;
  const start = module[adapter.exportName] as StartBot | undefined;
  if (typeof start !== 'function') throw new AsybotError('ADAPTER_MISSING', `${adapter.file} does not export ${adapter.exportName}`);

  const service = await openAsybotService({ env, platform });
  let bot: { stop(): Promise<void> };
  try {
    bot = await start(service, env);
  } catch (error) {
    await service.close();
    throw error;
  }
  process.stderr.write(`asybot: ${adapter.label} bot running; Ctrl-C stops it\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  process.stderr.write(`asybot: ${signal}: finishing answers in progress, then stopping\n`);
  try {
    await bot.stop();
  } finally {
    await service.close();
  }
  return 0;
}
