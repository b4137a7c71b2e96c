import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DiagramReply, NoticeReply } from '../../core/service/types.ts';

/** How replies look in a terminal: a status line, the PNG's path, any error detail, then the code. */

export type Write = (text: string) => void;

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}

/** Writes the PNG (when there is one) as `<outDir>/<kind>-<request id>.png` and prints the reply. */
export async function printDiagramReply(reply: DiagramReply, kind: string, outDir: string, write: Write): Promise<void> {
  write(`${reply.ok ? 'ok' : 'error'}: ${reply.text}\n`);
  if (reply.png) {
    await mkdir(outDir, { recursive: true });
    const file = path.resolve(outDir, `${kind}-${reply.requestId.slice(0, 8)}.png`);
    await writeFile(file, reply.png);
    write(`png: ${file}\n`);
  }
  if (reply.retryAfterS !== undefined) write(`retry after: ${reply.retryAfterS} s\n`);
  if (reply.detail) write(`detail:\n${indent(reply.detail)}\n`);
  if (reply.code) write(`code:\n${indent(reply.code)}\n`);
  const ids = [`request ${reply.requestId.slice(0, 8)}`];
  if (reply.generationId) ids.push(`generation ${reply.generationId.slice(0, 8)}`);
  if (reply.errorCode) ids.push(`code ${reply.errorCode}`);
  write(`(${ids.join(', ')})\n`);
}

export function printNotice(reply: NoticeReply, write: Write): void {
  const suffix = reply.errorCode ? ` (${reply.errorCode})` : '';
  write(`${reply.ok ? 'ok' : 'error'}: ${reply.text}${suffix}\n`);
}
