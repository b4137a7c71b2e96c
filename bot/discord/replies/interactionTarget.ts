import type { BaseMessageOptions, ChatInputCommandInteraction, Message, MessageComponentInteraction, ModalSubmitInteraction } from 'discord.js';
import { DEFAULT_ATTACHMENT_LIMIT_BYTES } from './buildCodeMessage.ts';
import type { ReplyTarget } from './deliverDiagram.ts';

type RepliableInteraction = ChatInputCommandInteraction | MessageComponentInteraction | ModalSubmitInteraction;

/**
 * A ReplyTarget for an interaction that has been deferred. `answerAs: 'original'` edits the deferred reply (the
 * public "asybot is thinking…" of /diagram and /render); `'followUp'` posts a new public message (after an
 * ephemeral acknowledgement, as 🔁 and "Fix code" do).
 */
export function interactionTarget(interaction: RepliableInteraction, answerAs: 'original' | 'followUp', title: string): ReplyTarget {
  return {
    post: (payload: BaseMessageOptions): Promise<Message> =>
      answerAs === 'original' ? interaction.editReply(payload) : interaction.followUp(payload),
    followUp: (payload: BaseMessageOptions) => interaction.followUp(payload),
    // Discord sends attachment_size_limit with every interaction; the fallback only guards an older payload.
    attachmentLimitBytes: interaction.attachmentSizeLimit ?? DEFAULT_ATTACHMENT_LIMIT_BYTES,
    title,
  };
}
