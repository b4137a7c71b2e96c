import { createHash } from 'node:crypto';
import type { CompileResult } from '../compile/compileAsy.ts';
import type { CompileService } from '../compile/createCompileService.ts';
import type { FailedAttempt, Generator } from '../generation/types.ts';
import { recordCompile, recordGeneration, type Database } from '../storage/index.ts';

/**
 * Wraps a request's Generator and CompileService so that each generation and each compile becomes a row the
 * moment it happens (a crash mid-request still leaves what was done). drawDiagram alternates generate → compile,
 * so a compile belongs to the generation recorded just before it; compiles of pasted code (no generation) are
 * recorded with generation_id NULL.
 */

export interface AttemptRecorder {
  generator: Generator;
  compiler: CompileService;
  /** The generation recorded last (the one the latest compile belongs to). */
  readonly lastGenerationId: string | undefined;
}

export interface RecordAttemptsOptions {
  db: Database;
  requestId: string;
  generator?: Generator;
  compiler: CompileService;
  /**
   * Code the user already saw for this request text (🔁 regenerate), put before the generator's own `previous`
   * so a retrieval backend moves on to its next candidate and a model is told what not to repeat.
   */
  earlier?: readonly FailedAttempt[];
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The compile row's error_json: the stable code and the located errors, never the raw stderr. */
export function compileErrorJson(result: CompileResult): unknown {
  return result.ok ? null : { errorCode: result.errorCode ?? null, errors: result.errors };
}

export function recordAttempts(options: RecordAttemptsOptions): AttemptRecorder {
  const { db, requestId, compiler } = options;
  const earlier = options.earlier ?? [];
  let lastGenerationId: string | undefined;

  const unavailable: Generator = {
    modelId: 'none',
    generate: () => Promise.reject(new Error('recordAttempts: no generator for this request')),
  };
  const inner = options.generator ?? unavailable;

  const generator: Generator = {
    modelId: inner.modelId,
    async generate(input) {
      const startedAt = performance.now();
      const generation = await inner.generate({ ...input, previous: [...earlier, ...input.previous] });
      lastGenerationId = recordGeneration(db, {
        requestId,
        modelId: inner.modelId,
        code: generation.code,
        outputTokens: generation.tokens > 0 ? generation.tokens : null,
        // The backend's own figure when it gives one, else what we measured around the call.
        durationMs: generation.durationMs > 0 ? generation.durationMs : performance.now() - startedAt,
      }).id;
      return generation;
    },
  };

  const recordingCompiler: CompileService = {
    get queueLength() { return compiler.queueLength; },
    get running() { return compiler.running; },
    get concurrency() { return compiler.concurrency; },
    async compile(code, compileOptions) {
      const result = await compiler.compile(code, compileOptions);
      recordCompile(db, {
        requestId,
        generationId: options.generator ? lastGenerationId ?? null : null,
        codeSha256: sha256Hex(code),
        ok: result.ok,
        timedOut: result.timedOut,
        cached: result.cached,
        error: compileErrorJson(result),
        durationMs: result.durationMs,
        pngBytes: result.png?.length ?? null,
        pngSha256: result.png ? sha256Hex(result.png) : null,
      });
      return result;
    },
  };

  return {
    generator,
    compiler: recordingCompiler,
    get lastGenerationId() { return lastGenerationId; },
  };
}
