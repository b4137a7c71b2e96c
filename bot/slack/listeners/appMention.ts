import type { App } from '@slack/bolt';
import { answerRequest } from '../answerRequest.ts';
import { describe } from '../postStatusMessage.ts';
import { requesterOf, type SlackContext } from '../slackContext.ts';
import { containsCode, readUserText } from '../slackText.ts';

/** `@asybot [asy]…[/asy]` (or a ``` fence) in a channel: render it, answering in the message's thread. */
export function register(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, client }) => {
    if (event.user === undefined) return; // bot or system message
    const text = readUserText(event.text);
    const threadTs = event.thread_ts ?? event.ts;
    if (!containsCode(text)) {
      await client.chat
        .postMessage({
          channel: event.channel,
          thread_ts: threadTs,
          text: 'Paste Asymptote in an `[asy]…[/asy]` block or a ``` fence and mention me, or use `/diagram` to describe a picture.',
        })
        .catch((error: unknown) => ctx.log.warn(`mention hint failed: ${describe(error)}`));
      return;
    }
    // 👀 on the message at once: the student sees it was picked up before the status message arrives.
    client.reactions
      .add({ channel: event.channel, timestamp: event.ts, name: 'eyes' })
      .catch((error: unknown) => ctx.log.warn(`reaction failed: ${describe(error)}`));
    const who = requesterOf(ctx, { userId: event.user, teamId: event.team, channelId: event.channel });
    await answerRequest(client, ctx, {
      target: { channel: event.channel, threadTs },
      userId: event.user,
      kind: 'render',
      headline: `<@${event.user}>'s code`,
      altText: 'A diagram rendered from Asymptote code',
      showCode: false, // it is right above, in the user's message
      work: (progress) => ctx.service.render(who, { code: text }, progress),
    });
  });
}
