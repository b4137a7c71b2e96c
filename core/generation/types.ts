import { AsybotError } from '../errors.ts';
import type { CompileErrorItem } from '../compile/parseAsyErrors.ts';

/**
 * The one port every model backend implements: the retrieval baseline, the embedded ONNX model, a remote
 * OpenAI-compatible endpoint. The bot, the CLI and the evaluation harness all call it through drawDiagram, so
 * offline numbers measure exactly what users get.
 */
export interface Generator {
  /** Stable id of the model behind it, e.g. 'retrieval-bm25@<dataset hash>' or 'gpt-4m@2026-11-20'. */
  readonly modelId: string;
  generate(input: GenerateInput): Promise<Generation>;
  /** Releases sessions, files, sockets. */
  close?(): Promise<void>;
}

export interface GenerateInput {
  /** What the person asked for, as typed. */
  request: string;
  /** Earlier attempts for this request that failed to compile, oldest first (empty on the first attempt). */
  previous: readonly FailedAttempt[];
  signal?: AbortSignal;
}

export interface FailedAttempt {
  code: string;
  errors: readonly CompileErrorItem[];
}

export interface Generation {
  code: string;
  /** Tokens produced (0 for backends without tokens). */
  tokens: number;
  durationMs: number;
}

/** The backend could not produce code at all (not: produced code that fails to compile). */
export class GeneratorError extends AsybotError {}
