import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readChoice, readInt, type Env } from './readEnv.ts';
import { readServiceConfig, type ServiceConfig } from './service/readServiceConfig.ts';

/** Repository root (this file lives in core/). */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Everything tunable, read once from the environment. Each field documents its env variable and default. */
export interface Config {
  /** ASYBOT_DATA_DIR, default `var/` in the repo: SQLite file, compile cache, logs. */
  dataDir: string;
  /** ASYBOT_DB, default `<dataDir>/asybot.sqlite`. */
  dbPath: string;
  compile: CompileConfig;
  generation: GenerationConfig;
  /** Rate limits, queue and admin list of the chat service (core/service/readServiceConfig.ts documents each). */
  service: ServiceConfig;
}

/** Backends that can answer requests (core/generation/createGenerator.ts maps each to its implementation). */
export const GENERATOR_KINDS = ['retrieval'] as const;
export type GeneratorKind = (typeof GENERATOR_KINDS)[number];

export interface GenerationConfig {
  /** ASYBOT_GENERATOR, default 'retrieval' (the BM25 baseline over the corpus's train split) until a trained model is promoted. */
  kind: GeneratorKind;
  /**
   * ASYBOT_CORPUS_DIR, default null = the corpus data/corpus/CURRENT names: a built corpus dir holding
   * train.jsonl (the retrieval generator indexes its train split).
   */
  corpusDir: string | null;
}

export interface CompileConfig {
  /** ASYBOT_COMPILE_TIMEOUT_MS, default 10000: wall clock per asy job; the whole sandbox is SIGKILLed after it. */
  timeoutMs: number;
  /** ASYBOT_COMPILE_MEMORY_MB, default 1024: address-space cap (RLIMIT_AS) of asy, LaTeX and ghostscript. */
  memoryMb: number;
  /** ASYBOT_COMPILE_CONCURRENCY, default = CPU cores: asy jobs running at once. */
  concurrency: number;
  /** ASYBOT_COMPILE_QUEUE_MAX, default 64: jobs waiting beyond this are refused with COMPILE_BUSY. */
  queueMax: number;
  /** ASYBOT_MAX_CODE_BYTES, default 200000: longer code is refused before anything runs. */
  maxCodeBytes: number;
  /** ASYBOT_MAX_OUTPUT_BYTES, default 20000000: per-file cap inside the sandbox (RLIMIT_FSIZE) and on results. */
  maxOutputBytes: number;
  /** ASYBOT_MAX_IMAGE_PIXELS, default 64000000: raw renders (8 px/bp, before downscaling) larger than this are refused. */
  maxImagePixels: number;
  /** ASYBOT_CACHE_DIR, default `<dataDir>/compile-cache`; ASYBOT_CACHE_DIR=off keeps the cache in memory only. */
  cacheDir: string | null;
  /** ASYBOT_CACHE_MEMORY_MB, default 64: in-memory LRU of recent results. */
  cacheMemoryMb: number;
  /** Our own helper modules (olympiad, cse5, aops), bound read-only into the sandbox. */
  modulesDir: string;
  /** ASYBOT_JOB_DIR, default the system temp dir: where each compile gets its own short-lived job dir. */
  jobRoot: string;
}

/** Builds the typed config from env (default: process.env). Throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const dataDir = path.resolve(env.ASYBOT_DATA_DIR || path.join(ROOT_DIR, 'var'));
  const cacheRaw = env.ASYBOT_CACHE_DIR;
  return {
    dataDir,
    dbPath: path.resolve(env.ASYBOT_DB || path.join(dataDir, 'asybot.sqlite')),
    compile: {
      timeoutMs: readInt(env, 'ASYBOT_COMPILE_TIMEOUT_MS', 10_000, 500, 600_000),
      memoryMb: readInt(env, 'ASYBOT_COMPILE_MEMORY_MB', 1024, 256, 65_536),
      concurrency: readInt(env, 'ASYBOT_COMPILE_CONCURRENCY', Math.max(1, os.availableParallelism()), 1, 256),
      queueMax: readInt(env, 'ASYBOT_COMPILE_QUEUE_MAX', 64, 0, 100_000),
      maxCodeBytes: readInt(env, 'ASYBOT_MAX_CODE_BYTES', 200_000, 100, 50_000_000),
      maxOutputBytes: readInt(env, 'ASYBOT_MAX_OUTPUT_BYTES', 20_000_000, 100_000, 1_000_000_000),
      maxImagePixels: readInt(env, 'ASYBOT_MAX_IMAGE_PIXELS', 64_000_000, 10_000, 1_000_000_000),
      cacheDir: cacheRaw === 'off' ? null : path.resolve(cacheRaw || path.join(dataDir, 'compile-cache')),
      cacheMemoryMb: readInt(env, 'ASYBOT_CACHE_MEMORY_MB', 64, 0, 65_536),
      modulesDir: path.join(ROOT_DIR, 'core', 'compile', 'modules'),
      jobRoot: path.resolve(env.ASYBOT_JOB_DIR || os.tmpdir()),
    },
    generation: {
      kind: readChoice(env, 'ASYBOT_GENERATOR', GENERATOR_KINDS, 'retrieval'),
      corpusDir: env.ASYBOT_CORPUS_DIR ? path.resolve(env.ASYBOT_CORPUS_DIR) : null,
    },
    service: readServiceConfig(env),
  };
}
