import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Events, GatewayIntentBits, type Interaction, type Message } from 'discord.js';
import { AsybotError, ConfigError } from '../../core/errors.ts';
import type { AsybotService } from '../../core/service/types.ts';
import type { BotContext } from './context.ts';
import { handleInteraction } from './handleInteraction.ts';
import * as mentionRender from './listeners/mentionRender.ts';
import { logError, logInfo } from './log.ts';
import { readDiscordConfig } from './readDiscordConfig.ts';
import { createCodeMemory } from './replies/createCodeMemory.ts';

/** How long stop() waits for answers in progress before closing the connection, ms. */
const STOP_GRACE_MS = 15_000;

/**
 * Connects asybot to Discord over the gateway and answers slash commands, buttons and forms by calling `service`.
 * Resolves once the bot is ready (logged in, guilds received); rejects with a ConfigError for a bad token or a
 * privileged intent the application was not granted. Slash commands are registered separately (registerCommands.ts).
 * The service stays the caller's: stop() closes the Discord connection, not the service.
 */
export async function startDiscordBot(service: AsybotService, env: Record<string, string | undefined> = process.env): Promise<{ stop(): Promise<void> }> {
  const config = readDiscordConfig(env);
  const context: BotContext = { service, config, codeMemory: createCodeMemory() };
  // Slash commands and buttons need no privileged intent; reading mentions' text is opt-in (see readDiscordConfig).
  const intents = [GatewayIntentBits.Guilds];
  if (config.messageContent) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    rest: { api: config.apiUrl },
    // Captions and code are user text: never let them ping @everyone, roles or users.
    allowedMentions: { parse: [], repliedUser: false },
  });

  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  const onInteraction = (interaction: Interaction) => track(handleInteraction(interaction, context));
  const onMessage = (message: Message) => track(mentionRender.execute(message, context).catch((error: unknown) => logError('mention reply failed', error)));
  client.on(Events.InteractionCreate, onInteraction);
  if (config.messageContent) client.on(mentionRender.event, onMessage);
  client.on(Events.Error, (error) => logError('client error', error));
  client.on(Events.ShardDisconnect, (event, shardId) => logError(`shard ${shardId} disconnected for good`, `close code ${event.code}`));

  const ready = once(client, Events.ClientReady);
  // If login fails, its own rejection carries the reason; this only keeps `ready` from rejecting unobserved.
  ready.catch(() => undefined);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw describeLoginFailure(error, config.messageContent);
  }
  logInfo(`logged in as ${client.user?.tag ?? '?'} (application ${config.applicationId}); ${config.messageContent ? 'answering mentions too' : 'slash commands only'}`);

  return {
    async stop() {
      client.off(Events.InteractionCreate, onInteraction);
      client.off(mentionRender.event, onMessage);
      const grace = new AbortController();
      await Promise.race([
        Promise.allSettled([...inFlight]),
        sleep(STOP_GRACE_MS, undefined, { signal: grace.signal }).catch(() => undefined),
      ]);
      grace.abort();
      await client.destroy();
    },
  };
}

/** Turns discord.js's login failures into errors that say which setting to fix (never echoing the token). */
function describeLoginFailure(error: unknown, messageContent: boolean): Error {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'TokenInvalid' || /401|invalid token/i.test(message)) {
    return new ConfigError('CONFIG_INVALID', 'Discord refused DISCORD_TOKEN (401 Unauthorized): copy a fresh token from the Developer Portal (Bot → Reset Token)', { cause: error });
  }
  if (/disallowed intents/i.test(message)) {
    return new ConfigError('CONFIG_INVALID', messageContent
      ? 'Discord refused the Message Content intent (close 4014) that DISCORD_MESSAGE_CONTENT=1 asks for: enable it in the Developer Portal (Bot → Privileged Gateway Intents) or unset DISCORD_MESSAGE_CONTENT'
      : 'Discord refused the gateway intents (close 4014)', { cause: error });
  }
  return new AsybotError('DISCORD_LOGIN_FAILED', `could not connect to Discord: ${message}`, { cause: error });
}
