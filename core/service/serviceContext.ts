import type { CompileService } from '../compile/createCompileService.ts';
import type { Generator } from '../generation/types.ts';
import type { Database } from '../storage/index.ts';
import type { RateLimiter } from './createRateLimiter.ts';
import type { WorkQueue } from './createWorkQueue.ts';
import type { ServiceConfig } from './readServiceConfig.ts';
import type { Requester } from './types.ts';

/** What the service's handlers share. Built once by createAsybotService; handlers never construct their own. */
export interface ServiceContext {
  db: Database;
  generator: Generator;
  compiler: CompileService;
  config: ServiceConfig;
  queue: WorkQueue;
  limiter: RateLimiter;
  evaluation: EvaluationHarness | undefined;
  log: ServiceLog;
  now: () => number;
  /** Recent unit durations (ms), for the "try again in N s" estimate. */
  unitMs: { mean: number };
  /** Background jobs (eval) still running, so close() can stop them. */
  jobs: Map<string, Promise<void>>;
  closing: boolean;
}

/** One line per event; `fields` carry ids and the full error for the log (users only see short text). */
export type ServiceLog = (level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;

/**
 * The offline evaluation, behind a small port so the service does not depend on how it is run. The adapter over
 * core/evaluation is createEvaluationHarness; tests may pass one over their own eval set.
 */
export interface EvaluationHarness {
  /** What it evaluates on, for replies ("the corpus test split (240 requests)"). */
  describe(): string;
  /** Why it cannot run now (no corpus built, …), or null when it can. Checked before a job is started. */
  unavailableReason(): string | null;
  /** Evaluates `generator` and records an eval_runs row linked to `jobId`. Returns a one-line summary for /status. */
  run(input: { generator: Generator; compiler: CompileService; db: Database; jobId: string }): Promise<{
    summary: string;
    detail?: unknown;
  }>;
}

export function isAdmin(context: ServiceContext, who: Requester): boolean {
  return who.isAdmin || context.config.admins.has(`${who.platform}:${who.userId}`);
}

/** Writes warnings and errors to stderr as one line each; info is dropped unless ASYBOT_LOG=info. */
export function createStderrLog(env: Record<string, string | undefined> = process.env): ServiceLog {
  const verbose = env.ASYBOT_LOG === 'info';
  return (level, message, fields) => {
    if (level === 'info' && !verbose) return;
    const extra = fields ? ' ' + JSON.stringify(fields, (_key, value: unknown) => value instanceof Error ? { name: value.name, message: value.message, code: (value as { code?: unknown }).code } : value) : '';
    process.stderr.write(`asybot ${level}: ${message}${extra}\n`);
  };
}
