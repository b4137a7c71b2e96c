import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS } from '../buildBlocks.ts';
import { describe } from '../postStatusMessage.ts';
import type { SlackContext } from '../slackContext.ts';
import { escapeMrkdwn } from '../slackText.ts';
import { readButtonClick } from './buttonContext.ts';

/** 🗑: the service says whether this user may (the requester or an admin); then the card, code and PNG go. */
export function register(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.delete, async ({ ack, body, action, client }) => {
    await ack();
    const click = readButtonClick(ctx, body, action);
    if (click.channel === undefined) return;
    const channel = click.channel;
    const notice = await ctx.service.authorizeDelete(click.who, click.value).catch((error: unknown) => {
      ctx.log.error(`delete check failed: ${describe(error)}`);
      return { ok: false, text: 'That could not be deleted right now. Please try again.' };
    });
    if (!notice.ok) {
      await client.chat
        .postEphemeral({ channel, user: click.userId, text: escapeMrkdwn(notice.text) })
        .catch((error: unknown) => ctx.log.warn(`delete refusal not delivered: ${describe(error)}`));
      return;
    }
    const posted = ctx.replies.posted(click.value);
    const messages = new Set([...(click.messageTs ? [click.messageTs] : []), ...(posted?.messageTs ?? [])]);
    // Thread replies first, the card last, so nothing is left dangling under a deleted parent.
    for (const ts of [...messages].reverse()) {
      await client.chat.delete({ channel, ts }).catch((error: unknown) => ctx.log.warn(`chat.delete ${ts}: ${describe(error)}`));
    }
    for (const file of posted?.fileIds ?? []) {
      await client.files.delete({ file }).catch((error: unknown) => ctx.log.warn(`files.delete ${file}: ${describe(error)}`));
    }
    ctx.replies.forget(click.value);
  });
}
