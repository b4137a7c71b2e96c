import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { RENDER_PX_PER_BP } from '../core/compile/compileAsy.ts';
import { prepareSource } from '../core/compile/prepareSource.ts';

/** Summary of one latency sample, in milliseconds. */
export interface LatencyStats { p50Ms: number; p95Ms: number; minMs: number; maxMs: number; runs: number }

/** Percentile by linear interpolation between order statistics (numpy's default), q in [0, 1]. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError('percentile: expected at least one value, got none');
  const sorted = [...values].sort((a, b) => a - b);
  const index = q * (sorted.length - 1);
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (index - low);
}

export function summarize(samplesMs: readonly number[]): LatencyStats {
  return {
    p50Ms: percentile(samplesMs, 0.5),
    p95Ms: percentile(samplesMs, 0.95),
    minMs: Math.min(...samplesMs),
    maxMs: Math.max(...samplesMs),
    runs: samplesMs.length,
  };
}

/** Wall time of one async call, in ms. */
export async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

/** A one-line counter on stderr ("[label] 3/17"), rewritten in place on a terminal, printed once when done otherwise. */
export function progress(label: string, total: number): { tick(): void; done(note?: string): void } {
  let count = 0;
  const tty = process.stderr.isTTY;
  const show = () => tty && process.stderr.write(`\r[${label}] ${count}/${total}`);
  show();
  return {
    tick() {
      count += 1;
      show();
    },
    done(note = '') {
      process.stderr.write(`${tty ? '\r' : ''}[${label}] ${count}/${total} done${note ? ` (${note})` : ''}\n`);
    },
  };
}

/**
 * The baseline: plain `asy` on the text the pipeline would write (same implicit imports), in a temp dir, no
 * sandbox, no post-processing. Returns a runner that times one render; each call checks a PNG appeared.
 */
export async function createPlainAsy(modulesDir: string): Promise<{ render(code: string): Promise<number>; close(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'asybot-bench-plain-'));
  const file = path.join(dir, 'fig.asy');
  const png = path.join(dir, 'fig.png');
  return {
    async render(code) {
      await writeFile(file, prepareSource(code).source);
      await rm(png, { force: true });
      const args = ['-f', 'png', `-render=${RENDER_PX_PER_BP}`, '-noV', '-safe', '-noglobalread', '-dir', modulesDir, 'fig.asy'];
      const startedAt = performance.now();
      const result = await execa('asy', args, { cwd: dir, stdin: 'ignore', reject: false, timeout: 30_000 });
      const elapsedMs = performance.now() - startedAt;
      const written = await stat(png).catch(() => null);
      if (result.exitCode !== 0 || !written) {
        throw new Error(`plain asy: expected exit 0 and fig.png, got exit ${result.exitCode} and ${written ? 'a PNG' : 'no PNG'}: ${String(result.stderr).slice(0, 500)}`);
      }
      return elapsedMs;
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
