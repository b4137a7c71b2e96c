import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { answerRequest } from '../answerRequest.ts';
import { ACTION_IDS } from '../buildBlocks.ts';
import type { SlackContext } from '../slackContext.ts';
import { readButtonClick } from './buttonContext.ts';

/** 🔁: a fresh attempt at the same request, answered as a new card beside the old one. */
export function register(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.regenerate, async ({ ack, body, action, client }) => {
    await ack();
    const click = readButtonClick(ctx, body, action);
    if (click.channel === undefined) return;
    await answerRequest(client, ctx, {
      target: { channel: click.channel, ...(click.threadTs ? { threadTs: click.threadTs } : {}) },
      userId: click.userId,
      kind: 'diagram',
      headline: `🔁 <@${click.userId}> asked for another attempt`,
      altText: 'Another attempt at the requested diagram',
      showCode: true,
      work: (progress) => ctx.service.regenerate(click.who, click.value, progress),
    });
  });
}
