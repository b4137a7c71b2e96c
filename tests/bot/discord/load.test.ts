import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CALLBACK, callbackOf, originalEdits, refusedConnections, startHarness, waitForAnswer, type Harness,
} from './discordHarness.ts';

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); assert.deepEqual(refusedConnections, []); });

const REQUESTS = [
  'Draw a triangle inscribed in a circle with center O.', 'Draw a square ABCD with its diagonals.', 'Draw a regular hexagon.',
  'Draw an equilateral triangle DEF.', 'Draw a circle with center O and a red chord AB.', 'Draw an isosceles triangle ABC with AB = AC.',
  'Draw two parallel lines cut by a transversal.', 'Draw an angle of 40 degrees with vertex B.', 'Plot the point (3, 2) on a coordinate plane.',
  'Draw a number line from -5 to 5 and mark the point 2.',
];

test('20 students asking at once: every /diagram is acknowledged in time, answered once, and waiting ones see their place', async () => {
  const { fake, db } = h;
  // One 429 on thread creation on the way: it must be waited out, not lose a code thread.
  fake.injectRateLimit({ method: 'POST', path: /^\/channels\/\d+\/messages\/\d+\/threads$/, retryAfterS: 0.5, times: 1 });
  const students = Array.from({ length: 20 }, (_, i) => fake.addUser(`student${i}`));
  const startedAt = Date.now();
  const interactions = students.map((student, i) => fake.sendCommand({ user: student, name: 'diagram', options: { text: REQUESTS[i % REQUESTS.length]! } }));
  await Promise.all(interactions.map((interaction) => waitForAnswer(fake, interaction, 50_000)));
  const elapsedMs = Date.now() - startedAt;

  const positions = new Set<number>();
  for (const interaction of interactions) {
    const callback = callbackOf(fake, interaction)!;
    assert.equal(callback.body.json.type, CALLBACK.DeferredChannelMessage);
    assert.equal(callback.status, 204, 'acknowledged within 3 s');
    const edits = originalEdits(fake, interaction);
    const finals = edits.filter((edit) => edit.body.files.length > 0);
    assert.equal(finals.length, 1, 'exactly one answer per request');
    assert.equal(edits.at(-1), finals[0], 'nothing edits the answer afterwards');
    for (const edit of edits) {
      const match = /^You're #(\d+) in the queue…$/.exec(edit.body.json.content);
      if (match) positions.add(Number(match[1]));
    }
    assert.equal(fake.original(interaction)!.attachments[0]?.filename, 'diagram.png');
  }
  // Service concurrency is 2: 18 wait, and the later ones are told a place well down the queue.
  assert.ok(positions.size >= 5 && Math.max(...positions) >= 10, `queue positions shown: ${[...positions].sort((a, b) => a - b)}`);

  const rows = db.prepare("SELECT status, count(*) AS n FROM requests WHERE kind = 'diagram' GROUP BY status").all();
  assert.deepEqual(rows, [{ status: 'answered', n: 20 }]);
  await fake.waitForRequest(() => fake.requests.filter((request) => request.path.endsWith('/threads') && request.status === 201).length === 20, 20_000, '20 code threads');
  assert.equal(fake.requests.filter((request) => request.path.endsWith('/threads') && request.status === 429).length, 1);
  assert.deepEqual(fake.fakeErrors, []);
  process.stderr.write(`20 concurrent /diagram answered in ${elapsedMs} ms\n`);
});
