import { BaseInteraction, PermissionFlagsBits, type GuildMember, type Interaction, type Message, type PermissionsBitField } from 'discord.js';
import type { Requester } from '../../../core/service/types.ts';
import type { DiscordConfig } from '../readDiscordConfig.ts';

/** Who is asking, for the service: the Discord user id, where, and whether they are an admin. */
export function toRequester(source: Interaction | Message, config: DiscordConfig): Requester {
  const isInteraction = source instanceof BaseInteraction;
  const userId = isInteraction ? source.user.id : source.author.id;
  const permissions = isInteraction ? source.memberPermissions : source.member?.permissions ?? null;
  return {
    platform: 'discord',
    userId,
    isAdmin: isAdmin(permissions, roleIdsOf(source.member), config.adminRoleId),
    ...(source.guildId ? { guildId: source.guildId } : {}),
    ...(source.channelId ? { channelId: source.channelId } : {}),
  };
}

/** An admin holds Manage Server in this guild, or the role named by DISCORD_ADMIN_ROLE_ID. Outside guilds: nobody. */
export function isAdmin(permissions: Readonly<PermissionsBitField> | null, roleIds: readonly string[], adminRoleId: string | null): boolean {
  if (permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return adminRoleId !== null && roleIds.includes(adminRoleId);
}

/** Interactions carry either a cached GuildMember or the raw API member (roles as an id array). */
function roleIdsOf(member: GuildMember | { roles: string[] } | null | undefined | unknown): string[] {
  if (!member || typeof member !== 'object' || !('roles' in member)) return [];
  const roles = (member as { roles: unknown }).roles;
  if (Array.isArray(roles)) return roles.map(String);
  return [...(member as GuildMember).roles.cache.keys()];
}
