/**
 * Base class for every error asybot raises on purpose. `code` is stable (adapters, tests and logs key on it);
 * `message` is short and safe to show to a user; the original error, if any, travels as `cause`.
 */
export class AsybotError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Start-up configuration is missing or malformed; the message names the env variable. */
export class ConfigError extends AsybotError {}

/** Returns the stable code of an AsybotError, or 'INTERNAL' for anything else. */
export function errorCodeOf(error: unknown): string {
  return error instanceof AsybotError ? error.code : 'INTERNAL';
}
