import type { ProgressListener } from '../../../core/service/types.ts';
import { logError } from '../log.ts';

/**
 * Shows the service's progress ("You're #3 in the queue…", "Drawing…") by editing one message. Edits go out one
 * at a time and only the latest pending text is sent, so a busy queue costs a few edits, not one per position;
 * `finish()` stops further edits and waits for the one in flight, so it can never land after the final answer.
 */
export function createProgress(edit: (text: string) => Promise<unknown>): { listener: ProgressListener; finish(): Promise<void> } {
  let latest: string | undefined;
  let shown: string | undefined;
  let finished = false;
  let chain: Promise<void> = Promise.resolve();

  function show(text: string): void {
    if (finished) return;
    latest = text;
    // Each call adds one link; a link finding nothing new (an earlier link already took the latest text) is a no-op.
    chain = chain.then(async () => {
      const text = latest;
      latest = undefined;
      if (finished || text === undefined || text === shown) return;
      shown = text;
      // A failed progress edit is cosmetic: log it and carry on to the real answer.
      await edit(text).catch((error: unknown) => logError('progress edit failed', error));
    });
  }

  return {
    listener: {
      queued: (position) => show(`You're #${position} in the queue…`),
      working: () => show('Drawing…'),
    },
    async finish() {
      finished = true;
      await chain;
    },
  };
}
