import os from 'node:os';
import { ConfigError } from '../errors.ts';
import { readInt, type Env } from '../readEnv.ts';
import type { ChatPlatform } from './types.ts';

/** The chat service's knobs, read once from the environment. Each field names its variable and default. */
export interface ServiceConfig {
  /** ASYBOT_RATE_LIMIT_REQUESTS, default 6: work requests (diagram, render, regenerate, fix) one user may make per window. */
  rateLimitRequests: number;
  /** ASYBOT_RATE_LIMIT_WINDOW_S, default 60: the sliding window of that limit, in seconds. */
  rateLimitWindowS: number;
  /** ASYBOT_SERVICE_CONCURRENCY, default = CPU cores: requests (generation + compiles) worked on at once. */
  concurrency: number;
  /** ASYBOT_SERVICE_QUEUE_MAX, default 32: requests waiting beyond this are refused with 'BUSY' and a wait estimate. */
  queueMax: number;
  /** ASYBOT_MAX_REQUEST_CHARS, default 2000: longest /diagram text (Discord's own message limit is 2000). */
  maxRequestChars: number;
  /** ASYBOT_REQUEST_TIMEOUT_MS, default 90000: wall clock of one request's work once it leaves the queue. */
  requestTimeoutMs: number;
  /** ASYBOT_MAX_ATTEMPTS, default 3: generate-and-compile rounds per /diagram before giving up. */
  maxAttempts: number;
  /**
   * ASYBOT_ADMINS, default empty: comma-separated `platform:userId` pairs (e.g. `discord:1234,slack:U0ABC`) who may
   * run admin commands in addition to those the adapter marks as admins from platform permissions.
   */
  admins: ReadonlySet<string>;
}

const PLATFORMS: readonly ChatPlatform[] = ['discord', 'slack', 'console'];

function readAdmins(env: Env): Set<string> {
  const raw = env.ASYBOT_ADMINS ?? '';
  const admins = new Set<string>();
  for (const entry of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    const colon = entry.indexOf(':');
    const platform = entry.slice(0, colon) as ChatPlatform;
    if (colon <= 0 || colon === entry.length - 1 || !PLATFORMS.includes(platform)) {
      throw new ConfigError(
        'CONFIG_INVALID',
        `ASYBOT_ADMINS must list platform:userId pairs with platform one of ${PLATFORMS.join(', ')}, got "${entry}"`,
      );
    }
    admins.add(entry);
  }
  return admins;
}

/** Builds the service config from env (default: process.env). Throws ConfigError naming the bad variable. */
export function readServiceConfig(env: Env = process.env): ServiceConfig {
  return {
    rateLimitRequests: readInt(env, 'ASYBOT_RATE_LIMIT_REQUESTS', 6, 1, 100_000),
    rateLimitWindowS: readInt(env, 'ASYBOT_RATE_LIMIT_WINDOW_S', 60, 1, 86_400),
    concurrency: readInt(env, 'ASYBOT_SERVICE_CONCURRENCY', Math.max(1, os.availableParallelism()), 1, 256),
    queueMax: readInt(env, 'ASYBOT_SERVICE_QUEUE_MAX', 32, 0, 100_000),
    maxRequestChars: readInt(env, 'ASYBOT_MAX_REQUEST_CHARS', 2000, 10, 100_000),
    requestTimeoutMs: readInt(env, 'ASYBOT_REQUEST_TIMEOUT_MS', 90_000, 1000, 3_600_000),
    maxAttempts: readInt(env, 'ASYBOT_MAX_ATTEMPTS', 3, 1, 10),
    admins: readAdmins(env),
  };
}
