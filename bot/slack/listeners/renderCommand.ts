import type { App } from '@slack/bolt';
import { answerRequest } from '../answerRequest.ts';
import { requesterOf, type SlackContext } from '../slackContext.ts';
import { readUserText } from '../slackText.ts';

/** `/render CODE`: compile the user's own Asymptote (plain, `[asy]` blocks or fences). */
export function register(app: App, ctx: SlackContext): void {
  app.command('/render', async ({ command, ack, client, respond }) => {
    const code = readUserText(command.text);
    if (code === '') {
      await ack({ response_type: 'ephemeral', text: 'Paste Asymptote after the command, e.g. `/render draw(unitcircle);`.' });
      return;
    }
    await ack();
    const who = requesterOf(ctx, { userId: command.user_id, teamId: command.team_id, channelId: command.channel_id });
    await answerRequest(client, ctx, {
      target: { channel: command.channel_id },
      userId: command.user_id,
      tellPrivately: (text) => respond({ response_type: 'ephemeral', text }),
      kind: 'render',
      headline: `<@${command.user_id}> rendered their code`,
      altText: 'A diagram rendered from Asymptote code',
      // Slash command text is invisible to others, so the code goes in the thread.
      showCode: true,
      work: (progress) => ctx.service.render(who, { code }, progress),
    });
  });
}
