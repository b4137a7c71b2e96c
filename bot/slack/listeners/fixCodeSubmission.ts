import type { App } from '@slack/bolt';
import { answerRequest } from '../answerRequest.ts';
import { FIX_CODE_BLOCK, FIX_CODE_INPUT, FIX_CODE_VIEW, type FixCodeMetadata } from '../buildBlocks.ts';
import { requesterOf, type SlackContext } from '../slackContext.ts';

function readMetadata(raw: string): FixCodeMetadata | undefined {
  try {
    const value = JSON.parse(raw) as Partial<FixCodeMetadata>;
    if (typeof value.generationId === 'string' && typeof value.channel === 'string' && typeof value.threadTs === 'string') {
      return { generationId: value.generationId, channel: value.channel, threadTs: value.threadTs };
    }
  } catch {
    // fall through: a modal we did not build
  }
  return undefined;
}

/** The "Fix code" modal submitted: the service compiles and stores the correction; the answer goes in the thread. */
export function register(app: App, ctx: SlackContext): void {
  app.view(FIX_CODE_VIEW, async ({ ack, body, view, client }) => {
    const code = view.state.values[FIX_CODE_BLOCK]?.[FIX_CODE_INPUT]?.value?.trim() ?? '';
    const metadata = readMetadata(view.private_metadata);
    if (code === '' || metadata === undefined) {
      await ack({ response_action: 'errors', errors: { [FIX_CODE_BLOCK]: 'Paste the corrected Asymptote code.' } });
      return;
    }
    await ack(); // closes the modal
    const who = requesterOf(ctx, { userId: body.user.id, teamId: body.team?.id, channelId: metadata.channel });
    await answerRequest(client, ctx, {
      target: { channel: metadata.channel, threadTs: metadata.threadTs },
      userId: body.user.id,
      kind: 'fix',
      headline: `✏️ <@${body.user.id}> corrected the code`,
      altText: 'The diagram drawn from the corrected code',
      showCode: true, // the modal is private; the class sees the fix here
      work: () => ctx.service.submitFix(who, metadata.generationId, code),
    });
  });
}
