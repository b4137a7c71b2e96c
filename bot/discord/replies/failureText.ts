import type { DiagramReply } from '../../../core/service/types.ts';
import { fence, MESSAGE_LIMIT_CHARS, truncate } from './buildCodeMessage.ts';

/** A failed DiagramReply as one ephemeral message: the short text, then the compile detail if there is one. */
export function failureText(reply: DiagramReply): string {
  const detail = reply.detail?.trim();
  if (!detail) return truncate(reply.text, MESSAGE_LIMIT_CHARS);
  const head = truncate(reply.text, 300);
  return `${head}\n${fence('text', truncate(detail, MESSAGE_LIMIT_CHARS - head.length - 20))}`;
}
