import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  countRecentFeedback,
  getFeedback,
  listFeedbackSince,
  recordFeedback,
} from '../../../core/storage/index.ts';
import { openTempDatabase, seedGeneration, seedRequest } from './tempDatabase.ts';

test('recordFeedback stores a vote and getFeedback reads it back', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  const row = recordFeedback(db, {
    id: 'fb-1',
    generationId: generation.id,
    platform: 'discord',
    platformUserId: 'alice',
    kind: 'vote',
    vote: -1,
    atMs: 50,
  });
  assert.deepEqual(row, {
    id: 'fb-1',
    generationId: generation.id,
    platform: 'discord',
    platformUserId: 'alice',
    kind: 'vote',
    vote: -1,
    correctedCode: null,
    createdAtMs: 50,
    updatedAtMs: 50,
  });
  assert.deepEqual(getFeedback(db, 'fb-1'), row);
});

test('a changed vote replaces the old one and keeps its id and creation time', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  const vote = { generationId: generation.id, platform: 'discord', platformUserId: 'alice', kind: 'vote' } as const;
  const first = recordFeedback(db, { ...vote, vote: 1, atMs: 10 });
  const second = recordFeedback(db, { ...vote, vote: -1, atMs: 20 });
  assert.equal(second.id, first.id);
  assert.equal(second.vote, -1);
  assert.equal(second.createdAtMs, 10);
  assert.equal(second.updatedAtMs, 20);
  assert.equal(db.prepare('SELECT count(*) FROM feedback').pluck().get(), 1);
});

test('votes by different users, or on different platforms, are kept apart', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  const base = { generationId: generation.id, kind: 'vote', vote: 1 } as const;
  recordFeedback(db, { ...base, platform: 'discord', platformUserId: 'alice' });
  recordFeedback(db, { ...base, platform: 'discord', platformUserId: 'bob' });
  recordFeedback(db, { ...base, platform: 'slack', platformUserId: 'alice' });
  assert.equal(db.prepare('SELECT count(*) FROM feedback').pluck().get(), 3);
});

test('a teacher fix stores the corrected code and fixes never replace each other', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  const fix = { generationId: generation.id, platform: 'slack', platformUserId: 'teacher', kind: 'fix' } as const;
  recordFeedback(db, { generationId: generation.id, platform: 'slack', platformUserId: 'teacher', kind: 'vote', vote: 1 });
  const first = recordFeedback(db, { ...fix, correctedCode: 'draw(circle((0,0),1));' });
  const second = recordFeedback(db, { ...fix, correctedCode: 'draw(circle((0,0),2));' });
  assert.notEqual(first.id, second.id);
  assert.equal(first.vote, null);
  assert.equal(first.correctedCode, 'draw(circle((0,0),1));');
  assert.equal(db.prepare(`SELECT count(*) FROM feedback WHERE kind = 'fix'`).pluck().get(), 2);
  assert.equal(db.prepare(`SELECT count(*) FROM feedback WHERE kind = 'vote'`).pluck().get(), 1);
});

test('a vote outside +1/-1 or a fix without code is rejected', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  const base = { generationId: generation.id, platform: 'discord', platformUserId: 'u' } as const;
  assert.throws(() => recordFeedback(db, { ...base, kind: 'vote', vote: 2 as 1 }), { code: 'STORAGE_CONSTRAINT_FAILED' });
  assert.throws(() => recordFeedback(db, { ...base, kind: 'fix', correctedCode: undefined as unknown as string }), {
    code: 'STORAGE_CONSTRAINT_FAILED',
  });
});

test('listFeedbackSince returns feedback in [since, until) with its request and generation', (t) => {
  const { db } = openTempDatabase(t);
  const request = seedRequest(db, { requestText: 'incircle of ABC', theme: 'chalk' });
  const generation = seedGeneration(db, request.id);
  const base = { generationId: generation.id, platform: 'discord', kind: 'vote', vote: 1 } as const;
  recordFeedback(db, { ...base, platformUserId: 'a', atMs: 100 });
  recordFeedback(db, { ...base, platformUserId: 'b', atMs: 200 });
  recordFeedback(db, { ...base, platformUserId: 'c', atMs: 300 });

  const rows = listFeedbackSince(db, 100, 300);
  assert.deepEqual(rows.map((row) => row.platformUserId), ['a', 'b']);
  assert.deepEqual(
    { ...rows[0], id: undefined },
    {
      id: undefined,
      generationId: generation.id,
      platform: 'discord',
      platformUserId: 'a',
      kind: 'vote',
      vote: 1,
      correctedCode: null,
      createdAtMs: 100,
      updatedAtMs: 100,
      requestId: request.id,
      requestKind: 'diagram',
      requestText: 'incircle of ABC',
      theme: 'chalk',
      modelId: generation.modelId,
      generatedCode: generation.code,
    },
  );
  assert.deepEqual(listFeedbackSince(db, 300).map((row) => row.platformUserId), ['c']);
});

test('a vote changed after a fold shows up in the next window', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  const vote = { generationId: generation.id, platform: 'discord', platformUserId: 'a', kind: 'vote' } as const;
  recordFeedback(db, { ...vote, vote: 1, atMs: 100 });
  assert.equal(listFeedbackSince(db, 0, 500).length, 1);
  recordFeedback(db, { ...vote, vote: -1, atMs: 600 });
  const next = listFeedbackSince(db, 500);
  assert.equal(next.length, 1);
  assert.equal(next[0]?.vote, -1);
});

test('countRecentFeedback counts feedback created or changed since a time', (t) => {
  const { db } = openTempDatabase(t);
  const generation = seedGeneration(db);
  const base = { generationId: generation.id, platform: 'discord', kind: 'vote', vote: 1 } as const;
  recordFeedback(db, { ...base, platformUserId: 'a', atMs: 100 });
  recordFeedback(db, { ...base, platformUserId: 'b', atMs: 200 });
  assert.equal(countRecentFeedback(db, 150), 1);
  assert.equal(countRecentFeedback(db, 0), 2);
  assert.equal(countRecentFeedback(db, 201), 0);
});
