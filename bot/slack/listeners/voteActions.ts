import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS } from '../buildBlocks.ts';
import { describe } from '../postStatusMessage.ts';
import type { SlackContext } from '../slackContext.ts';
import { escapeMrkdwn } from '../slackText.ts';
import { readButtonClick } from './buttonContext.ts';

/** 👍 / 👎 on a result card: the service stores the vote (a second vote replaces the first), then we say thanks. */
export function register(app: App, ctx: SlackContext): void {
  for (const [actionId, vote] of [[ACTION_IDS.voteUp, 1], [ACTION_IDS.voteDown, -1]] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
      await ack();
      const click = readButtonClick(ctx, body, action);
      const notice = await ctx.service.vote(click.who, click.value, vote).catch((error: unknown) => {
        ctx.log.error(`vote failed: ${describe(error)}`);
        return { ok: false, text: 'Your vote could not be saved. Please try again.' };
      });
      if (click.channel === undefined) return;
      await client.chat
        .postEphemeral({ channel: click.channel, user: click.userId, text: escapeMrkdwn(notice.text) })
        .catch((error: unknown) => ctx.log.warn(`vote notice not delivered: ${describe(error)}`));
    });
  }
}
