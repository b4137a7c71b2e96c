// A protocol-faithful local Discord for end-to-end tests: REST (node:http) and the gateway (ws) on 127.0.0.1, every
// raw request recorded. The real discord.js client talks to it through `rest.api` (DISCORD_API_URL); the gateway URL
// comes from GET /gateway/bot and READY's resume_gateway_url, both pointing back here.
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway, type GatewaySession } from './gateway.ts';
import {
  BOT_PERMISSIONS, MEMBER_PERMISSIONS, PERMISSIONS, apiGuild, apiUser, type FakeGuild, type FakeMessage, type FakeUser,
} from './payloads.ts';
import { readBody, type DecodedBody } from './readBody.ts';
import { routeRest, type InteractionRecord, type RestState } from './restApi.ts';
import { nextSnowflake } from './snowflake.ts';
import { createUserActions } from './userActions.ts';

export { CALLBACK, FLAG_EPHEMERAL, FLAG_LOADING, type InteractionRecord } from './restApi.ts';
export { PERMISSIONS, type FakeMessage, type FakeUser } from './payloads.ts';
export { PRIVILEGED_INTENTS } from './gateway.ts';
export type { CommandInput } from './userActions.ts';

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, e.g. `/webhooks/<app>/<token>/messages/@original`. */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: DecodedBody;
  status: number;
  response: unknown;
  atMs: number;
}

export interface RateLimitRule {
  method: string;
  path: RegExp;
  retryAfterS: number;
  /** How many matching requests get a 429 (default 1). */
  times?: number;
  global?: boolean;
}

/** A non-429 failure to answer instead of routing (an expired token, a missing permission, a 5xx). */
export interface FailureRule {
  method: string;
  path: RegExp;
  status: number;
  code: number;
  message: string;
  /** How many matching requests fail (default: all). */
  times?: number;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** Privileged intents enabled "in the portal" (default none: asking for MessageContent closes with 4014). */
  allowedPrivilegedIntents?: number;
  heartbeatIntervalMs?: number;
  /** Interaction callbacks later than this are refused with 10062 (Discord: 3 s). */
  callbackDeadlineMs?: number;
  /** `attachment_size_limit` sent with interactions, bytes (Discord's default tier: 10 MiB). */
  attachmentSizeLimit?: number;
}

const GUILD_MESSAGES_INTENT = 1 << 9;

export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const token = options.token ?? 'ODk2NTQzMjEwOTg3NjU0MzIx.GfAkEt.test-token-not-a-secret_0123456789';
  const applicationId = options.applicationId ?? nextSnowflake();
  const events = new EventEmitter();
  events.setMaxListeners(1000);
  const requests: RecordedRequest[] = [];
  const fakeErrors: Error[] = [];
  const rateLimits: Array<RateLimitRule & { remaining: number }> = [];
  const failures: Array<FailureRule & { remaining: number }> = [];
  let port = 0;
  const baseUrl = () => `http://127.0.0.1:${port}`;

  const user = (username: string, permissions: bigint, roles: string[] = [], bot = false): FakeUser =>
    ({ id: nextSnowflake(), username, permissions, roles, bot });
  const botUser: FakeUser = { id: applicationId, username: 'asybot', permissions: BOT_PERMISSIONS, roles: [], bot: true };
  const guild: FakeGuild = { id: nextSnowflake(), name: 'Geometry 101', ownerId: nextSnowflake(), textChannelId: nextSnowflake(), adminRoleId: nextSnowflake() };
  const users = {
    student: user('student', MEMBER_PERMISSIONS),
    otherStudent: user('other_student', MEMBER_PERMISSIONS),
    /** Holds Manage Server: an admin by permission. */
    teacher: user('teacher', MEMBER_PERMISSIONS | PERMISSIONS.ManageGuild),
    /** Holds the configured admin role, not Manage Server. */
    assistant: user('assistant', MEMBER_PERMISSIONS, [guild.adminRoleId]),
  };

  const gateway = createGateway({
    token,
    allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? 0,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1_000,
    resumeUrl: () => `ws://127.0.0.1:${port}/gateway`,
    onIdentified: (_session: GatewaySession) => ({
      ready: {
        v: 10, user: { ...apiUser(botUser), verified: true, mfa_enabled: false, flags: 0 }, guilds: [{ id: guild.id, unavailable: true }],
        shard: [0, 1], application: { id: applicationId, flags: 0 }, private_channels: [], presences: [], relationships: [],
        guild_join_requests: [], geo_ordered_rtc_regions: [], user_settings: {},
      },
      // Without GUILD_CREATE for the unavailable guild, discord.js waits 15 s before emitting ready.
      after: [{ t: 'GUILD_CREATE', d: apiGuild(guild, botUser) }],
    }),
  });

  const state: RestState = {
    token, applicationId, botUser, guild, baseUrl,
    gatewayUrl: () => `ws://127.0.0.1:${port}/gateway`,
    callbackDeadlineMs: options.callbackDeadlineMs ?? 3_000,
    attachmentSizeLimit: options.attachmentSizeLimit ?? 10 * 1024 * 1024,
    messages: new Map(), interactions: new Map(), threads: new Map(), registeredCommands: new Map(),
    onDispatch: (t, d) => gateway.dispatch(t, d, t === 'MESSAGE_DELETE' ? GUILD_MESSAGES_INTENT : 0),
  };

  const server = http.createServer((request, response) => {
    handleRest(request, response).catch((error: Error) => {
      fakeErrors.push(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: '500: fake failed', code: 0 }));
    });
  });
  server.on('upgrade', (request, socket, head) => {
    if (!request.url?.startsWith('/gateway')) return socket.destroy();
    gateway.server.handleUpgrade(request, socket, head, (ws) => gateway.server.emit('connection', ws, request));
  });

  async function handleRest(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', baseUrl());
    const body = await readBody(request);
    const prefix = '/api/v10';
    // discord.js percent-encodes route parts (`%40original`); Discord decodes them, and so does the recorded path.
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
    const method = request.method ?? 'GET';
    const record: RecordedRequest = { method, path, query: url.searchParams, headers: request.headers, body, status: 0, response: undefined, atMs: Date.now() };
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    let status: number;
    let payload: unknown;
    const limit = rateLimits.find((rule) => rule.remaining > 0 && rule.method === method && rule.path.test(path));
    if (!url.pathname.startsWith(prefix)) {
      status = 404;
      payload = { message: '404: Not Found', code: 0 };
    } else if (failures.some((rule) => rule.remaining > 0 && rule.method === method && rule.path.test(path))) {
      const rule = failures.find((candidate) => candidate.remaining > 0 && candidate.method === method && candidate.path.test(path))!;
      rule.remaining--;
      status = rule.status;
      payload = { message: rule.message, code: rule.code };
    } else if (limit) {
      limit.remaining--;
      status = 429;
      payload = { message: 'You are being rate limited.', retry_after: limit.retryAfterS, global: limit.global ?? false };
      Object.assign(headers, {
        'retry-after': String(limit.retryAfterS), 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(limit.retryAfterS), 'x-ratelimit-bucket': 'fake-bucket', 'x-ratelimit-scope': limit.global ? 'global' : 'user',
        ...(limit.global ? { 'x-ratelimit-global': 'true' } : {}),
      });
    } else {
      const result = routeRest(state, method, path, body, request.headers.authorization === `Bot ${token}`);
      status = result.status;
      payload = result.body;
    }
    record.status = status;
    record.response = payload;
    requests.push(record);
    if (status === 204) {
      response.writeHead(204).end();
    } else {
      response.writeHead(status, headers).end(JSON.stringify(payload));
    }
    events.emit('request', record);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  const actions = createUserActions({ state, gateway, baseUrl });

  function waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 20_000, what = 'a matching request'): Promise<RecordedRequest> {
    const found = requests.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        events.off('request', listener);
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}; last requests:\n${requests.slice(-8).map((r) => `${r.method} ${r.path} → ${r.status}`).join('\n')}`));
      }, timeoutMs);
      const listener = (request: RecordedRequest) => {
        if (!predicate(request)) return;
        clearTimeout(timer);
        events.off('request', listener);
        resolve(request);
      };
      events.on('request', listener);
    });
  }

  const fake = {
    token, applicationId, guild, users, botUser, requests, fakeErrors, state,
    /** Base URL for discord.js `rest.api` / DISCORD_API_URL. */
    apiUrl: `${baseUrl()}/api`,
    gatewayFrames: gateway.frames,
    gatewaySessions: gateway.sessions,
    messages: state.messages,
    /** The next `times` (default all) requests matching `method` + `path` fail with `status` and Discord error `code`. */
    injectFailure(rule: FailureRule): void {
      failures.push({ ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
    },
    /** Another member of the guild (ordinary permissions unless given). */
    addUser(username: string, permissions: bigint = MEMBER_PERMISSIONS, roles: string[] = []): FakeUser {
      return user(username, permissions, roles);
    },
    /** The next `times` requests matching `method` + `path` get 429 with Retry-After. */
    injectRateLimit(rule: RateLimitRule): void {
      rateLimits.push({ ...rule, remaining: rule.times ?? 1 });
    },
    waitForRequest,
    /** Resolves once a session has identified and been sent READY + GUILD_CREATE. */
    async waitForIdentify(timeoutMs = 10_000): Promise<GatewaySession> {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        const session = gateway.sessions.find((s) => s.identified);
        if (session) return session;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('fake Discord: no IDENTIFY arrived');
    },
    /** Drops the gateway connections with a close code (default 4000: the client should resume at resume_gateway_url). */
    dropGateway(code = 4000): void {
      gateway.drop(code);
    },
    ...actions,
    /** The interaction's @original message, if it has one. */
    original(interaction: InteractionRecord): FakeMessage | undefined {
      return interaction.originalMessageId ? state.messages.get(interaction.originalMessageId) : undefined;
    },
    /** Every REST request made with this interaction's token (callback, edits, follow-ups), in order. */
    requestsFor(interaction: InteractionRecord): RecordedRequest[] {
      return requests.filter((request) => request.path.includes(interaction.token));
    },
    /** Messages the bot posted into a thread or channel (thread code replies). */
    channelMessages(channelId: string): FakeMessage[] {
      return [...state.messages.values()].filter((message) => message.channelId === channelId && !message.deleted);
    },
    async close(): Promise<void> {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;
