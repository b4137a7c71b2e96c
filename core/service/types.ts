import type { Theme } from '../compile/finishPng.ts';

/**
 * The core service that every chat front end drives. Adapters (bot/discord, bot/slack, bot/console) turn their
 * SDK's events into these calls and the replies into their platform's messages; they are the only files that
 * import an SDK, and they hold no business logic (rate limits, storage, generation, admin rules live here).
 */

export type ChatPlatform = 'discord' | 'slack' | 'console';

/** Who is asking, as the adapter established it. `isAdmin` comes from platform permissions or configuration. */
export interface Requester {
  platform: ChatPlatform;
  userId: string;
  isAdmin: boolean;
  guildId?: string;
  channelId?: string;
}

/**
 * Live progress for the adapter to show ("you are #3 in the queue", "drawing…"). `queued` is called with the
 * 1-based place when the request has to wait, and again each time it moves up; `working` once, when its turn
 * comes. Neither is called for requests refused before they queue. Listeners must not throw (errors are ignored).
 */
export interface ProgressListener {
  queued?(position: number): void;
  working?(): void;
}

/**
 * Stable `errorCode`s of replies, for adapters that word or style refusals themselves. Compile failures keep the
 * compiler's own codes (COMPILE_ERROR, COMPILE_TIMEOUT, COMPILE_BLANK, INPUT_TOO_LARGE, … in
 * core/compile/compileAsy.ts) and a model that produced nothing gives GENERATION_FAILED. Request rows also use
 * INTERRUPTED: marked at start-up for requests a crashed process never answered.
 */
export type ServiceErrorCode =
  | 'EMPTY_REQUEST' | 'REQUEST_TOO_LONG' | 'INVALID_THEME' | 'NO_CODE' // input refused before any work
  | 'RATE_LIMITED' | 'BUSY' | 'TIMEOUT' | 'SHUTTING_DOWN' // capacity: retryAfterS says when to come back
  | 'UNKNOWN_REQUEST' | 'UNKNOWN_GENERATION' | 'NOT_REGENERABLE' | 'INVALID_VOTE' // references that do not fit
  | 'NOT_ALLOWED' | 'NOT_ADMIN' // permissions
  | 'INVALID_INPUT' | 'UNKNOWN_MODEL' | 'MODEL_REJECTED' | 'JOB_ALREADY_RUNNING' | 'EVAL_UNAVAILABLE' | 'TRAINING_UNAVAILABLE' // admin
  | 'INTERNAL'; // our fault; the log has the details

/** Everything an adapter needs to show an answer. Failures are replies too (ok=false, short `text`). */
export interface DiagramReply {
  ok: boolean;
  /** The request row; '' only when the request could not even be recorded (errorCode 'INTERNAL'). */
  requestId: string;
  /**
   * The generation this reply shows (or the last failed attempt): the target of votes and fixes. Absent for
   * /render (the user's own code). For /fix replies it is the generation that was fixed, so further fixes and
   * votes still point at the model's output.
   */
  generationId?: string;
  png?: Buffer;
  code?: string;
  modelId?: string;
  /** One short line for the user: a caption on success, the readable error otherwise (never a stack trace). */
  text: string;
  /** Compile error detail with line and caret, for the code thread (may be empty). */
  detail?: string;
  errorCode?: string;
  /** When rate-limited or busy: how long to wait. */
  retryAfterS?: number;
  durationMs: number;
}

/** A short acknowledgement (votes, deletes, admin commands). */
export interface NoticeReply {
  ok: boolean;
  text: string;
  errorCode?: string;
  /** The jobs row an admin command recorded (eval, retrain, rollback), for follow-up. */
  jobId?: string;
}

/** What `status` knows, for adapters that want to lay it out themselves (text already holds all of it). */
export interface ServiceStatus {
  /** The model answering /diagram now (the generator's own id). */
  servingModelId: string;
  /** The registry's active model (null when none is registered); rollback changes this. */
  activeModelId: string | null;
  /** Newest eval run of the serving model (else of the registry's active model), null when never evaluated. */
  latestEval: {
    modelId: string;
    setName: string;
    n: number;
    compileRate: number;
    nonBlankRate: number;
    labelRecall: number;
    predicatePassRate: number;
    p50Ms: number;
    p95Ms: number;
    createdAtMs: number;
  } | null;
  queueLength: number;
  running: number;
  /** Votes and fixes created or changed in the last 24 hours / 7 days. */
  feedbackLast24h: number;
  feedbackLast7d: number;
}

export interface StatusReply extends NoticeReply {
  /** Present when ok. */
  status?: ServiceStatus;
}

export interface DiagramInput {
  text: string;
  theme?: Theme;
}

export interface RenderInput {
  /** Raw message or code: `[asy]` blocks and fences are unwrapped. */
  code: string;
  theme?: Theme;
}

export interface AsybotService {
  /** `/diagram TEXT`: generate, compile (with repair), store, reply. */
  diagram(who: Requester, input: DiagramInput, progress?: ProgressListener): Promise<DiagramReply>;
  /** `/render CODE` or a pasted `[asy]` block: compile the user's own code. */
  render(who: Requester, input: RenderInput, progress?: ProgressListener): Promise<DiagramReply>;
  /**
   * 🔁: a new request (parent = requestId) for the same text and theme; every code already shown along the chain
   * goes to the generator as `previous`, so it offers a different candidate. Anyone may press it (rate-limited).
   */
  regenerate(who: Requester, requestId: string, progress?: ProgressListener): Promise<DiagramReply>;
  /** 👍/👎: stored before the user is thanked; a second vote by the same user replaces the first. */
  vote(who: Requester, generationId: string, vote: 1 | -1): Promise<NoticeReply>;
  /** A teacher's corrected code (raw, `[asy]` blocks and fences unwrapped): compiled, shown, stored as a gold example only when it compiles. */
  submitFix(who: Requester, generationId: string, code: string, progress?: ProgressListener): Promise<DiagramReply>;
  /** 🗑: only the requester (or an admin) may delete; the adapter deletes the message when ok. Nothing is removed from storage. */
  authorizeDelete(who: Requester, requestId: string): Promise<NoticeReply>;
  /** Admin commands; non-admins get a polite refusal (errorCode 'NOT_ADMIN'). */
  status(who: Requester): Promise<StatusReply>;
  runEval(who: Requester): Promise<NoticeReply>;
  retrain(who: Requester): Promise<NoticeReply>;
  rollback(who: Requester, modelId: string): Promise<NoticeReply>;
  /** Waiting requests (all users), for status lines. */
  readonly queueLength: number;
  /**
   * Stops taking requests (new ones get errorCode 'SHUTTING_DOWN'), lets admitted ones finish, stops background
   * jobs, then releases what the service was given to own (generator, database) through its onClose hook.
   */
  close(): Promise<void>;
}
