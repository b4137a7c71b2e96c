// Raw API objects (v10 JSON shapes) the fake sends: users, members, the guild, channels, messages.
import { nextSnowflake } from './snowflake.ts';

/** Permission bits (Discord's numbering), as BigInt because several are above 2^31. */
export const PERMISSIONS = {
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** What an ordinary member of a class server may do in its channels. */
export const MEMBER_PERMISSIONS = PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages | PERMISSIONS.EmbedLinks
  | PERMISSIONS.AttachFiles | PERMISSIONS.ReadMessageHistory | PERMISSIONS.UseApplicationCommands
  | PERMISSIONS.AddReactions | PERMISSIONS.SendMessagesInThreads;
/** What the bot is granted on install (it starts threads under its replies). */
export const BOT_PERMISSIONS = MEMBER_PERMISSIONS | PERMISSIONS.CreatePublicThreads;

export const CHANNEL_TYPES = { GuildText: 0, DM: 1, PublicThread: 11 } as const;

export interface FakeUser {
  id: string;
  username: string;
  /** Role ids the member holds in the fake guild. */
  roles: string[];
  /** Computed channel permissions, as Discord sends them in interactions. */
  permissions: bigint;
  bot?: boolean;
}

export function apiUser(user: FakeUser): Record<string, unknown> {
  return {
    id: user.id, username: user.username, global_name: user.username, discriminator: '0', avatar: null,
    bot: user.bot ?? false, public_flags: 0, avatar_decoration_data: null,
  };
}

export function apiMember(user: FakeUser): Record<string, unknown> {
  return {
    user: apiUser(user), roles: user.roles, permissions: user.permissions.toString(), joined_at: '2025-09-01T08:00:00.000Z',
    deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null,
    communication_disabled_until: null,
  };
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  textChannelId: string;
  adminRoleId: string;
}

export function apiTextChannel(guild: FakeGuild): Record<string, unknown> {
  return {
    id: guild.textChannelId, type: CHANNEL_TYPES.GuildText, guild_id: guild.id, name: 'geometry', position: 0,
    permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0, flags: 0,
  };
}

export function apiGuild(guild: FakeGuild, botUser: FakeUser): Record<string, unknown> {
  const role = (id: string, name: string, permissions: bigint, position: number) => ({
    id, name, permissions: permissions.toString(), position, color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null,
  });
  return {
    id: guild.id, name: guild.name, icon: null, splash: null, discovery_splash: null, owner_id: guild.ownerId,
    afk_channel_id: null, afk_timeout: 300, verification_level: 1, default_message_notifications: 1, explicit_content_filter: 0,
    roles: [role(guild.id, '@everyone', MEMBER_PERMISSIONS, 0), role(guild.adminRoleId, 'Teaching assistant', MEMBER_PERMISSIONS, 1)],
    emojis: [], stickers: [], features: [], mfa_level: 0, application_id: null, system_channel_id: null, system_channel_flags: 0,
    rules_channel_id: null, vanity_url_code: null, description: null, banner: null, premium_tier: 0, premium_subscription_count: 0,
    preferred_locale: 'en-US', public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false,
    joined_at: '2025-09-01T08:00:00.000Z', large: false, unavailable: false, member_count: 30,
    voice_states: [], members: [apiMember({ ...botUser, roles: [], permissions: BOT_PERMISSIONS })], channels: [apiTextChannel(guild)],
    threads: [], presences: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
}

export interface FakeAttachment {
  id: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** A message as the fake stores it; `toApiMessage` renders the JSON Discord would return. */
export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  author: FakeUser;
  content: string;
  /** 64 = ephemeral, 128 = loading ("asybot is thinking…"). */
  flags: number;
  components: unknown[];
  attachments: FakeAttachment[];
  /** Set when the message is an interaction response or follow-up. */
  webhookId: string | null;
  interactionId: string | null;
  referencedMessageId: string | null;
  threadId: string | null;
  deleted: boolean;
  /** Every content the message has had, oldest first. */
  contentHistory: string[];
  createdAt: string;
  editedAt: string | null;
}

export function newMessage(fields: Pick<FakeMessage, 'channelId' | 'guildId' | 'author'> & Partial<FakeMessage>): FakeMessage {
  return {
    id: nextSnowflake(), content: '', flags: 0, components: [], attachments: [], webhookId: null, interactionId: null,
    referencedMessageId: null, threadId: null, deleted: false, contentHistory: [], createdAt: new Date().toISOString(),
    editedAt: null, ...fields,
  };
}

export function toApiMessage(message: FakeMessage, baseUrl: string, mentions: FakeUser[] = []): Record<string, unknown> {
  return {
    id: message.id, channel_id: message.channelId, ...(message.guildId ? { guild_id: message.guildId } : {}),
    author: apiUser(message.author), content: message.content, timestamp: message.createdAt, edited_timestamp: message.editedAt,
    tts: false, mention_everyone: false, mentions: mentions.map(apiUser), mention_roles: [], mention_channels: [],
    attachments: message.attachments.map((attachment) => ({
      id: attachment.id, filename: attachment.filename, size: attachment.data.length, content_type: attachment.contentType,
      url: `${baseUrl}/attachments/${message.channelId}/${attachment.id}/${attachment.filename}`,
      proxy_url: `${baseUrl}/attachments/${message.channelId}/${attachment.id}/${attachment.filename}`,
    })),
    embeds: [], reactions: [], pinned: false, type: message.referencedMessageId ? 19 : 0, flags: message.flags,
    components: message.components, ...(message.webhookId ? { webhook_id: message.webhookId, application_id: message.webhookId } : {}),
    ...(message.referencedMessageId ? { message_reference: { type: 0, message_id: message.referencedMessageId, channel_id: message.channelId, guild_id: message.guildId } } : {}),
  };
}
