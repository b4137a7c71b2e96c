import { ConfigError } from '../../core/errors.ts';

/** The Discord front end's settings, read once from the environment at start-up. */
export interface DiscordConfig {
  /** DISCORD_TOKEN, required: the bot token (Developer Portal → Bot). Never logged. */
  token: string;
  /** DISCORD_APPLICATION_ID, required: the application (client) id; slash commands are registered under it. */
  applicationId: string;
  /** DISCORD_ADMIN_ROLE_ID, optional: members with this role are admins, besides those with Manage Server. */
  adminRoleId: string | null;
  /** DISCORD_API_URL, default Discord's own `https://discord.com/api` (tests point it at a local fake). */
  apiUrl: string;
  /**
   * DISCORD_MESSAGE_CONTENT=1, default off: also answer messages that mention the bot with an `[asy]` block or a
   * code fence. Adds the GuildMessages intent and the privileged MessageContent intent, which must be switched on
   * in the Developer Portal (Bot → Privileged Gateway Intents) or the gateway refuses the login (close code 4014).
   */
  messageContent: boolean;
}

export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';

type Env = Record<string, string | undefined>;

/** Snowflakes are unsigned 64-bit integers written in decimal: 17–20 digits for any real id. */
const SNOWFLAKE = /^\d{17,20}$/;

export function readDiscordConfig(env: Env = process.env): DiscordConfig {
  const token = required(env, 'DISCORD_TOKEN', 'the bot token from the Developer Portal (Bot → Reset Token)');
  if (/\s/.test(token)) throw new ConfigError('CONFIG_INVALID', 'DISCORD_TOKEN must not contain spaces (give the token alone, without "Bot ")');
  const applicationId = required(env, 'DISCORD_APPLICATION_ID', 'the application id from the Developer Portal (General Information)');
  if (!SNOWFLAKE.test(applicationId)) {
    throw new ConfigError('CONFIG_INVALID', `DISCORD_APPLICATION_ID must be a numeric Discord id (17–20 digits), got "${applicationId}"`);
  }
  const adminRoleId = env.DISCORD_ADMIN_ROLE_ID?.trim() || null;
  if (adminRoleId !== null && !SNOWFLAKE.test(adminRoleId)) {
    throw new ConfigError('CONFIG_INVALID', `DISCORD_ADMIN_ROLE_ID must be a numeric Discord role id (17–20 digits), got "${adminRoleId}"`);
  }
  const apiUrl = (env.DISCORD_API_URL?.trim() || DEFAULT_DISCORD_API_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl) || !URL.canParse(apiUrl)) {
    throw new ConfigError('CONFIG_INVALID', `DISCORD_API_URL must be an http(s) URL such as ${DEFAULT_DISCORD_API_URL}, got "${apiUrl}"`);
  }
  const flag = env.DISCORD_MESSAGE_CONTENT?.trim() ?? '';
  if (!['', '0', '1'].includes(flag)) {
    throw new ConfigError('CONFIG_INVALID', `DISCORD_MESSAGE_CONTENT must be 1 (on) or 0 (off), got "${flag}"`);
  }
  return { token, applicationId, adminRoleId, apiUrl, messageContent: flag === '1' };
}

function required(env: Env, name: string, what: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError('CONFIG_MISSING', `${name} is not set: it should hold ${what}`);
  return value;
}
