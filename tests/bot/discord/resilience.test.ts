import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AsybotService } from '../../../core/service/types.ts';
import { refusedConnections, startHarness, waitForAnswer, waitForOriginalContent, type Harness } from './discordHarness.ts';

let h: Harness;
let failNextDiagram = false;
/** The real service, except that the next /diagram throws (a bug in the service must not take the bot down). */
function withInjectedFault(service: AsybotService): AsybotService {
  return new Proxy(service, {
    get(target, name, receiver) {
      if (name === 'diagram') {
        return (...args: Parameters<AsybotService['diagram']>) => {
          if (failNextDiagram) {
            failNextDiagram = false;
            return Promise.reject(new Error('injected fault: database on fire'));
          }
          return target.diagram(...args);
        };
      }
      return Reflect.get(target, name, receiver);
    },
  });
}

before(async () => { h = await startHarness({ wrapService: withInjectedFault }); });
after(async () => { await h?.close(); assert.deepEqual(refusedConnections, []); });

test('a handler that throws: the user gets one short apology (no stack trace), and the next request is served', async () => {
  const { fake } = h;
  failNextDiagram = true;
  const failing = fake.sendCommand({ user: fake.users.student, name: 'diagram', options: { text: 'Draw a regular hexagon.' } });
  const apology = await waitForOriginalContent(fake, failing, /^Sorry, something went wrong on our side/);
  assert.doesNotMatch(apology.body.json.content, /database on fire|\bat\b.*\.ts/);
  assert.deepEqual(apology.body.json.components, []);

  const next = fake.sendCommand({ user: fake.users.student, name: 'diagram', options: { text: 'Draw a regular hexagon.' } });
  assert.equal((await waitForAnswer(fake, next)).body.files[0]?.filename, 'diagram.png');
});

test('when Discord refuses every edit (the interaction token expired), the bot logs it and keeps serving others', async () => {
  const { fake } = h;
  fake.injectFailure({ method: 'PATCH', path: /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, status: 404, code: 10015, message: 'Unknown Webhook', times: 2 });
  const doomed = fake.sendCommand({ user: fake.users.student, name: 'render', options: { code: 'size(2cm); draw(unitcircle);' } });
  // Its first two edits (progress, the answer or the apology) are refused: each is logged, none escapes.
  await fake.waitForRequest(() => fake.requestsFor(doomed).filter((request) => request.method === 'PATCH' && request.status === 404).length === 2, 20_000, 'two refused edits');
  const other = fake.sendCommand({ user: fake.users.otherStudent, name: 'render', options: { code: 'size(2cm); draw(unitsquare);' } });
  const answer = await waitForAnswer(fake, other);
  assert.equal(answer.body.files[0]?.filename, 'diagram.png', answer.body.json.content);
});

test('an interaction the bot does not know gets an ephemeral "not available", not silence', async () => {
  const { fake } = h;
  const stale = fake.sendCommand({ user: fake.users.student, name: 'oldcommand' });
  const callback = await fake.waitForRequest((request) => request.path.includes(stale.token) && request.path.endsWith('/callback'));
  assert.equal(callback.body.json.type, 4);
  assert.equal(callback.body.json.data.flags, 64);
  assert.match(callback.body.json.data.content, /not available/);
});
