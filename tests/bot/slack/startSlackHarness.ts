// The real Slack adapter (Bolt) over the real service (SQLite file, retrieval generator over the fixture corpus,
// sandboxed asy), talking to the fake Slack on 127.0.0.1. Shared by the Slack end-to-end tests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSlackBot, type SlackBot } from '../../../bot/slack/startSlackBot.ts';
import { loadConfig } from '../../../core/config.ts';
import { createCompileService, type CompileService } from '../../../core/compile/createCompileService.ts';
import { createRetrievalGenerator } from '../../../core/generation/retrieval/createRetrievalGenerator.ts';
import { createAsybotService } from '../../../core/service/createAsybotService.ts';
import { readServiceConfig } from '../../../core/service/readServiceConfig.ts';
import type { AsybotService } from '../../../core/service/types.ts';
import { openDatabase, type Database } from '../../../core/storage/index.ts';
import { FIXTURE_SAMPLES } from '../../fixtures/retrievalSamples.ts';
import { sendSigned, startFakeSlack, type FakeMessage, type FakeSlack, type FakeSlackState } from '../../helpers/fakeSlack/index.ts';

export const SIGNING_SECRET = 'fake-signing-secret-0123456789abcdef';
export const TEACHER = 'U0TEACHER01';

export interface SlackHarness {
  fake: FakeSlack;
  bot: SlackBot;
  service: AsybotService;
  db: Database;
  compiler: CompileService;
  /** http mode: POST a signed command / interaction / event to the bot's /slack/events. */
  send(kind: 'command' | 'interaction' | 'event', payload: Record<string, unknown>, options?: { secret?: string; timestampS?: number }): Promise<{ status: number; body: string }>;
  /** Service log lines at warn/error (tests assert none are errors). */
  serviceLog: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode: 'http' | 'socket';
  /** Requests worked on at once (the service queue); the rest report queue positions. */
  concurrency?: number;
}

export async function startSlackHarness(options: HarnessOptions): Promise<SlackHarness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asybot-slack-'));
  const db = openDatabase(path.join(dir, 'asybot.sqlite'));
  const compiler = createCompileService({ ...loadConfig({}).compile, cacheDir: null, concurrency: 2 });
  const serviceLog: string[] = [];
  const service = createAsybotService({
    db,
    generator: createRetrievalGenerator({ samples: FIXTURE_SAMPLES }),
    compiler,
    config: readServiceConfig({
      ASYBOT_SERVICE_CONCURRENCY: String(options.concurrency ?? 2),
      ASYBOT_SERVICE_QUEUE_MAX: '64',
      ASYBOT_RATE_LIMIT_REQUESTS: '1000',
    }),
    log: (level, message, fields) => {
      if (level !== 'info') serviceLog.push(`${level}: ${message} ${fields ? JSON.stringify(fields) : ''}`);
    },
  });
  const fake = await startFakeSlack();
  const env: Record<string, string> = {
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_API_URL: fake.apiUrl,
    SLACK_ADMIN_USERS: TEACHER,
    SLACK_LOG_LEVEL: 'error',
    ...(options.mode === 'http'
      ? { SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: '0', SLACK_HOST: '127.0.0.1' }
      : { SLACK_MODE: 'socket', SLACK_APP_TOKEN: fake.appToken }),
  };
  // A literal, fast retry policy (the default spans about a minute).
  const bot = await startSlackBot(service, env, { retryConfig: { retries: 3, factor: 1, minTimeout: 20, maxTimeout: 50 } });
  const eventsUrl = `http://127.0.0.1:${bot.port ?? 0}/slack/events`;
  return {
    fake,
    bot,
    service,
    db,
    compiler,
    serviceLog,
    send: (kind, payload, sendOptions = {}) =>
      sendSigned(eventsUrl, kind, payload, {
        signingSecret: sendOptions.secret ?? SIGNING_SECRET,
        ...(sendOptions.timestampS !== undefined ? { timestampS: sendOptions.timestampS } : {}),
      }),
    async close() {
      await bot.stop();
      await service.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The finished result card for a request by `userId` in `channel`: a bot message with the reply buttons. */
export function findCard(state: FakeSlackState, userId: string, channel?: string, after = 0): FakeMessage | undefined {
  return state.messages.slice(after).find((m) =>
    m.user === undefined && !m.deleted && (channel === undefined || m.channel === channel) &&
    m.text?.includes(`<@${userId}>`) === true && (m.text.includes('✅') || m.text.includes('⚠️')));
}

/** Bot replies in the thread under `ts`. */
export function threadReplies(state: FakeSlackState, channel: string, ts: string): FakeMessage[] {
  return state.messages.filter((m) => m.channel === channel && m.threadTs === ts && !m.deleted);
}

/** The code inside a ```-block reply, with Slack's entities decoded (what a user would copy). */
export function codeFromBlock(text: string): string {
  const match = /```\n([\s\S]*)\n```/.exec(text);
  if (match === null) throw new Error(`no code block in ${JSON.stringify(text.slice(0, 80))}`);
  return match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
