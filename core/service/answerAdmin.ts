import {
  countRecentFeedback,
  failJob,
  finishJob,
  getActiveModel,
  getModel,
  getRunningJob,
  isStorageError,
  listEvalRuns,
  listModels,
  setActiveModel,
  startJob,
  type EvalRunRow,
  type JobKind,
  type JobRow,
} from '../storage/index.ts';
import { formatSeconds } from './explainFailure.ts';
import { isAdmin, type ServiceContext } from './serviceContext.ts';
import type { NoticeReply, Requester, ServiceStatus, StatusReply } from './types.ts';

/** Admin commands: status, eval, retrain, rollback. Each says plainly what it did and what it could not do. */

const DAY_MS = 24 * 60 * 60 * 1000;

const NOT_ADMIN: NoticeReply = {
  ok: false,
  errorCode: 'NOT_ADMIN',
  text: 'Sorry, only asybot admins can do that. Ask a teacher or server admin if you think this is needed.',
};

export function answerStatus(context: ServiceContext, who: Requester): StatusReply {
  if (!isAdmin(context, who)) return NOT_ADMIN;
  const { db } = context;
  const nowMs = context.now();
  const active = getActiveModel(db);
  const servingModelId = context.generator.modelId;
  const latest: EvalRunRow | undefined = listEvalRuns(db, { modelId: servingModelId })[0]
    ?? (active ? listEvalRuns(db, { modelId: active.id })[0] : undefined);
  const status: ServiceStatus = {
    servingModelId,
    activeModelId: active?.id ?? null,
    latestEval: latest ? {
      modelId: latest.modelId, setName: latest.setName, n: latest.n, compileRate: latest.compileRate,
      nonBlankRate: latest.nonBlankRate, labelRecall: latest.labelRecall, predicatePassRate: latest.predicatePassRate,
      p50Ms: latest.p50Ms, p95Ms: latest.p95Ms, createdAtMs: latest.createdAtMs,
    } : null,
    queueLength: context.queue.waiting,
    running: context.queue.running,
    feedbackLast24h: countRecentFeedback(db, nowMs - DAY_MS),
    feedbackLast7d: countRecentFeedback(db, nowMs - 7 * DAY_MS),
  };
  const lines = [
    `Model: ${servingModelId} (registry's active model: ${status.activeModelId ?? 'none registered'})`,
    latest
      ? `Latest eval of ${latest.modelId} on ${latest.setName} (n=${latest.n}, ${formatTime(latest.createdAtMs)}): ` +
        `compiles ${percent(latest.compileRate)}, non-blank ${percent(latest.nonBlankRate)}, labels ${percent(latest.labelRecall)}, ` +
        `predicates ${percent(latest.predicatePassRate)}, p50 ${formatSeconds(latest.p50Ms)}, p95 ${formatSeconds(latest.p95Ms)}`
      : `Latest eval: none recorded for ${servingModelId}`,
    `Queue: ${status.queueLength} waiting, ${status.running} in progress`,
    `Feedback: ${status.feedbackLast24h} in the last 24 h, ${status.feedbackLast7d} in the last 7 days`,
  ];
  const evalJob = getRunningJob(db, 'eval');
  if (evalJob) lines.push(`Eval job ${shortId(evalJob.id)} running since ${formatTime(evalJob.startedAtMs)}`);
  return { ok: true, text: lines.join('\n'), status };
}

export function answerRunEval(context: ServiceContext, who: Requester): NoticeReply {
  if (!isAdmin(context, who)) return NOT_ADMIN;
  const { db, evaluation } = context;
  const missing = evaluation === undefined
    ? 'the evaluation harness (core/evaluation) is not part of this build'
    : evaluation.unavailableReason();
  const started = startAdminJob(context, who, 'eval', { set: evaluation?.describe() ?? null, modelId: context.generator.modelId });
  if (!started.ok) return started.reply;
  const job = started.job;
  if (missing !== null) {
    failJob(db, job.id, `EVAL_UNAVAILABLE: ${missing}`, { finishedAtMs: context.now() });
    return { ok: false, errorCode: 'EVAL_UNAVAILABLE', jobId: job.id, text: `Recorded eval job ${shortId(job.id)}, but nothing was evaluated: ${missing}.` };
  }

  const finishIfStillOurs = (finish: () => void): void => {
    if (!context.jobs.has(job.id)) return; // close() already marked it stopped
    try {
      finish();
    } catch (error) {
      context.log('error', 'could not record the end of an eval job', { jobId: job.id, error });
    }
  };
  const run = Promise.resolve()
    .then(() => evaluation!.run({ generator: context.generator, compiler: context.compiler, db, jobId: job.id }))
    .then(
      (result) => finishIfStillOurs(() => {
        finishJob(db, job.id, { detail: { summary: result.summary, result: result.detail ?? null }, finishedAtMs: context.now() });
        context.log('info', 'eval job finished', { jobId: job.id, summary: result.summary });
      }),
      (error: unknown) => finishIfStillOurs(() => {
        const message = error instanceof Error ? error.message : String(error);
        failJob(db, job.id, message, { finishedAtMs: context.now() });
        context.log('error', 'eval job failed', { jobId: job.id, error });
      }),
    )
    .finally(() => context.jobs.delete(job.id));
  context.jobs.set(job.id, run);
  return {
    ok: true,
    jobId: job.id,
    text: `Started evaluating ${context.generator.modelId} on ${evaluation!.describe()} (job ${shortId(job.id)}). ` +
      'It runs in the background; /status shows the result when it finishes.',
  };
}

export function answerRetrain(context: ServiceContext, who: Requester): NoticeReply {
  if (!isAdmin(context, who)) return NOT_ADMIN;
  const started = startAdminJob(context, who, 'retrain', { servingModelId: context.generator.modelId });
  if (!started.ok) return started.reply;
  failJob(context.db, started.job.id, 'TRAINING_UNAVAILABLE: training is not built yet', { finishedAtMs: context.now() });
  return {
    ok: false,
    errorCode: 'TRAINING_UNAVAILABLE',
    jobId: started.job.id,
    text: `Recorded the retrain request (job ${shortId(started.job.id)}), but training is not built yet, so no model ` +
      `was trained. /diagram keeps using ${context.generator.modelId}.`,
  };
}

export function answerRollback(context: ServiceContext, who: Requester, modelId: string): NoticeReply {
  if (!isAdmin(context, who)) return NOT_ADMIN;
  const { db } = context;
  const id = typeof modelId === 'string' ? modelId.trim() : '';
  if (id === '') return { ok: false, errorCode: 'INVALID_INPUT', text: 'Name the model to roll back to, e.g. `/rollback MODEL_ID`.' };
  const target = getModel(db, id);
  if (target === undefined) {
    const known = listModels(db).slice(0, 5).map((model) => `${model.id} (${model.status})`);
    return {
      ok: false,
      errorCode: 'UNKNOWN_MODEL',
      text: `There is no model "${id}". ${known.length ? `Newest models: ${known.join(', ')}.` : 'No models are registered yet.'}`,
    };
  }
  if (target.status === 'rejected') {
    return { ok: false, errorCode: 'MODEL_REJECTED', text: `Model ${id} was rejected after evaluation and cannot be made active.` };
  }
  if (target.status === 'active') return { ok: true, text: `Model ${id} is already the active model.` };

  const started = startAdminJob(context, who, 'rollback', { to: id, from: getActiveModel(db)?.id ?? null });
  if (!started.ok) return started.reply;
  let previousModelId: string | null;
  try {
    ({ previousModelId } = setActiveModel(db, id, context.now()));
  } catch (error) {
    failJob(db, started.job.id, error instanceof Error ? error.message : String(error), { finishedAtMs: context.now() });
    throw error;
  }
  finishJob(db, started.job.id, { detail: { to: id, from: previousModelId }, finishedAtMs: context.now() });
  const serving = context.generator.modelId;
  const note = serving === id ? '' : ` Note: /diagram is answered by ${serving}, which does not follow the registry, so users see no change yet.`;
  return { ok: true, jobId: started.job.id, text: `Model ${id} is now active (was ${previousModelId ?? 'none'}).${note}` };
}

type StartedJob = { ok: true; job: JobRow } | { ok: false; reply: NoticeReply };

function startAdminJob(context: ServiceContext, who: Requester, kind: JobKind, detail: unknown): StartedJob {
  try {
    const job = startJob(context.db, { kind, triggeredBy: `${who.platform}:${who.userId}`, detail, startedAtMs: context.now() });
    return { ok: true, job };
  } catch (error) {
    if (!isStorageError(error, 'STORAGE_JOB_ALREADY_RUNNING')) throw error;
    const running = getRunningJob(context.db, kind);
    const since = running ? ` (job ${shortId(running.id)}, started ${formatTime(running.startedAtMs)} by ${running.triggeredBy})` : '';
    return { ok: false, reply: { ok: false, errorCode: 'JOB_ALREADY_RUNNING', jobId: running?.id, text: `A ${kind} job is already running${since}.` } };
  }
}

function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

function formatTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function shortId(id: string): string {
  return id.slice(0, 8);
}
