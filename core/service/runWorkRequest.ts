import { CompileBusyError } from '../compile/createCompileService.ts';
import type { Theme } from '../compile/finishPng.ts';
import {
  markRequestAnswered,
  markRequestFailed,
  markRequestRunning,
  recordRequest,
  type RequestKind,
} from '../storage/index.ts';
import { QueueFullError } from './createWorkQueue.ts';
import { INTERNAL_TEXT, secondsFromMs } from './explainFailure.ts';
import type { ServiceContext } from './serviceContext.ts';
import type { DiagramReply, ProgressListener, Requester } from './types.ts';

/**
 * The path every request that costs work takes (diagram, render, regenerate, fix): a request row first, then
 * refusals (invalid input, rate limit, full queue) answered at once, then one unit of work in the queue under a
 * deadline, then the row marked answered or failed. Nothing here throws: every path ends in a reply.
 */

export interface WorkSpec {
  kind: RequestKind;
  /** Stored as the request's text (clipped); the prompt, or the pasted code. */
  requestText: string;
  theme?: Theme;
  parentRequestId?: string | null;
  /** A refusal found before any work (empty text, unknown generation, …): recorded and answered, never queued. */
  refusal?: { errorCode: string; text: string };
}

export interface WorkOutcome {
  ok: boolean;
  text: string;
  /** Required when !ok: stored on the request row. */
  errorCode?: string;
  generationId?: string;
  png?: Buffer;
  code?: string;
  modelId?: string;
  detail?: string;
  retryAfterS?: number;
}

export type Work = (requestId: string, signal: AbortSignal) => Promise<WorkOutcome>;

/** Stored request text is capped; 4× the accepted prompt length keeps enough of a refused one to see why. */
const STORED_TEXT_CHARS = 8000;
/** Weight of the newest unit in the running mean used for wait estimates. */
const MEAN_WEIGHT = 0.2;

export async function runWorkRequest(
  context: ServiceContext,
  who: Requester,
  spec: WorkSpec,
  progress: ProgressListener | undefined,
  work: Work,
): Promise<DiagramReply> {
  const startedAt = performance.now();
  const { db, log } = context;
  let requestId: string;
  try {
    requestId = recordRequest(db, {
      platform: who.platform,
      platformUserId: who.userId,
      guildId: who.guildId ?? null,
      channelId: who.channelId ?? null,
      kind: spec.kind,
      requestText: spec.requestText.length > STORED_TEXT_CHARS ? spec.requestText.slice(0, STORED_TEXT_CHARS) + '…' : spec.requestText,
      theme: spec.theme ?? null,
      parentRequestId: spec.parentRequestId ?? null,
      createdAtMs: context.now(),
    }).id;
  } catch (error) {
    log('error', 'could not record a request', { kind: spec.kind, user: who.userId, error });
    return { ok: false, requestId: '', text: INTERNAL_TEXT, errorCode: 'INTERNAL', durationMs: performance.now() - startedAt };
  }

  const finish = (outcome: WorkOutcome): DiagramReply => {
    try {
      if (outcome.ok) markRequestAnswered(db, requestId, context.now());
      else markRequestFailed(db, requestId, outcome.errorCode ?? 'INTERNAL', context.now());
    } catch (error) {
      // The reply still goes out; the row stays as it was (a restart marks it INTERRUPTED).
      log('error', 'could not mark a request finished', { requestId, error });
    }
    return { ...outcome, requestId, durationMs: performance.now() - startedAt };
  };

  if (context.closing) {
    return finish({ ok: false, errorCode: 'SHUTTING_DOWN', text: 'asybot is restarting; please try again in a minute.' });
  }
  if (spec.refusal) return finish({ ok: false, ...spec.refusal });

  const userKey = `${who.platform}:${who.userId}`;
  const decision = context.limiter.take(userKey);
  if (!decision.ok) {
    const retryAfterS = secondsFromMs(decision.retryAfterMs);
    return finish({
      ok: false,
      errorCode: 'RATE_LIMITED',
      retryAfterS,
      text: `You're sending requests faster than I can draw them. Please wait ${retryAfterS} s and try again.`,
    });
  }

  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let timeUp!: (value: 'timeout') => void;
  const deadline = new Promise<'timeout'>((resolve) => { timeUp = resolve; });

  let unit: Promise<WorkOutcome>;
  try {
    unit = context.queue.enqueue(async () => {
      timer = setTimeout(() => timeUp('timeout'), context.config.requestTimeoutMs);
      markRequestRunning(db, requestId);
      callSafely(() => progress?.working?.());
      const unitStartedAt = performance.now();
      try {
        return await work(requestId, controller.signal);
      } finally {
        const spentMs = performance.now() - unitStartedAt;
        context.unitMs.mean = context.unitMs.mean * (1 - MEAN_WEIGHT) + spentMs * MEAN_WEIGHT;
      }
    }, { onQueued: (position) => callSafely(() => progress?.queued?.(position)) });
  } catch (error) {
    if (!(error instanceof QueueFullError)) throw error;
    context.limiter.refund(userKey);
    return finish(busyOutcome(context, error.waiting));
  }

  let outcome: WorkOutcome;
  try {
    const first = await Promise.race([unit, deadline]);
    if (first === 'timeout') {
      controller.abort();
      // The unit keeps its queue slot until it really stops; its late rows still land on this request.
      unit.catch((error: unknown) => log('warn', 'a timed-out request failed afterwards', { requestId, error }));
      const seconds = secondsFromMs(context.config.requestTimeoutMs);
      outcome = { ok: false, errorCode: 'TIMEOUT', text: `That took longer than ${seconds} s, so I stopped. Try a simpler request.` };
    } else {
      outcome = first;
    }
  } catch (error) {
    if (error instanceof CompileBusyError) {
      outcome = busyOutcome(context, error.queueLength);
    } else {
      log('error', 'a request crashed', { requestId, kind: spec.kind, error });
      outcome = { ok: false, errorCode: 'INTERNAL', text: INTERNAL_TEXT };
    }
  } finally {
    clearTimeout(timer);
  }
  return finish(outcome);
}

function busyOutcome(context: ServiceContext, waiting: number): WorkOutcome {
  const retryAfterS = secondsFromMs((context.unitMs.mean * (waiting + 1)) / context.queue.concurrency);
  return {
    ok: false,
    errorCode: 'BUSY',
    retryAfterS,
    text: `I'm busy with ${waiting} other diagrams right now. Please try again in ${retryAfterS} s.`,
  };
}

function callSafely(listener: () => void): void {
  try {
    listener();
  } catch {
    // An adapter's progress display failing must not fail the request.
  }
}
