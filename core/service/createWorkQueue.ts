import { AsybotError } from '../errors.ts';

/**
 * The service's one queue: a unit of work is a whole request (generation and its compiles), so the compile
 * pool behind it rarely queues. At most `concurrency` units run; at most `maxWaiting` wait, each told its
 * 1-based place on arrival and again whenever it moves up; beyond that `enqueue` refuses synchronously.
 */

export class QueueFullError extends AsybotError {
  constructor(readonly waiting: number) {
    super('BUSY', `the queue is full (${waiting} requests waiting)`);
  }
}

export interface EnqueueOptions {
  onQueued?: (position: number) => void;
}

export interface WorkQueue {
  /** Runs `task` when a slot is free. Throws QueueFullError (synchronously, before any await) when full. */
  enqueue<T>(task: () => Promise<T>, options?: EnqueueOptions): Promise<T>;
  readonly waiting: number;
  readonly running: number;
  readonly concurrency: number;
  /** Resolves once nothing runs or waits. */
  idle(): Promise<void>;
}

interface Waiter {
  start: () => void;
  onQueued?: (position: number) => void;
}

export function createWorkQueue(options: { concurrency: number; maxWaiting: number }): WorkQueue {
  const waiters: Waiter[] = [];
  let running = 0;
  let idleWaiters: (() => void)[] = [];

  function notify(waiter: Waiter, position: number): void {
    try {
      waiter.onQueued?.(position);
    } catch {
      // A broken progress listener must not stall the queue.
    }
  }

  function release(): void {
    const next = waiters.shift();
    if (next) {
      waiters.forEach((waiter, index) => notify(waiter, index + 1));
      next.start(); // the slot passes straight on: `running` stays the same
      return;
    }
    running -= 1;
    if (running === 0) {
      const resolvers = idleWaiters;
      idleWaiters = [];
      resolvers.forEach((resolve) => resolve());
    }
  }

  function enqueue<T>(task: () => Promise<T>, enqueueOptions: EnqueueOptions = {}): Promise<T> {
    const run = async (): Promise<T> => {
      try {
        return await task();
      } finally {
        release();
      }
    };
    if (running < options.concurrency) {
      running += 1;
      return run();
    }
    if (waiters.length >= options.maxWaiting) throw new QueueFullError(waiters.length);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = { start: () => run().then(resolve, reject), onQueued: enqueueOptions.onQueued };
      waiters.push(waiter);
      notify(waiter, waiters.length);
    });
  }

  return {
    enqueue,
    get waiting() { return waiters.length; },
    get running() { return running; },
    concurrency: options.concurrency,
    idle() {
      if (running === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
