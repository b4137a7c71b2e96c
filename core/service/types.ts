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

/** Live progress for the adapter to show ("you are #3 in the queue", "drawing…"). */
export interface ProgressListener {
  queued?(position: number): void;
  working?(): void;
}

/** Everything an adapter needs to show an answer. Failures are replies too (ok=false, short `text`). */
export interface DiagramReply {
  ok: boolean;
  requestId: string;
  /** Present when a diagram (or an attempt) was generated or compiled: the target of votes and fixes. */
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
  /** 🔁: a fresh attempt for the same request text (a different candidate than before). */
  regenerate(who: Requester, requestId: string, progress?: ProgressListener): Promise<DiagramReply>;
  /** 👍/👎: stored before the user is thanked; a second vote by the same user replaces the first. */
  vote(who: Requester, generationId: string, vote: 1 | -1): Promise<NoticeReply>;
  /** A teacher's corrected code: compiled, shown, stored as a gold example when it compiles. */
  submitFix(who: Requester, generationId: string, code: string): Promise<DiagramReply>;
  /** 🗑: only the requester (or an admin) may delete; the adapter deletes the message when ok. */
  authorizeDelete(who: Requester, requestId: string): Promise<NoticeReply>;
  /** Admin commands; non-admins get a polite refusal (errorCode 'NOT_ADMIN'). */
  status(who: Requester): Promise<NoticeReply>;
  runEval(who: Requester): Promise<NoticeReply>;
  retrain(who: Requester): Promise<NoticeReply>;
  rollback(who: Requester, modelId: string): Promise<NoticeReply>;
  /** Waiting requests (all users), for status lines. */
  readonly queueLength: number;
  close(): Promise<void>;
}
