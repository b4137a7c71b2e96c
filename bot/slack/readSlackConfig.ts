import { ConfigError } from '../../core/errors.ts';

/** How the bot receives Slack's events. */
export type SlackMode = 'socket' | 'http';

/** The Slack adapter's settings, read once from the environment. Each field names its variable and default. */
export interface SlackConfig {
  /** SLACK_BOT_TOKEN, required: the bot user's token (xoxb-…) for every Web API call. */
  botToken: string;
  /** SLACK_MODE, default 'socket': Socket Mode (outbound WebSocket only; works behind a school firewall) or 'http'. */
  mode: SlackMode;
  /** SLACK_APP_TOKEN, required in socket mode: the app-level token (xapp-…) with connections:write. */
  appToken: string | undefined;
  /** SLACK_SIGNING_SECRET, required in http mode: verifies that requests to /slack/events come from Slack. */
  signingSecret: string | undefined;
  /** SLACK_PORT, default 3000 (http mode; 0 picks a free port). */
  port: number;
  /** SLACK_HOST, default all interfaces (http mode). */
  host: string | undefined;
  /** SLACK_ADMIN_USERS, default none: comma-separated Slack user ids allowed to run `/asybot` admin commands. */
  adminUsers: ReadonlySet<string>;
  /** SLACK_API_URL, default Slack's own (https://slack.com/api/); tests point it at a local fake. */
  apiUrl: string | undefined;
  /** SLACK_LOG_LEVEL, default 'info': Bolt's log level (debug, info, warn, error). */
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function required(env: Env, name: string, why: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError('CONFIG_MISSING', `${name} is required ${why}`);
  return value;
}

/** Builds the Slack config from env. Throws ConfigError naming the missing or malformed variable (never its value). */
export function readSlackConfig(env: Env = process.env): SlackConfig {
  const botToken = required(env, 'SLACK_BOT_TOKEN', 'to run the Slack bot (the xoxb- bot token from the app settings)');
  const modeRaw = env.SLACK_MODE?.trim() || 'socket';
  if (modeRaw !== 'socket' && modeRaw !== 'http') {
    throw new ConfigError('CONFIG_INVALID', `SLACK_MODE must be socket or http, got "${modeRaw}"`);
  }
  const mode: SlackMode = modeRaw;
  const appToken = mode === 'socket'
    ? required(env, 'SLACK_APP_TOKEN', 'in socket mode (an xapp- app-level token with connections:write)')
    : env.SLACK_APP_TOKEN?.trim() || undefined;
  const signingSecret = mode === 'http'
    ? required(env, 'SLACK_SIGNING_SECRET', 'in http mode (Basic Information → Signing Secret)')
    : env.SLACK_SIGNING_SECRET?.trim() || undefined;

  const portRaw = env.SLACK_PORT?.trim() || '3000';
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError('CONFIG_INVALID', `SLACK_PORT must be an integer between 0 and 65535, got "${portRaw}"`);
  }

  const adminUsers = new Set((env.SLACK_ADMIN_USERS ?? '').split(',').map((id) => id.trim()).filter(Boolean));
  for (const id of adminUsers) {
    if (!/^[UW][A-Z0-9]+$/.test(id)) {
      throw new ConfigError('CONFIG_INVALID', `SLACK_ADMIN_USERS must list Slack user ids like U0123ABCD, got "${id}"`);
    }
  }

  let apiUrl = env.SLACK_API_URL?.trim() || undefined;
  if (apiUrl !== undefined) {
    if (!/^https?:\/\/[^/]+/.test(apiUrl)) {
      throw new ConfigError('CONFIG_INVALID', `SLACK_API_URL must be an http(s) URL, got "${apiUrl}"`);
    }
    if (!apiUrl.endsWith('/')) apiUrl += '/'; // WebClient appends the method name directly
  }

  const logLevelRaw = env.SLACK_LOG_LEVEL?.trim() || 'info';
  const logLevel = LOG_LEVELS.find((level) => level === logLevelRaw);
  if (logLevel === undefined) {
    throw new ConfigError('CONFIG_INVALID', `SLACK_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevelRaw}"`);
  }

  return {
    botToken,
    mode,
    appToken,
    signingSecret,
    port,
    host: env.SLACK_HOST?.trim() || undefined,
    adminUsers,
    apiUrl,
    logLevel,
  };
}
