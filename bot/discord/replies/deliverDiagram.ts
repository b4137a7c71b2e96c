import { ChannelType, MessageFlags, type BaseMessageOptions, type Message } from 'discord.js';
import type { DiagramReply } from '../../../core/service/types.ts';
import type { BotContext } from '../context.ts';
import { logError } from '../log.ts';
import { buildCodeMessage, truncate } from './buildCodeMessage.ts';
import { buildDiagramMessage, type DiagramKind } from './buildDiagramMessage.ts';

/** Where an answer goes: interactions and mention replies differ only in these three operations. */
export interface ReplyTarget {
  /** Puts the answer up (edits the deferred reply, or posts it) and returns the message. */
  post(payload: BaseMessageOptions): Promise<Message>;
  /** A further message next to the answer, used for the code when no thread can be started. */
  followUp(payload: BaseMessageOptions): Promise<unknown>;
  /** Largest upload allowed here, bytes (interactions tell us: `interaction.attachmentSizeLimit`). */
  attachmentLimitBytes: number;
  /** The thread's title: what was asked for. */
  title: string;
}

/**
 * Shows a DiagramReply: the caption + PNG + buttons, then the code (and any compile detail) in a thread under the
 * answer when it is in a guild text channel, otherwise in a follow-up message.
 */
export async function deliverDiagram(target: ReplyTarget, reply: DiagramReply, kind: DiagramKind, context: BotContext): Promise<Message> {
  const message = await target.post(buildDiagramMessage(reply, kind, target.attachmentLimitBytes));
  if (reply.generationId && reply.code) context.codeMemory.remember(reply.generationId, reply.code);
  if (!reply.code && !reply.detail) return message;
  const codeMessage = buildCodeMessage(reply.code ?? '', reply.detail, target.attachmentLimitBytes);
  await postCode(message, target, codeMessage);
  return message;
}

async function postCode(message: Message, target: ReplyTarget, codeMessage: BaseMessageOptions): Promise<void> {
  const channel = message.channel;
  const threadable = !message.flags.has(MessageFlags.Ephemeral) && message.guildId !== null && channel
    && (channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement);
  if (threadable) {
    try {
      const thread = await message.startThread({ name: truncate(`Code: ${target.title.replace(/\s+/g, ' ')}`, 100), autoArchiveDuration: 1440 });
      await thread.send(codeMessage);
      return;
    } catch (error) {
      // Missing Create Public Threads permission, a thread that already exists…: the code still goes out below.
      logError('could not post the code in a thread, sending a follow-up instead', error);
    }
  }
  try {
    await target.followUp(codeMessage);
  } catch (error) {
    // The answer itself is out; losing the code message must not turn it into an apology.
    logError('could not post the code', error);
  }
}
