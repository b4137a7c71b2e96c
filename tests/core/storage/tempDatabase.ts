// Shared setup for the storage tests: real SQLite files in a fresh temp dir, removed afterwards.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import {
  openDatabase,
  recordGeneration,
  recordRequest,
  type Database,
  type GenerationRow,
  type RecordRequestInput,
  type RequestRow,
} from '../../../core/storage/index.ts';

export function makeTempDir(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'asybot-storage-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Opens a fresh database file; every connection opened through `open` is closed after the test. */
export function openTempDatabase(t: TestContext): { db: Database; path: string; open: () => Database } {
  const path = join(makeTempDir(t), 'asybot.sqlite');
  const connections: Database[] = [];
  t.after(() => connections.forEach((connection) => connection.open && connection.close()));
  const open = (): Database => {
    const connection = openDatabase(path);
    connections.push(connection);
    return connection;
  };
  return { db: open(), path, open };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function seedRequest(db: Database, overrides: Partial<RecordRequestInput> = {}): RequestRow {
  return recordRequest(db, {
    platform: 'discord',
    platformUserId: 'u-1',
    guildId: 'g-1',
    channelId: 'c-1',
    kind: 'diagram',
    requestText: 'triangle ABC with its circumcircle',
    ...overrides,
  });
}

export function seedGeneration(db: Database, requestId?: string): GenerationRow {
  return recordGeneration(db, {
    requestId: requestId ?? seedRequest(db).id,
    modelId: 'model-a',
    code: 'draw(unitcircle);',
    durationMs: 120,
  });
}
