import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createWorkQueue, QueueFullError } from '../../../core/service/createWorkQueue.ts';

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => { open = resolve; });
  return { promise, open };
}

test('the queue runs at most `concurrency` tasks and starts waiting ones in arrival order', async () => {
  const queue = createWorkQueue({ concurrency: 2, maxWaiting: 10 });
  const gates = [gate(), gate(), gate(), gate()];
  const started: number[] = [];
  const results = gates.map((g, i) => queue.enqueue(async () => { started.push(i); await g.promise; return i; }));
  assert.deepEqual([queue.running, queue.waiting, started], [2, 2, [0, 1]]);
  gates[1]!.open();
  assert.equal(await results[1], 1);
  assert.deepEqual(started, [0, 1, 2]);
  gates.forEach((g) => g.open());
  assert.deepEqual(await Promise.all(results), [0, 1, 2, 3]);
  await queue.idle();
  assert.deepEqual([queue.running, queue.waiting], [0, 0]);
});

test('waiting tasks hear their place on arrival and each time it improves', async () => {
  const queue = createWorkQueue({ concurrency: 1, maxWaiting: 10 });
  const first = gate();
  const heard: number[][] = [[], [], []];
  const running = queue.enqueue(() => first.promise);
  const waiting = heard.map((positions) => queue.enqueue(async () => undefined, { onQueued: (p) => positions.push(p) }));
  assert.deepEqual(heard, [[1], [2], [3]]);
  first.open();
  await Promise.all([running, ...waiting]);
  assert.deepEqual(heard, [[1], [2, 1], [3, 2, 1]]);
});

test('a full queue refuses synchronously with the number waiting, and a listener that throws is ignored', async () => {
  const queue = createWorkQueue({ concurrency: 1, maxWaiting: 1 });
  const g = gate();
  const a = queue.enqueue(() => g.promise);
  const b = queue.enqueue(async () => 'b', { onQueued: () => { throw new Error('display gone'); } });
  assert.throws(() => queue.enqueue(async () => 'c'), (error: unknown) => error instanceof QueueFullError && error.waiting === 1 && error.code === 'BUSY');
  g.open();
  assert.equal(await b, 'b');
  await a;
});

test('a task that throws frees its slot for the next one', async () => {
  const queue = createWorkQueue({ concurrency: 1, maxWaiting: 5 });
  const failing = queue.enqueue(async () => { throw new Error('boom'); });
  const next = queue.enqueue(async () => 'next');
  await assert.rejects(failing, /boom/);
  assert.equal(await next, 'next');
});
