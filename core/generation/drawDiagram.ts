import type { CompileService } from '../compile/createCompileService.ts';
import type { CompileErrorCode } from '../compile/compileAsy.ts';
import type { Theme } from '../compile/finishPng.ts';
import type { CompileErrorItem } from '../compile/parseAsyErrors.ts';
import { errorCodeOf } from '../errors.ts';
import type { FailedAttempt, Generator } from './types.ts';

/**
 * The product's main path: request → Generator → compile → (on failure) repair → PNG. Each failed attempt's code
 * and compiler errors go back to the generator, which may fix the code or offer its next-best candidate.
 */

export interface DrawOptions {
  generator: Generator;
  compiler: CompileService;
  theme?: Theme;
  /** Generate-and-compile rounds before giving up (default 3). */
  maxAttempts?: number;
  signal?: AbortSignal;
  onQueued?: (position: number) => void;
}

export interface AttemptRecord {
  code: string;
  ok: boolean;
  errorCode?: CompileErrorCode | 'GENERATION_FAILED';
  tokens: number;
  generateMs: number;
  compileMs: number;
}

export interface DrawResult {
  ok: boolean;
  /** The code that produced `png`, or the last attempt's code when nothing compiled. */
  code: string;
  png?: Buffer;
  modelId: string;
  attempts: number;
  errorCode?: CompileErrorCode | 'GENERATION_FAILED';
  errors: CompileErrorItem[];
  /** Readable summary of the last failure (empty when ok). */
  message: string;
  cached: boolean;
  durationMs: { generate: number; compile: number; total: number };
  attemptLog: AttemptRecord[];
}

export async function drawDiagram(request: string, options: DrawOptions): Promise<DrawResult> {
  const startedAt = performance.now();
  const maxAttempts = options.maxAttempts ?? 3;
  const previous: FailedAttempt[] = [];
  const attemptLog: AttemptRecord[] = [];
  let generateMs = 0;
  let compileMs = 0;
  let last: Omit<DrawResult, 'durationMs' | 'attemptLog' | 'attempts' | 'modelId'> = {
    ok: false, code: '', errors: [], message: 'nothing was generated', cached: false,
  };

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let code: string;
    let tokens = 0;
    const generateStarted = performance.now();
    try {
      const generation = await options.generator.generate({ request, previous, signal: options.signal });
      code = generation.code;
      tokens = generation.tokens;
    } catch (error) {
      const spent = performance.now() - generateStarted;
      generateMs += spent;
      attemptLog.push({ code: '', ok: false, errorCode: 'GENERATION_FAILED', tokens: 0, generateMs: spent, compileMs: 0 });
      const message = error instanceof Error ? error.message : String(error);
      last = { ok: false, code: '', errorCode: 'GENERATION_FAILED', errors: [{ line: null, col: null, message }], message: `the model failed (${errorCodeOf(error)}): ${message}`, cached: false };
      break; // a backend that cannot answer will not answer on the next try either
    }
    const spentGenerating = performance.now() - generateStarted;
    generateMs += spentGenerating;

    const compiled = await options.compiler.compile(code, { theme: options.theme, onQueued: options.onQueued });
    compileMs += compiled.durationMs;
    attemptLog.push({ code, ok: compiled.ok, errorCode: compiled.errorCode, tokens, generateMs: spentGenerating, compileMs: compiled.durationMs });
    last = {
      ok: compiled.ok, code, png: compiled.png, errorCode: compiled.errorCode, errors: compiled.errors,
      message: compiled.message, cached: compiled.cached,
    };
    if (compiled.ok) break;
    previous.push({ code, errors: compiled.errors });
    if (options.signal?.aborted) break;
  }

  return {
    ...last,
    modelId: options.generator.modelId,
    attempts: attemptLog.length,
    attemptLog,
    durationMs: { generate: generateMs, compile: compileMs, total: performance.now() - startedAt },
  };
}
