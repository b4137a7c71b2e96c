import { GeneratorError, type GenerateInput, type Generation, type Generator } from '../../core/generation/types.ts';

/**
 * A Generator (the port) that answers with fixed, real Asymptote, for tests of what sits behind the port.
 * Like the retrieval baseline, it offers its candidates in order and skips any code already in `previous`,
 * so repair and regenerate move on to the next one. It records every call.
 */

export interface FixedGeneratorOptions {
  modelId?: string;
  candidates: string[];
  /** Wait this long before answering (ms); `respectAbort: false` ignores the abort signal, as a stuck backend would. */
  delayMs?: number;
  respectAbort?: boolean;
  /** Throw this instead of answering. */
  failWith?: Error;
}

export interface FixedGenerator extends Generator {
  readonly calls: GenerateInput[];
  closed: boolean;
}

export function createFixedGenerator(options: FixedGeneratorOptions): FixedGenerator {
  const calls: GenerateInput[] = [];
  const generator: FixedGenerator = {
    modelId: options.modelId ?? 'fixed-test-model',
    calls,
    closed: false,
    async generate(input): Promise<Generation> {
      calls.push(input);
      const startedAt = performance.now();
      if (options.delayMs) await sleep(options.delayMs, options.respectAbort === false ? undefined : input.signal);
      if (options.failWith) throw options.failWith;
      const used = new Set(input.previous.map((attempt) => attempt.code));
      const code = options.candidates.find((candidate) => !used.has(candidate))
        ?? options.candidates[input.previous.length % options.candidates.length];
      if (code === undefined) throw new GeneratorError('NO_CANDIDATES', 'the fixed generator has no candidates');
      return { code, tokens: 0, durationMs: performance.now() - startedAt };
    },
    async close() {
      generator.closed = true;
    },
  };
  return generator;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new GeneratorError('GENERATION_ABORTED', 'the request was cancelled'));
    }, { once: true });
  });
}
