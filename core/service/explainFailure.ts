import type { CompileErrorItem } from '../compile/parseAsyErrors.ts';

/**
 * The short lines users read when something fails. The full compiler message (line, source, caret) goes in the
 * reply's `detail`; these stay one line and never carry a stack trace.
 */

/** `line 2: no matching variable 'B'`, or the bare message when it is not located in the code. */
export function firstError(errors: readonly CompileErrorItem[]): string {
  const first = errors[0];
  if (!first) return 'no error message';
  return first.line === null ? first.message : `line ${first.line}: ${first.message}`;
}

/** Why a compile failed, in a phrase that fits after "I couldn't render that: ". */
export function explainCompileFailure(errorCode: string | undefined, errors: readonly CompileErrorItem[]): string {
  switch (errorCode) {
    case 'COMPILE_ERROR':
      return `Asymptote reported an error (${firstError(errors)})`;
    case 'COMPILE_TIMEOUT':
      return 'it took longer than the time limit, so it was stopped';
    case 'COMPILE_OUT_OF_MEMORY':
      return 'it needed more memory than a diagram is allowed';
    case 'INPUT_EMPTY':
      return 'there is no code in it';
    default:
      return firstError(errors);
  }
}

export function secondsFromMs(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

export function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export const INTERNAL_TEXT = 'Something went wrong on our side; please try again in a moment.';
