import type { AsybotService, Requester } from '../../core/service/types.ts';
import type { SlackConfig } from './readSlackConfig.ts';
import type { ReplyMemory } from './rememberReplies.ts';

/** One line per event; never given tokens or secrets. */
export interface SlackLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What every listener gets: built once by startSlackBot. */
export interface SlackContext {
  service: AsybotService;
  config: SlackConfig;
  replies: ReplyMemory;
  log: SlackLog;
}

/** The core's view of a Slack user: admins are the ids in SLACK_ADMIN_USERS. */
export function requesterOf(ctx: SlackContext, ids: { userId: string; teamId?: string | undefined; channelId?: string | undefined }): Requester {
  return {
    platform: 'slack',
    userId: ids.userId,
    isAdmin: ctx.config.adminUsers.has(ids.userId),
    ...(ids.teamId ? { guildId: ids.teamId } : {}),
    ...(ids.channelId ? { channelId: ids.channelId } : {}),
  };
}
