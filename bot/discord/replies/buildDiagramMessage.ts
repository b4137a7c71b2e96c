import {
  ActionRowBuilder, AttachmentBuilder, ButtonBuilder, ButtonStyle, type BaseMessageOptions,
} from 'discord.js';
import type { DiagramReply } from '../../../core/service/types.ts';
import { MESSAGE_LIMIT_CHARS, truncate } from './buildCodeMessage.ts';

/** What kind of answer a message shows; it decides which buttons make sense. */
export type DiagramKind = 'diagram' | 'render' | 'fix';

/** custom_id prefixes, shared with the handlers in buttons/ and modals/ (custom_ids are at most 100 chars). */
export const CUSTOM_ID = { vote: 'vote', regenerate: 'regen', delete: 'delete', fix: 'fix', fixSubmit: 'fixsubmit', renderSubmit: 'render' } as const;

/**
 * The public answer: caption, the PNG, and the buttons. 👍/👎 and 🔁 are for the model's diagrams (a vote on a
 * teacher's fix would count for the model's attempt); "Fix code" needs a generation to correct (the service gives
 * none for /render: the user's own code); 🗑 needs the request.
 */
export function buildDiagramMessage(reply: DiagramReply, kind: DiagramKind, attachmentLimitBytes: number): BaseMessageOptions {
  const files: AttachmentBuilder[] = [];
  let caption = reply.text;
  if (reply.png) {
    if (reply.png.length <= attachmentLimitBytes) {
      files.push(new AttachmentBuilder(reply.png, { name: 'diagram.png', description: truncate(reply.text, 1000) }));
    } else {
      caption += ` (the image is ${Math.round(reply.png.length / 1024)} KiB, over this server's upload limit)`;
    }
  }
  const buttons: ButtonBuilder[] = [];
  const button = (customId: string, style: ButtonStyle, emoji: string, label?: string) => {
    const built = new ButtonBuilder().setCustomId(customId).setStyle(style).setEmoji(emoji);
    buttons.push(label ? built.setLabel(label) : built);
  };
  if (reply.generationId && reply.png && kind === 'diagram') {
    button(`${CUSTOM_ID.vote}:up:${reply.generationId}`, ButtonStyle.Secondary, '👍');
    button(`${CUSTOM_ID.vote}:down:${reply.generationId}`, ButtonStyle.Secondary, '👎');
  }
  if (kind === 'diagram' && reply.requestId) button(`${CUSTOM_ID.regenerate}:${reply.requestId}`, ButtonStyle.Secondary, '🔁', 'Regenerate');
  if (reply.requestId) button(`${CUSTOM_ID.delete}:${reply.requestId}`, ButtonStyle.Secondary, '🗑️', 'Delete');
  if (reply.generationId && reply.code) button(`${CUSTOM_ID.fix}:${reply.generationId}`, ButtonStyle.Primary, '🛠️', 'Fix code');
  return {
    content: truncate(caption, MESSAGE_LIMIT_CHARS),
    files,
    components: buttons.length ? [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons)] : [],
  };
}
