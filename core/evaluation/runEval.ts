import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CompileService } from '../compile/createCompileService.ts';
import type { Generator } from '../generation/types.ts';
import { evaluateItem, type EvalItemResult } from './evaluateItem.ts';
import type { EvalItem } from './readEvalSet.ts';
import { summarizeEval, type EvalSummary } from './summarizeEval.ts';

export interface RunEvalOptions {
  generator: Generator;
  compiler: CompileService;
  /** Items in flight at once (each is generate → compile → probe). */
  concurrency: number;
  /** Where each item's PNG goes, as `<outDir>/images/<index>-<id>.png`. */
  outDir: string;
  maxAttempts?: number;
  onProgress?: (done: number, total: number, last: EvalItemResult) => void;
}

export interface EvalRun {
  summary: EvalSummary;
  /** In the set's order. */
  results: EvalItemResult[];
  /** Image path relative to outDir for each result (null when nothing rendered), same order. */
  images: (string | null)[];
  wallMs: number;
}

/**
 * Evaluates every item through the bot's own path. Items start in the set's order (the oracle generator pairs
 * repeated request texts with their codes by that order); at most `concurrency` are in flight.
 */
export async function runEval(items: readonly EvalItem[], options: RunEvalOptions): Promise<EvalRun> {
  const startedAt = performance.now();
  // Images of an earlier run into the same directory would be mistaken for this run's.
  await rm(path.join(options.outDir, 'images'), { recursive: true, force: true });
  await mkdir(path.join(options.outDir, 'images'), { recursive: true });
  const results: EvalItemResult[] = new Array(items.length);
  const images: (string | null)[] = new Array(items.length).fill(null);
  let next = 0;
  let done = 0;

  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      const item = items[index]!;
      const { result, png } = await evaluateItem(item, options);
      if (png) {
        const image = path.join('images', imageName(index, item.id));
        await writeFile(path.join(options.outDir, image), png);
        images[index] = image;
      }
      results[index] = result;
      options.onProgress?.(++done, items.length, result);
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, items.length)) }, worker));
  return { summary: summarizeEval(results, options.generator.modelId), results, images, wallMs: performance.now() - startedAt };
}

/** `0007-triangle-3.png`: sortable, and safe whatever characters the id has. */
function imageName(index: number, id: string): string {
  return `${String(index + 1).padStart(4, '0')}-${id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}.png`;
}
