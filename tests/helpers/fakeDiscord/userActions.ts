// What users do in the fake guild, as Discord delivers it to the bot: INTERACTION_CREATE for slash commands, button
// clicks and form submissions, MESSAGE_CREATE for messages.
import type { createGateway } from './gateway.ts';
import {
  BOT_PERMISSIONS, CHANNEL_TYPES, apiMember, apiTextChannel, apiUser, newMessage, toApiMessage, type FakeMessage, type FakeUser,
} from './payloads.ts';
import type { InteractionRecord, RestState } from './restApi.ts';
import { nextInteractionToken, nextSnowflake } from './snowflake.ts';

export interface CommandInput {
  user: FakeUser;
  name: string;
  subcommand?: string;
  options?: Record<string, string | number | boolean>;
  /** Sent from a DM with the bot instead of the guild's text channel. */
  inDm?: boolean;
}

const OPTION_TYPE = { subcommand: 1, string: 3, integer: 4, boolean: 5, number: 10 } as const;
const INTERACTION_TYPE = { command: 2, component: 3, modalSubmit: 5 } as const;
const GUILD_MESSAGES_INTENT = 1 << 9;
const MESSAGE_CONTENT_INTENT = 1 << 15;

export function createUserActions({ state, gateway, baseUrl }: { state: RestState; gateway: ReturnType<typeof createGateway>; baseUrl: () => string }) {
  const { guild, botUser, applicationId } = state;

  function channelPayload(inDm: boolean, who: FakeUser) {
    return inDm
      ? { id: nextSnowflake(), type: CHANNEL_TYPES.DM, last_message_id: null, flags: 0, recipients: [apiUser(who)] }
      : apiTextChannel(guild);
  }

  function dispatchInteraction(type: number, who: FakeUser, data: unknown, extra: { inDm?: boolean; sourceMessage?: FakeMessage; channelId?: string } = {}): InteractionRecord {
    const channel = channelPayload(extra.inDm ?? false, who);
    const record: InteractionRecord = {
      id: nextSnowflake(), token: nextInteractionToken(), type, user: who, guildId: extra.inDm ? null : guild.id,
      channelId: extra.channelId ?? String(channel.id), dispatchedAtMs: Date.now(), callbackType: null, callbackAtMs: null,
      originalMessageId: null, sourceMessageId: extra.sourceMessage?.id ?? null, modal: null,
    };
    state.interactions.set(record.id, record);
    gateway.dispatch('INTERACTION_CREATE', {
      id: record.id, application_id: applicationId, type, token: record.token, version: 1, data,
      channel, channel_id: channel.id, locale: 'en-US', entitlements: [], attachment_size_limit: state.attachmentSizeLimit,
      app_permissions: BOT_PERMISSIONS.toString(), context: extra.inDm ? 1 : 0,
      authorizing_integration_owners: extra.inDm ? { '1': who.id } : { '0': guild.id },
      ...(extra.inDm ? { user: apiUser(who) } : { guild_id: guild.id, guild_locale: 'en-US', guild: { id: guild.id, locale: 'en-US', features: [] }, member: apiMember(who) }),
      ...(extra.sourceMessage ? { message: toApiMessage(extra.sourceMessage, baseUrl()) } : {}),
    });
    return record;
  }

  return {
    /** A slash command as the user typed it (CHAT_INPUT). */
    sendCommand(input: CommandInput): InteractionRecord {
      const toOptions = (values: Record<string, string | number | boolean> = {}) => Object.entries(values).map(([name, value]) => ({
        name, value, type: typeof value === 'string' ? OPTION_TYPE.string : typeof value === 'boolean' ? OPTION_TYPE.boolean : Number.isInteger(value) ? OPTION_TYPE.integer : OPTION_TYPE.number,
      }));
      const registered = (state.registeredCommands.get(applicationId) ?? []) as Array<{ id: string; name: string }>;
      const data = {
        id: registered.find((command) => command.name === input.name)?.id ?? nextSnowflake(), name: input.name, type: 1,
        ...(input.inDm ? {} : { guild_id: guild.id }),
        options: input.subcommand ? [{ name: input.subcommand, type: OPTION_TYPE.subcommand, options: toOptions(input.options) }] : toOptions(input.options),
      };
      return dispatchInteraction(INTERACTION_TYPE.command, input.user, data, { inDm: input.inDm });
    },
    /** A click on a button of a message the bot sent. */
    clickButton(who: FakeUser, message: FakeMessage, customId: string): InteractionRecord {
      const exists = message.components.some((row: any) => row.components?.some((component: any) => component.custom_id === customId));
      if (!exists) throw new Error(`fake Discord: message ${message.id} has no button ${customId}`);
      return dispatchInteraction(INTERACTION_TYPE.component, who, { custom_id: customId, component_type: 2 }, { sourceMessage: message, channelId: message.channelId });
    },
    /** Submits the modal the bot opened in answer to `opener`, filling text inputs by custom_id. */
    submitModal(who: FakeUser, opener: InteractionRecord, values: Record<string, string>): InteractionRecord {
      if (!opener.modal) throw new Error('fake Discord: that interaction did not open a modal');
      const fill = (input: any) => ({ type: input.type, id: input.id, custom_id: input.custom_id, value: values[input.custom_id] ?? input.value ?? '' });
      // Discord echoes the form's layout: Label components (type 18) wrap one input, legacy action rows several.
      const components = opener.modal.components.map((top: any) => top.type === 18
        ? { type: 18, id: top.id, component: fill(top.component) }
        : { type: 1, id: top.id, components: top.components.map(fill) });
      const source = opener.sourceMessageId ? state.messages.get(opener.sourceMessageId) : undefined;
      return dispatchInteraction(INTERACTION_TYPE.modalSubmit, who, { custom_id: opener.modal.custom_id, components }, { sourceMessage: source, channelId: opener.channelId });
    },
    /** A user's message in the guild channel; `mentionBot` puts <@bot> in front (Discord then shows the content even without MessageContent). */
    postUserMessage(who: FakeUser, content: string, mentionBot = true): FakeMessage {
      const message = newMessage({ channelId: guild.textChannelId, guildId: guild.id, author: who, content: mentionBot ? `<@${botUser.id}> ${content}` : content });
      state.messages.set(message.id, message);
      const api = toApiMessage(message, baseUrl(), mentionBot ? [botUser] : []);
      for (const session of gateway.sessions) {
        if (!session.identified || session.closeCode !== null || (session.intents & GUILD_MESSAGES_INTENT) === 0) continue;
        const visible = mentionBot || (session.intents & MESSAGE_CONTENT_INTENT) !== 0;
        const { user: _user, ...member } = apiMember(who);
        gateway.dispatchTo(session, 'MESSAGE_CREATE', { ...api, content: visible ? api.content : '', member });
      }
      return message;
    },
  };
}
