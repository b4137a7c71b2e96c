import type { webApi } from '@slack/bolt';
import type { DiagramReply, ProgressListener } from '../../core/service/types.ts';
import { buildResultCard, type ReplyKind } from './buildBlocks.ts';
import { describe, postStatusMessage, type ReplyTarget } from './postStatusMessage.ts';
import type { PostedReply } from './rememberReplies.ts';
import type { SlackContext } from './slackContext.ts';
import { clip, codeBlock, escapeMrkdwn } from './slackText.ts';

/** Longest code posted inline in a ```-block (Slack's section limit); longer code goes up as diagram.asy. */
export const INLINE_CODE_MAX = 3000;

/** Refusals before any work (too many requests, full queue, restarting): answered ephemerally, the card removed. */
const PRIVATE_REFUSALS = new Set(['RATE_LIMITED', 'BUSY', 'SHUTTING_DOWN']);

export interface AnswerRequest {
  target: ReplyTarget;
  /** Who asked. */
  userId: string;
  /**
   * Tells the user something only they see. Slash commands pass Bolt's respond() (their response_url works even
   * where the bot is not a member); otherwise chat.postEphemeral is used.
   */
  tellPrivately?: (text: string) => Promise<unknown>;
  kind: ReplyKind;
  /** First line of the card, mrkdwn (already escaped), e.g. "<@U1> asked for: _a square_". */
  headline: string;
  /** Plain text of the request, for the image's alt text. */
  altText: string;
  /** Post the code in the thread (not for mentions: the code is in the user's own message). */
  showCode: boolean;
  work: (progress: ProgressListener) => Promise<DiagramReply>;
}

/**
 * The life of one request in Slack: a visible status message at once (then its queue position), the service's
 * work, the PNG uploaded into the channel with its caption, the status message turned into the result card with
 * buttons, and the code (or the error detail) as a thread reply. Never throws: every failure is logged and, where
 * possible, told to the user.
 */
export async function answerRequest(client: webApi.WebClient, ctx: SlackContext, request: AnswerRequest): Promise<void> {
  const { headline, target } = request;
  const status = postStatusMessage(client, target, `⏳ ${headline} — on it…`, ctx.log.warn);
  let reply: DiagramReply;
  try {
    reply = await request.work({
      queued: (position) => status.show(`⏳ ${headline} — you are #${position} in the queue`),
      working: () => status.show(`🖌️ ${headline} — drawing…`),
    });
  } catch (error) {
    ctx.log.error(`service failed on a ${request.kind} request: ${describe(error)}`);
    reply = { ok: false, requestId: '', text: 'Something went wrong on my side. Please try again in a moment.', durationMs: 0 };
  }
  try {
    if (!reply.ok && reply.errorCode !== undefined && PRIVATE_REFUSALS.has(reply.errorCode)) {
      // Nothing was drawn: tell the user privately instead of leaving a card in the channel.
      await status.discard();
      await tellPrivately(escapeMrkdwn(reply.text));
      return;
    }
    await deliverReply(client, ctx, request, status.finish, reply);
  } catch (error) {
    ctx.log.error(`could not answer in ${target.channel}: ${describe(error)}`);
    await tellPrivately(`I could not post in <#${target.channel}>. Invite me with \`/invite @asybot\` and ask again.`)
      .catch((noticeError: unknown) => ctx.log.warn(`private notice failed too: ${describe(noticeError)}`));
  }

  function tellPrivately(text: string): Promise<unknown> {
    return request.tellPrivately?.(text) ?? client.chat.postEphemeral({ channel: target.channel, user: request.userId, text });
  }
}

async function deliverReply(
  client: webApi.WebClient,
  ctx: SlackContext,
  request: AnswerRequest,
  finishCard: (content: { text: string; blocks?: unknown[] }) => Promise<string>,
  reply: DiagramReply,
): Promise<void> {
  const { target } = request;
  const posted: PostedReply = { channel: target.channel, messageTs: [], fileIds: [] };
  let headline = request.headline;
  if (reply.png !== undefined) {
    try {
      const image = {
        file: reply.png,
        filename: 'diagram.png',
        title: 'diagram.png',
        alt_text: clip(request.altText, 1000),
        initial_comment: escapeMrkdwn(reply.text),
      };
      const upload = await client.filesUploadV2(target.threadTs
        ? { ...image, channel_id: target.channel, thread_ts: target.threadTs }
        : { ...image, channel_id: target.channel });
      posted.fileIds.push(...uploadedFileIds(upload));
    } catch (error) {
      ctx.log.error(`PNG upload failed: ${describe(error)}`);
      headline += '\n_The picture could not be uploaded. Try 🔁 or ask again in a moment._';
    }
  }

  // Remembered before the buttons appear, so a quick click on 🗑 or Fix code finds them.
  if (reply.generationId !== undefined && reply.code !== undefined) ctx.replies.rememberCode(reply.generationId, reply.code);
  if (reply.requestId) ctx.replies.remember(reply.requestId, posted);
  const anchorTs = await finishCard(buildResultCard(reply, request.kind, headline));
  posted.messageTs.unshift(anchorTs);
  const thread = { channel: target.channel, threadTs: target.threadTs ?? anchorTs };

  if (!reply.ok && reply.detail) {
    await postInThread(client, ctx, thread, `What went wrong:\n${codeBlock(reply.detail)}`, posted);
  }
  if (reply.code !== undefined && (request.showCode || !reply.ok)) await postCode(client, ctx, thread, reply.code, posted);
}

async function postInThread(
  client: webApi.WebClient,
  ctx: SlackContext,
  thread: { channel: string; threadTs: string },
  text: string,
  posted: PostedReply,
): Promise<void> {
  try {
    const res = await client.chat.postMessage({ channel: thread.channel, thread_ts: thread.threadTs, text: clip(text, 39_000) });
    if (res.ts) posted.messageTs.push(res.ts);
  } catch (error) {
    ctx.log.error(`thread reply failed: ${describe(error)}`);
  }
}

/** The code as a ```-block, or as a diagram.asy snippet when it does not fit. */
async function postCode(
  client: webApi.WebClient,
  ctx: SlackContext,
  thread: { channel: string; threadTs: string },
  code: string,
  posted: PostedReply,
): Promise<void> {
  const block = codeBlock(code);
  if (block.length <= INLINE_CODE_MAX) {
    await postInThread(client, ctx, thread, block, posted);
    return;
  }
  try {
    const upload = await client.filesUploadV2({
      channel_id: thread.channel,
      thread_ts: thread.threadTs,
      content: code,
      filename: 'diagram.asy',
      title: 'diagram.asy',
      snippet_type: 'text',
      initial_comment: 'The code is long, so here it is as a file.',
    });
    posted.fileIds.push(...uploadedFileIds(upload));
  } catch (error) {
    ctx.log.error(`code snippet upload failed: ${describe(error)}`);
  }
}

/** files.uploadV2 answers one files.completeUploadExternal result per message, each listing its files. */
function uploadedFileIds(upload: webApi.WebAPICallResult): string[] {
  const results = (upload as { files?: { files?: { id?: string }[] }[] }).files ?? [];
  return results.flatMap((result) => (result.files ?? []).map((file) => file.id)).filter((id): id is string => id !== undefined);
}
