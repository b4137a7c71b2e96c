import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompileService } from '../../core/compile/createCompileService.ts';

/**
 * Proves every distinct corpus code compiles and renders non-blank, with the real pipeline. Results go to an
 * append-only ledger keyed by the code's sha256 (one JSON line each, written as soon as a compile finishes), so
 * an interrupted build resumes where it stopped and a fresh machine with the committed ledger verifies nothing twice.
 */

export interface LedgerEntry {
  sha256: string;
  ok: boolean;
  errorCode?: string;
  widthPx?: number;
  heightPx?: number;
}

export const codeSha256 = (code: string): string => createHash('sha256').update(code).digest('hex');

export function readLedger(file: string): Map<string, LedgerEntry> {
  const ledger = new Map<string, LedgerEntry>();
  if (!existsSync(file)) return ledger;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as LedgerEntry;
      ledger.set(entry.sha256, entry);
    } catch {
      // A line torn by a crash mid-write: that code is simply verified again.
    }
  }
  return ledger;
}

export interface VerifyOptions {
  ledgerFile: string;
  compiler: CompileService;
  /** Called after each newly verified code: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Returns the ledger entry of every code (compiling only those not yet in the ledger). */
export async function verifyCodes(codes: readonly string[], options: VerifyOptions): Promise<Map<string, LedgerEntry>> {
  mkdirSync(path.dirname(options.ledgerFile), { recursive: true });
  const ledger = readLedger(options.ledgerFile);
  const pending = [...new Set(codes)].filter((code) => !ledger.has(codeSha256(code)));
  let done = 0;
  options.onProgress?.(0, pending.length);
  // Keep the pool saturated without queueing everything at once (the pool refuses work past its queue cap).
  const inFlight = Math.max(1, options.compiler.concurrency * 2);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < pending.length) {
      const code = pending[next++]!;
      const result = await options.compiler.compile(code);
      const entry: LedgerEntry = result.ok
        ? { sha256: codeSha256(code), ok: true, widthPx: result.widthPx, heightPx: result.heightPx }
        : { sha256: codeSha256(code), ok: false, errorCode: result.errorCode };
      appendFileSync(options.ledgerFile, JSON.stringify(entry) + '\n');
      ledger.set(entry.sha256, entry);
      options.onProgress?.(++done, pending.length);
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker));
  return ledger;
}
