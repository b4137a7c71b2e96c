import type { webApi } from '@slack/bolt';

/** Where a request is answered: a channel, or a thread in it (mentions are answered in their thread). */
export interface ReplyTarget {
  channel: string;
  threadTs?: string;
}

export interface MessageContent {
  text: string;
  blocks?: unknown[];
}

/**
 * The visible message that says "on it" or the queue position, then becomes the result card. It is posted on the
 * next microtask, so a queue position the service reports synchronously is in the first post. Progress updates
 * are coalesced and spaced (only the newest text is sent, at most one per PROGRESS_INTERVAL_MS), so a request that
 * moves up twenty places costs a few calls, and a late progress update never overwrites the result.
 */
export interface StatusMessage {
  /** Shows `text` as soon as the previous update is done (older pending texts are dropped). */
  show(text: string): void;
  /** Waits for pending updates, then turns the message into `content`; posts a new message if the first post failed. */
  finish(content: MessageContent): Promise<string>;
  /** Removes the message (the request was refused and the user is told privately). */
  discard(): Promise<void>;
}

/**
 * Least time between two progress updates of one message, ms. chat.update is a Tier 3 method (about 50 calls a
 * minute per workspace); a class of 20 waiting in a queue would exceed that if every move were shown.
 */
export const PROGRESS_INTERVAL_MS = 3_000;

export function postStatusMessage(
  client: webApi.WebClient,
  target: ReplyTarget,
  text: string,
  log: (message: string) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
): StatusMessage {
  const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
  let currentText = text;
  let lastSent: string | undefined;
  let lastSentAtMs = 0;
  let pendingText: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let finished = false;

  const posted: Promise<string | undefined> = Promise.resolve()
    .then(() => {
      lastSent = currentText;
      lastSentAtMs = Date.now();
      return client.chat.postMessage({ channel: target.channel, text: currentText, ...thread });
    })
    .then((res) => res.ts, (error: unknown) => {
      log(`status message not posted in ${target.channel}: ${describe(error)}`);
      return undefined;
    });

  const schedule = (): void => {
    if (finished || timer !== undefined || inFlight !== undefined || pendingText === undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      inFlight = update().finally(() => {
        inFlight = undefined;
        schedule();
      });
    }, Math.max(0, lastSentAtMs + intervalMs - Date.now()));
  };

  const update = async (): Promise<void> => {
    const ts = await posted;
    const next = pendingText;
    pendingText = undefined;
    if (ts === undefined || next === undefined || next === lastSent || finished) return;
    lastSent = next;
    lastSentAtMs = Date.now();
    try {
      await client.chat.update({ channel: target.channel, ts, text: next });
    } catch (error) {
      log(`status update failed: ${describe(error)}`); // progress is best effort; the result still comes
    }
  };

  /** Stops progress updates and waits for the one in flight, so it cannot land after the result. */
  const settle = async (): Promise<string | undefined> => {
    finished = true;
    pendingText = undefined;
    clearTimeout(timer);
    timer = undefined;
    await inFlight;
    return posted;
  };

  return {
    show(nextText) {
      if (finished) return;
      currentText = nextText; // used by the first post if it has not started yet
      pendingText = nextText;
      schedule();
    },
    async finish(content) {
      const ts = await settle();
      const args = { channel: target.channel, text: content.text, ...(content.blocks ? { blocks: content.blocks as never[] } : {}) };
      if (ts !== undefined) {
        await client.chat.update({ ...args, ts });
        return ts;
      }
      const res = await client.chat.postMessage({ ...args, ...thread });
      if (res.ts === undefined) throw new Error('chat.postMessage returned no ts');
      return res.ts;
    },
    async discard() {
      const ts = await settle();
      if (ts === undefined) return;
      await client.chat.delete({ channel: target.channel, ts }).catch((error: unknown) => log(`status delete failed: ${describe(error)}`));
    },
  };
}

/** A Web API error as one line: Slack's error code when there is one. */
export function describe(error: unknown): string {
  const data = (error as { data?: { error?: string } } | undefined)?.data;
  if (data?.error) return `${(error as Error).message} (${data.error})`;
  return error instanceof Error ? error.message : String(error);
}
