import type { CompileService } from '../compile/createCompileService.ts';
import type { Generator } from '../generation/types.ts';
import { failJob, failUnfinishedRequests, type Database } from '../storage/index.ts';
import { answerRetrain, answerRollback, answerRunEval, answerStatus } from './answerAdmin.ts';
import { answerDiagram, answerRegenerate } from './answerDiagram.ts';
import { answerDelete, answerVote } from './answerFeedback.ts';
import { answerFix, answerRender } from './answerRender.ts';
import { createRateLimiter } from './createRateLimiter.ts';
import { createWorkQueue } from './createWorkQueue.ts';
import { INTERNAL_TEXT } from './explainFailure.ts';
import type { ServiceConfig } from './readServiceConfig.ts';
import { createStderrLog, type EvaluationHarness, type ServiceContext, type ServiceLog } from './serviceContext.ts';
import type { AsybotService, ChatPlatform, DiagramReply, NoticeReply } from './types.ts';

/**
 * The one AsybotService: every chat adapter drives this object. It owns the queue and the rate limiter; the
 * generator, compiler and database are given to it (openAsybotService builds them from config).
 */

export interface AsybotServiceDeps {
  db: Database;
  generator: Generator;
  compiler: CompileService;
  config: ServiceConfig;
  /** Offline evaluation behind /eval; without it /eval records the job and says the harness is missing. */
  evaluation?: EvaluationHarness;
  /**
   * Platforms whose unfinished requests this process takes over at start-up (marked failed 'INTERRUPTED'). Default:
   * all chat platforms. A bot sharing the database with another bot process should name only its own.
   */
  recoverPlatforms?: readonly ChatPlatform[];
  log?: ServiceLog;
  /** Clock in ms since the epoch (tests move it to cross rate-limit windows). */
  now?: () => number;
  /** Called by close() after work has drained: release what the opener handed over (generator, database). */
  onClose?: () => unknown;
}

/** First guess at one request's duration (ms) for "try again in N s", before any has been timed. */
const INITIAL_UNIT_MS = 3000;

export function createAsybotService(deps: AsybotServiceDeps): AsybotService {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? createStderrLog();
  const context: ServiceContext = {
    db: deps.db,
    generator: deps.generator,
    compiler: deps.compiler,
    config: deps.config,
    queue: createWorkQueue({ concurrency: deps.config.concurrency, maxWaiting: deps.config.queueMax }),
    limiter: createRateLimiter({ limit: deps.config.rateLimitRequests, windowMs: deps.config.rateLimitWindowS * 1000, now }),
    evaluation: deps.evaluation,
    log,
    now,
    unitMs: { mean: INITIAL_UNIT_MS },
    jobs: new Map(),
    closing: false,
  };

  // Requests a crashed process left queued or running will never be answered: say so in their rows.
  const interrupted = failUnfinishedRequests(deps.db, {
    platforms: deps.recoverPlatforms ?? ['discord', 'slack', 'console'],
    beforeMs: now(),
    errorCode: 'INTERRUPTED',
    atMs: now(),
  });
  if (interrupted.length > 0) log('warn', `marked ${interrupted.length} unfinished requests as INTERRUPTED`, { ids: interrupted });

  /** Handlers do not throw for users' mistakes; this catches our own faults (a failed read, a bug). */
  function guardDiagram(what: string, answer: () => Promise<DiagramReply>): Promise<DiagramReply> {
    const startedAt = performance.now();
    const fault = (error: unknown): DiagramReply => {
      log('error', `${what} failed`, { error });
      return { ok: false, requestId: '', errorCode: 'INTERNAL', text: INTERNAL_TEXT, durationMs: performance.now() - startedAt };
    };
    try {
      return answer().catch(fault);
    } catch (error) {
      return Promise.resolve(fault(error));
    }
  }

  async function guardNotice<T extends NoticeReply>(what: string, answer: () => T): Promise<T | NoticeReply> {
    try {
      return answer();
    } catch (error) {
      log('error', `${what} failed`, { error });
      return { ok: false, errorCode: 'INTERNAL', text: INTERNAL_TEXT };
    }
  }

  let closed: Promise<void> | undefined;

  return {
    diagram: (who, input, progress) => guardDiagram('diagram', () => answerDiagram(context, who, input, progress)),
    render: (who, input, progress) => guardDiagram('render', () => answerRender(context, who, input, progress)),
    regenerate: (who, requestId, progress) => guardDiagram('regenerate', () => answerRegenerate(context, who, requestId, progress)),
    submitFix: (who, generationId, code, progress) => guardDiagram('submitFix', () => answerFix(context, who, generationId, code, progress)),
    vote: (who, generationId, vote) => guardNotice('vote', () => answerVote(context, who, generationId, vote)),
    authorizeDelete: (who, requestId) => guardNotice('authorizeDelete', () => answerDelete(context, who, requestId)),
    status: (who) => guardNotice('status', () => answerStatus(context, who)),
    runEval: (who) => guardNotice('runEval', () => answerRunEval(context, who)),
    retrain: (who) => guardNotice('retrain', () => answerRetrain(context, who)),
    rollback: (who, modelId) => guardNotice('rollback', () => answerRollback(context, who, modelId)),
    get queueLength() { return context.queue.waiting; },
    close() {
      closed ??= (async () => {
        context.closing = true;
        await context.queue.idle();
        // An eval can take many minutes: record that it was cut short rather than wait for it.
        for (const jobId of [...context.jobs.keys()]) {
          context.jobs.delete(jobId);
          try {
            failJob(deps.db, jobId, 'INTERRUPTED: the bot shut down before the evaluation finished', { finishedAtMs: now() });
          } catch (error) {
            log('error', 'could not mark an eval job interrupted', { jobId, error });
          }
        }
        await deps.onClose?.();
      })();
      return closed;
    },
  };
}
