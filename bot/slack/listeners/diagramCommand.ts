import type { App } from '@slack/bolt';
import { answerRequest } from '../answerRequest.ts';
import { requesterOf, type SlackContext } from '../slackContext.ts';
import { clip, escapeMrkdwn, readUserText } from '../slackText.ts';

/** `/diagram a triangle inscribed in a circle`: generate, compile and answer in the channel. */
export function register(app: App, ctx: SlackContext): void {
  app.command('/diagram', async ({ command, ack, client, respond }) => {
    const text = readUserText(command.text);
    if (text === '') {
      await ack({ response_type: 'ephemeral', text: 'Tell me what to draw, e.g. `/diagram a triangle inscribed in a circle`.' });
      return;
    }
    await ack();
    const who = requesterOf(ctx, { userId: command.user_id, teamId: command.team_id, channelId: command.channel_id });
    await answerRequest(client, ctx, {
      target: { channel: command.channel_id },
      userId: command.user_id,
      tellPrivately: (text) => respond({ response_type: 'ephemeral', text }),
      kind: 'diagram',
      headline: `<@${command.user_id}> asked for: _${escapeMrkdwn(clip(text, 300))}_`,
      altText: text,
      showCode: true,
      work: (progress) => ctx.service.diagram(who, { text }, progress),
    });
  });
}
