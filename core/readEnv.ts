import { ConfigError } from './errors.ts';

/** Typed readers for environment variables; each error names the variable and what it expected. */

export type Env = Record<string, string | undefined>;

export function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError('CONFIG_INVALID', `${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

export function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim() as T;
  if (!choices.includes(value)) throw new ConfigError('CONFIG_INVALID', `${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return value;
}
