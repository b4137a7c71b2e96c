import type { Command } from 'commander';
import { AsybotError } from '../../../core/errors.ts';

/**
 * `asybot discord register`: registers the slash commands (/diagram, /render, /asybot) with Discord. Run it on
 * purpose after install or after changing a command's options; the bot never does it on start-up. Reads
 * DISCORD_TOKEN, DISCORD_APPLICATION_ID (and DISCORD_API_URL). Exit 2 for a configuration problem, 1 otherwise.
 */
export function registerDiscord(program: Command): void {
  const discord = program.command('discord').description('Discord administration');
  discord
    .command('register')
    .description('register the slash commands with Discord (PUT /applications/{id}/commands)')
    .action(async () => {
      // Loaded on use: only this command and the Discord bot need discord.js.
      const { registerCommands } = await import('../../discord/registerCommands.ts');
      try {
        const { names } = await registerCommands(process.env);
        process.stdout.write(`registered ${names.length} commands: ${names.map((name) => `/${name}`).join(', ')}\n`);
      } catch (error) {
        process.stderr.write(`asybot: could not register the Discord commands: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = error instanceof AsybotError ? 2 : 1;
      }
    });
}
