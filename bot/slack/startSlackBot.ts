import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, SocketModeReceiver, type webApi } from '@slack/bolt';
import { ConfigError } from '../../core/errors.ts';
import type { AsybotService } from '../../core/service/types.ts';
import { registerListeners } from './listeners/index.ts';
import { describe } from './postStatusMessage.ts';
import { readSlackConfig, type SlackConfig } from './readSlackConfig.ts';
import { createReplyMemory } from './rememberReplies.ts';
import type { SlackContext, SlackLog } from './slackContext.ts';

export interface SlackBot {
  stop(): Promise<void>;
  /** The port /slack/events listens on (http mode). */
  port?: number;
}

export interface SlackBotOptions {
  /**
   * How the Web API client retries (after waiting out a 429's Retry-After). A literal object: importing
   * `retryPolicies` from @slack/web-api fails under ESM. Tests pass a fast one.
   */
  retryConfig?: webApi.RetryOptions;
}

/** Default retries: about a minute in all on top of any Retry-After, long enough for a burst, short for a classroom. */
const RETRY_CONFIG: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 1_000, maxTimeout: 20_000, randomize: true };

const LOG_LEVELS: Record<SlackConfig['logLevel'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/** How long stop() waits for Slack to answer the WebSocket close handshake, ms. */
const CLOSE_WAIT_MS = 5_000;

interface BuiltApp {
  app: App;
  /** Socket Mode only: resolves once the WebSocket is closed (Bolt's stop() does not wait for it). */
  disconnected?: () => Promise<void>;
}

function createApp(config: SlackConfig, retryConfig: webApi.RetryOptions): BuiltApp {
  const logLevel = LOG_LEVELS[config.logLevel];
  const clientOptions = { retryConfig, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) };
  const common = {
    token: config.botToken,
    logLevel,
    // auth.test runs in init() below, so a bad token fails start-up instead of the first request.
    deferInitialization: true,
    clientOptions,
  };
  if (config.mode === 'http') return { app: new App({ ...common, signingSecret: config.signingSecret ?? '' }) };
  // Built here (not by App) to hold its client: stop() must wait for the close handshake, or the library's
  // 30 s handshake timer outlives the bot.
  const receiver = new SocketModeReceiver({ appToken: config.appToken ?? '', logLevel, installerOptions: { clientOptions } });
  const disconnected = (): Promise<void> => new Promise((resolve) => {
    const timer = setTimeout(resolve, CLOSE_WAIT_MS);
    receiver.client.once('disconnected', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return { app: new App({ ...common, receiver }), disconnected };
}

/**
 * Starts the Slack front end over `service`: Socket Mode by default, HTTP (/slack/events) with SLACK_MODE=http.
 * The same listeners serve both. Resolves once connected (socket) or listening (http); `stop()` disconnects.
 */
export async function startSlackBot(
  service: AsybotService,
  env: Record<string, string | undefined> = process.env,
  options: SlackBotOptions = {},
): Promise<SlackBot> {
  const config = readSlackConfig(env);
  const { app, disconnected } = createApp(config, options.retryConfig ?? RETRY_CONFIG);
  const log: SlackLog = {
    info: (message) => app.logger.info(message),
    warn: (message) => app.logger.warn(message),
    error: (message) => app.logger.error(message),
  };
  const ctx: SlackContext = { service, config, replies: createReplyMemory(), log };
  registerListeners(app, ctx);
  // A failing listener is logged and the app keeps serving the next event.
  app.error(async (error) => log.error(`listener failed: ${describe(error)}`));

  try {
    await app.init();
  } catch (error) {
    throw new ConfigError('SLACK_AUTH_FAILED', `Slack refused SLACK_BOT_TOKEN at auth.test: ${describe(error)}`, { cause: error });
  }

  if (disconnected !== undefined) {
    await app.start();
    log.info('asybot connected to Slack (Socket Mode)');
    return {
      async stop() {
        const closed = disconnected();
        await app.stop();
        await closed;
      },
    };
  }
  const server = (await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) })) as Server;
  const port = (server.address() as AddressInfo).port;
  log.info(`asybot listening for Slack on port ${port} (/slack/events)`);
  return { port, stop: () => app.stop().then(() => undefined) };
}
