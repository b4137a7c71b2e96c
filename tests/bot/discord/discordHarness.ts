// Shared set-up for the Discord end-to-end tests: the fake Discord, the REAL service (temp SQLite file, sandboxed
// compiles, the retrieval generator over the fixture corpus) and the REAL discord.js client via startDiscordBot.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDiscordBot } from '../../../bot/discord/startDiscordBot.ts';
import { createCompileService } from '../../../core/compile/createCompileService.ts';
import { loadConfig, type CompileConfig } from '../../../core/config.ts';
import { createRetrievalGenerator } from '../../../core/generation/retrieval/createRetrievalGenerator.ts';
import { createAsybotService } from '../../../core/service/createAsybotService.ts';
import { readServiceConfig, type ServiceConfig } from '../../../core/service/readServiceConfig.ts';
import type { AsybotService } from '../../../core/service/types.ts';
import { openDatabase, type Database } from '../../../core/storage/index.ts';
import { FIXTURE_SAMPLES } from '../../fixtures/retrievalSamples.ts';
import { guardLoopback, refusedConnections } from '../../helpers/fakeDiscord/guardLoopback.ts';
import {
  CALLBACK, FLAG_EPHEMERAL, startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type FakeMessage, type FakeUser, type InteractionRecord,
  type RecordedRequest,
} from '../../helpers/fakeDiscord/index.ts';

export { refusedConnections };

export interface Harness {
  fake: FakeDiscord;
  service: AsybotService;
  db: Database;
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  fake?: FakeDiscordOptions;
  env?: Record<string, string>;
  service?: Partial<ServiceConfig>;
  compile?: Partial<CompileConfig>;
  /** Wraps the real service (to inject a fault into one call). */
  wrapService?: (service: AsybotService) => AsybotService;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  guardLoopback();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asybot-discord-test-'));
  const fake = await startFakeDiscord(options.fake);
  const db = openDatabase(path.join(dir, 'asybot.sqlite'));
  const compile = { ...loadConfig({ ASYBOT_DATA_DIR: dir, ASYBOT_CACHE_DIR: 'off' }).compile, concurrency: 2, ...options.compile };
  const service = createAsybotService({
    db,
    generator: createRetrievalGenerator({ samples: FIXTURE_SAMPLES }),
    compiler: createCompileService(compile),
    // The fake guild has a handful of users making many requests: lift the per-user limit unless a test sets it.
    config: { ...readServiceConfig({}), concurrency: 2, rateLimitRequests: 1000, ...options.service },
    recoverPlatforms: ['discord'],
    log: () => undefined,
    onClose: () => db.close(),
  });
  const env = {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_ADMIN_ROLE_ID: fake.guild.adminRoleId,
    DISCORD_API_URL: fake.apiUrl,
    ...options.env,
  };
  let bot: { stop(): Promise<void> } | undefined;
  const close = async () => {
    await bot?.stop();
    await service.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    bot = await startDiscordBot(options.wrapService ? options.wrapService(service) : service, env);
  } catch (error) {
    await close();
    throw error;
  }
  return { fake, service, db, env, close };
}

/** Requests of one interaction that edit its @original, in order. */
export function originalEdits(fake: FakeDiscord, interaction: InteractionRecord): RecordedRequest[] {
  return fake.requestsFor(interaction).filter((request) => request.method === 'PATCH' && request.path.endsWith('/messages/@original') && request.status === 200);
}

/** Waits for an @original edit of `interaction` that carries buttons or a final text (the answer, not progress). */
export function waitForAnswer(fake: FakeDiscord, interaction: InteractionRecord, timeoutMs = 30_000): Promise<RecordedRequest> {
  return fake.waitForRequest((request) => request.path.includes(interaction.token) && request.method === 'PATCH'
    && request.path.endsWith('/messages/@original') && request.status === 200 && !isProgress(request.body.json?.content),
  timeoutMs, `the answer to interaction ${interaction.id}`);
}

/** Waits for the first follow-up (POST /webhooks/{app}/{token}) of `interaction` matching `predicate`. */
export function waitForFollowUp(fake: FakeDiscord, interaction: InteractionRecord, predicate: (request: RecordedRequest) => boolean = () => true, timeoutMs = 30_000): Promise<RecordedRequest> {
  return fake.waitForRequest((request) => request.method === 'POST' && request.status === 200
    && request.path === `/webhooks/${fake.applicationId}/${interaction.token}` && predicate(request), timeoutMs, `a follow-up of interaction ${interaction.id}`);
}

export function isProgress(content: unknown): boolean {
  return typeof content === 'string' && (/^You're #\d+ in the queue…$/.test(content) || content === 'Drawing…');
}

/** custom_ids of the buttons on a message, in order. */
export function buttonIds(message: FakeMessage | undefined): string[] {
  return (message?.components ?? []).flatMap((row: any) => row.components.map((component: any) => String(component.custom_id)));
}

export function callbackOf(fake: FakeDiscord, interaction: InteractionRecord): RecordedRequest | undefined {
  return fake.requestsFor(interaction).find((request) => request.path.endsWith('/callback'));
}

export { CALLBACK, FLAG_EPHEMERAL };

/** Sends /diagram and waits for its answer; returns the answer message and the ids its buttons carry. */
export async function askDiagram(fake: FakeDiscord, user: FakeUser, text: string) {
  const interaction = fake.sendCommand({ user, name: 'diagram', options: { text } });
  const answer = await waitForAnswer(fake, interaction);
  const message = fake.original(interaction)!;
  const ids = buttonIds(message);
  const idAfter = (prefix: string) => ids.find((id) => id.startsWith(prefix))?.slice(prefix.length);
  return { interaction, answer, message, requestId: idAfter('delete:')!, generationId: idAfter('fix:')! };
}

/** Waits until an interaction's @original has been edited to `content` (ephemeral acknowledgements). */
export function waitForOriginalContent(fake: FakeDiscord, interaction: InteractionRecord, content: RegExp, timeoutMs = 30_000): Promise<RecordedRequest> {
  return fake.waitForRequest((request) => request.path.includes(interaction.token) && request.method === 'PATCH'
    && request.status === 200 && content.test(String(request.body.json?.content)), timeoutMs, `${content} on interaction ${interaction.id}`);
}
