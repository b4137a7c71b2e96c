import { AttachmentBuilder, type BaseMessageOptions } from 'discord.js';

/** Discord's limit on a message's text, characters. */
export const MESSAGE_LIMIT_CHARS = 2000;
/** Upload limit where Discord does not tell us one (plain messages; interactions carry `attachmentSizeLimit`), bytes. */
export const DEFAULT_ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;
/** Room kept for the error detail when the code goes up as a file, characters. */
const DETAIL_BUDGET_CHARS = 1500;

/**
 * The code message that goes in the thread (or follow-up): the compile detail (if any) and the code in a ```asy
 * fence; code that does not fit in one message (or contains a fence itself) is attached as diagram.asy instead.
 */
export function buildCodeMessage(code: string, detail: string | undefined, attachmentLimitBytes: number): BaseMessageOptions {
  const detailBlock = detail?.trim() ? fence('text', truncate(detail.trim(), DETAIL_BUDGET_CHARS)) + '\n' : '';
  if (!code.trim()) return { content: detailBlock || 'No code was produced.' };
  const inline = detailBlock + fence('asy', code);
  if (inline.length <= MESSAGE_LIMIT_CHARS && !code.includes('```')) return { content: inline };
  const bytes = Buffer.from(code, 'utf8');
  const lines = code.split('\n').length;
  if (bytes.length > attachmentLimitBytes) {
    return { content: `${detailBlock}The code (${lines} lines, ${bytes.length} bytes) is larger than this server's upload limit.` };
  }
  return {
    content: `${detailBlock}The code (${lines} lines) is attached as diagram.asy.`,
    files: [new AttachmentBuilder(bytes, { name: 'diagram.asy', description: 'Asymptote code of the diagram' })],
  };
}

export function fence(language: string, text: string): string {
  return '```' + language + '\n' + text.replaceAll('```', '`\u200b``') + '\n```';
}

export function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : text.slice(0, maxChars - 1) + '…';
}
