import type { BlockAction, ButtonAction } from '@slack/bolt';
import type { Requester } from '../../../core/service/types.ts';
import { requesterOf, type SlackContext } from '../slackContext.ts';

/** Who clicked, where, and the button's value (a generation or request id) — shared by the button listeners. */
export interface ButtonClick {
  who: Requester;
  userId: string;
  value: string;
  channel: string | undefined;
  /** The message carrying the button, and its thread (the answer's thread when it sits in one). */
  messageTs: string | undefined;
  threadTs: string | undefined;
}

export function readButtonClick(ctx: SlackContext, body: BlockAction<ButtonAction>, action: ButtonAction): ButtonClick {
  const channel = body.channel?.id ?? (body.container.channel_id as string | undefined);
  const messageTs = body.message?.ts;
  return {
    who: requesterOf(ctx, { userId: body.user.id, teamId: body.team?.id, channelId: channel }),
    userId: body.user.id,
    value: action.value ?? '',
    channel,
    messageTs,
    threadTs: (body.message?.thread_ts as string | undefined) ?? undefined,
  };
}
