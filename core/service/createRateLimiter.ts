/**
 * Per-user sliding-window limit: at most `limit` admitted requests in any `windowMs`. Refused attempts do not
 * count, so a user who waits the announced time always gets in. Kept in memory: a restart forgets the window,
 * which at worst lets a user in early once.
 */

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

export interface RateLimiter {
  /** Admits (and counts) the request, or says how long until the oldest counted one leaves the window. */
  take(key: string): RateDecision;
  /** Gives back the last admission (the request was refused later, e.g. the queue was full). */
  refund(key: string): void;
}

export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const admittedAtMs = new Map<string, number[]>();
  let takesSinceSweep = 0;

  function sweep(atMs: number): void {
    // Forget users whose window has emptied, so the map does not grow with every user ever seen.
    for (const [key, times] of admittedAtMs) {
      if (times.every((t) => t <= atMs - options.windowMs)) admittedAtMs.delete(key);
    }
  }

  return {
    take(key) {
      const atMs = now();
      if (++takesSinceSweep >= 1000) {
        takesSinceSweep = 0;
        sweep(atMs);
      }
      const recent = (admittedAtMs.get(key) ?? []).filter((t) => t > atMs - options.windowMs);
      if (recent.length >= options.limit) {
        admittedAtMs.set(key, recent);
        return { ok: false, retryAfterMs: recent[0]! + options.windowMs - atMs };
      }
      recent.push(atMs);
      admittedAtMs.set(key, recent);
      return { ok: true };
    },
    refund(key) {
      admittedAtMs.get(key)?.pop();
    },
  };
}
