import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS, buildFixCodeView } from '../buildBlocks.ts';
import { describe } from '../postStatusMessage.ts';
import type { SlackContext } from '../slackContext.ts';
import { readButtonClick } from './buttonContext.ts';

/** "Fix code": opens a modal with the code to correct. views.open comes first: the trigger_id expires after 3 s. */
export function register(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.fixCode, async ({ ack, body, action, client }) => {
    await ack();
    const click = readButtonClick(ctx, body, action);
    if (click.channel === undefined || click.messageTs === undefined) return;
    const metadata = { generationId: click.value, channel: click.channel, threadTs: click.threadTs ?? click.messageTs };
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: buildFixCodeView(metadata, ctx.replies.code(click.value)) as never });
    } catch (error) {
      ctx.log.error(`views.open failed: ${describe(error)}`);
      await client.chat
        .postEphemeral({ channel: click.channel, user: click.userId, text: 'The editor could not be opened. Please click Fix code again.' })
        .catch(() => undefined);
    }
  });
}
