import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../../core/errors.ts';
import { openAsybotService } from '../../../core/service/openAsybotService.ts';
import { getRequest, markRequestRunning, openDatabase, recordRequest } from '../../../core/storage/index.ts';
import { writeFixtureCorpus } from '../../fixtures/retrievalSamples.ts';
import { CIRCLE_CODE, isPng, student } from './openTestService.ts';

test('openAsybotService builds the service from env: database at ASYBOT_DB, the compile pool, its own platform recovered', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asybot-open-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = path.join(dir, 'db', 'bot.sqlite');
  const seeded = openDatabase(dbPath);
  const slack = recordRequest(seeded, { platform: 'slack', platformUserId: 'u', kind: 'render', requestText: 'x', createdAtMs: Date.now() - 1000 });
  const discord = recordRequest(seeded, { platform: 'discord', platformUserId: 'u', kind: 'render', requestText: 'x', createdAtMs: Date.now() - 1000 });
  markRequestRunning(seeded, slack.id);
  markRequestRunning(seeded, discord.id);
  seeded.close();

  const logged: string[] = [];
  const service = await openAsybotService({
    env: { ASYBOT_DATA_DIR: dir, ASYBOT_DB: dbPath, ASYBOT_CACHE_DIR: 'off', ASYBOT_RATE_LIMIT_REQUESTS: '2', ASYBOT_CORPUS_DIR: writeFixtureCorpus(path.join(dir, 'corpus')) },
    platform: 'slack',
    log: (level, message) => logged.push(`${level}: ${message}`),
  });
  const drawn = await service.diagram(student('u1', 'slack'), { text: 'a circle with centre O' });
  assert.equal(drawn.ok, true, drawn.text);
  assert.match(drawn.modelId!, /^retrieval-bm25@/, 'the generator ASYBOT_GENERATOR and ASYBOT_CORPUS_DIR name');
  const reply = await service.render(student('u1', 'slack'), { code: CIRCLE_CODE });
  assert.equal(reply.ok, true, reply.text);
  assert.ok(isPng(reply.png));
  const limited = await service.render(student('u1', 'slack'), { code: CIRCLE_CODE });
  assert.equal(limited.errorCode, 'RATE_LIMITED', 'ASYBOT_RATE_LIMIT_REQUESTS was read');
  await service.close();

  const db = openDatabase(dbPath);
  t.after(() => db.close());
  assert.equal(getRequest(db, reply.requestId)!.status, 'answered');
  assert.equal(getRequest(db, slack.id)!.errorCode, 'INTERRUPTED');
  assert.equal(getRequest(db, discord.id)!.status, 'running', "another bot's requests are left alone");
});

test('openAsybotService refuses a malformed setting, naming the variable', async () => {
  await assert.rejects(
    openAsybotService({ env: { ASYBOT_SERVICE_QUEUE_MAX: 'many', ASYBOT_CACHE_DIR: 'off' } }),
    (error: unknown) => error instanceof ConfigError && /ASYBOT_SERVICE_QUEUE_MAX/.test(error.message),
  );
});
