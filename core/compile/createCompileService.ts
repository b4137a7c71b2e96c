import { loadConfig, type CompileConfig } from '../config.ts';
import { AsybotError } from '../errors.ts';
import { compileAsy, type CompileOptions, type CompileResult } from './compileAsy.ts';
import { CompileCache, cacheKey, pipelineFingerprint } from './compileCache.ts';

/**
 * The compile port the rest of asybot uses: a bounded worker pool (at most `concurrency` asy jobs at once, at most
 * `queueMax` waiting) in front of compileAsy, with the content-addressed cache checked before anything queues.
 */

export class CompileBusyError extends AsybotError {
  constructor(readonly queueLength: number) {
    super('COMPILE_BUSY', `the renderer is busy (${queueLength} diagrams waiting); try again in a few seconds`);
  }
}

export interface CompileRequestOptions extends CompileOptions {
  /** Called with the 1-based place in the queue when the job has to wait (not called when it starts at once). */
  onQueued?: (position: number) => void;
}

export interface CompileService {
  compile(code: string | Uint8Array, options?: CompileRequestOptions): Promise<CompileResult>;
  /** Jobs waiting for a worker (not counting running ones). */
  readonly queueLength: number;
  readonly running: number;
  readonly concurrency: number;
}

export function createCompileService(config: CompileConfig = loadConfig().compile): CompileService {
  const cache = new CompileCache(config.cacheDir, config.cacheMemoryMb * 1024 * 1024);
  const fingerprint = pipelineFingerprint(config.modulesDir);
  const waiting: (() => void)[] = [];
  let running = 0;

  async function acquire(onQueued?: (position: number) => void): Promise<void> {
    if (running < config.concurrency) {
      running += 1;
      return;
    }
    if (waiting.length >= config.queueMax) throw new CompileBusyError(waiting.length);
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      onQueued?.(waiting.length);
    });
    // The releasing job handed its slot straight to us: `running` was not decremented.
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }

  return {
    get queueLength() { return waiting.length; },
    get running() { return running; },
    concurrency: config.concurrency,

    async compile(code, options = {}) {
      const startedAt = performance.now();
      const { onQueued, limits, ...outputOptions } = options;
      const key = cacheKey(code, {
        theme: outputOptions.theme ?? 'light',
        formats: [...(outputOptions.formats ?? [])].sort(),
        implicitImports: outputOptions.implicitImports ?? 'auto',
      }, fingerprint);
      const hit = await cache.get(key);
      if (hit) return { ...hit, cached: true, durationMs: performance.now() - startedAt };

      await acquire(onQueued);
      let result: CompileResult;
      try {
        result = await compileAsy(code, { ...outputOptions, limits: { ...config, ...limits } });
      } finally {
        release();
      }
      await cache.set(key, result).catch(() => undefined); // a full disk must not fail the user's request
      return { ...result, durationMs: performance.now() - startedAt };
    },
  };
}
