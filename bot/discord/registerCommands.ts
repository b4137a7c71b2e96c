import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commandDefinitions } from './handlers.ts';
import { readDiscordConfig } from './readDiscordConfig.ts';

/**
 * Registers asybot's slash commands globally: PUT /applications/{id}/commands replaces the whole set, so running
 * it twice is harmless. Run on purpose after changing a command's options, never on start-up (Discord rate-limits
 * command updates and they take effect for everyone):
 *   node --import tsx bot/discord/registerCommands.ts      (reads DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_URL)
 */
export async function registerCommands(env: Record<string, string | undefined> = process.env): Promise<{ names: string[] }> {
  const config = readDiscordConfig(env);
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const registered = await rest.put(Routes.applicationCommands(config.applicationId), { body: commandDefinitions() }) as Array<{ name: string }>;
  return { names: registered.map((command) => command.name) };
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && realpathSync(entry) === fileURLToPath(import.meta.url);
}

if (isMain()) {
  try {
    const { names } = await registerCommands();
    process.stdout.write(`registered ${names.length} commands: ${names.map((name) => `/${name}`).join(', ')}\n`);
  } catch (error) {
    process.stderr.write(`asybot: could not register the Discord commands: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof Error && 'code' in error && String(error.code).startsWith('CONFIG') ? 2 : 1;
  }
}
