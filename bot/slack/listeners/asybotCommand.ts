import type { App } from '@slack/bolt';
import type { NoticeReply, Requester } from '../../../core/service/types.ts';
import { describe } from '../postStatusMessage.ts';
import { requesterOf, type SlackContext } from '../slackContext.ts';
import { escapeMrkdwn, readUserText } from '../slackText.ts';

const USAGE = 'Usage: `/asybot status`, `/asybot eval`, `/asybot retrain`, `/asybot rollback MODEL_ID` (admins only).';

/** Parses `/asybot …` into the service call it stands for, or undefined for anything else. */
function pickCommand(ctx: SlackContext, who: Requester, words: string[]): (() => Promise<NoticeReply>) | undefined {
  const [verb, argument] = words;
  switch (verb) {
    case 'status':
      return () => ctx.service.status(who);
    case 'eval':
      return () => ctx.service.runEval(who);
    case 'retrain':
      return () => ctx.service.retrain(who);
    case 'rollback':
      return argument === undefined ? undefined : () => ctx.service.rollback(who, argument);
    default:
      return undefined;
  }
}

/**
 * `/asybot status|eval|retrain|rollback ID`. The service decides who may (SLACK_ADMIN_USERS marks admins here) and
 * answers everyone else with its polite refusal; every answer is ephemeral (work such as eval may take a while, so
 * the command is acknowledged first and answered through its response_url).
 */
export function register(app: App, ctx: SlackContext): void {
  app.command('/asybot', async ({ command, ack, respond }) => {
    const who = requesterOf(ctx, { userId: command.user_id, teamId: command.team_id, channelId: command.channel_id });
    const run = pickCommand(ctx, who, readUserText(command.text).split(/\s+/).filter(Boolean));
    if (run === undefined) {
      await ack({ response_type: 'ephemeral', text: USAGE });
      return;
    }
    await ack();
    let text: string;
    try {
      text = escapeMrkdwn((await run()).text);
    } catch (error) {
      ctx.log.error(`/asybot ${command.text} failed: ${describe(error)}`);
      text = 'That did not work; the details are in the bot log.';
    }
    // Through the response_url: only the caller sees it, and it works in channels the bot was never invited to.
    await respond({ response_type: 'ephemeral', text })
      .catch((error: unknown) => ctx.log.warn(`/asybot answer not delivered: ${describe(error)}`));
  });
}
