// A local Slack for end-to-end tests: the Web API (https://slack.com/api/METHOD), the file upload URLs, response_urls
// and a Socket Mode WebSocket (attachSocketMode.ts), all on one node:http server bound to 127.0.0.1. Every call is
// recorded raw.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachSocketMode, type EnvelopeType } from './attachSocketMode.ts';
import { emptyState, type FakeEnvelope, type FakeMessage, type FakeSlackState, type RecordedCall } from './fakeState.ts';
import { guardLoopback } from './guardLoopback.ts';
import { readMultipart } from './readMultipart.ts';
import { APP_TOKEN_METHODS, METHODS, type JsonBody, type MethodContext } from './webApiMethods.ts';

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  /** Interval of server pings on Socket Mode connections; the client drops a link after 30 s without one. */
  pingIntervalMs?: number;
}

export interface FakeSlack {
  /** What to give the client as slackApiUrl (ends with /api/). */
  readonly apiUrl: string;
  readonly baseUrl: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly appId: string;
  readonly state: FakeSlackState;
  /** Calls of one method, in arrival order. */
  callsTo(method: string): RecordedCall[];
  /** The next `times` calls of `method` get HTTP 429 with `Retry-After: retryAfterS`. */
  rateLimit(method: string, options: { retryAfterS: number; times?: number }): void;
  /** The next `times` calls of `method` answer `{ ok: false, error }`. */
  failNext(method: string, error: string, times?: number): void;
  /** Makes `channel` one the bot was never invited to (posts, ephemerals and file shares fail with not_in_channel). */
  removeBotFrom(channel: string): void;
  /** A message a person typed in a channel (so the bot can answer in its thread). */
  userMessage(channel: string, userId: string, text: string): FakeMessage;
  /** A trigger_id as Slack puts in interaction payloads: views.open accepts it once, within 3 s. */
  mintTriggerId(): string;
  /** Resolves once `predicate(state)` is truthy (checked after every request); rejects after timeoutMs. */
  waitFor<T>(predicate: (state: FakeSlackState) => T | undefined | false | null, timeoutMs?: number, what?: string): Promise<T>;
  /** Socket Mode: resolves when a client completed the hello handshake. */
  socketConnected(timeoutMs?: number): Promise<void>;
  /** Socket Mode: pushes an envelope to the connected client; resolves with its ack. */
  pushEnvelope(type: EnvelopeType, payload: Record<string, unknown>, timeoutMs?: number): Promise<FakeEnvelope>;
  close(): Promise<void>;
}

interface Injection {
  kind: 'rateLimit' | 'fail';
  remaining: number;
  retryAfterS?: number;
  error?: string;
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function decodeParams(body: Buffer, contentType: string | undefined): Record<string, unknown> {
  if (body.length === 0) return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  if (contentType?.startsWith('multipart/form-data')) {
    return Object.fromEntries(readMultipart(body, contentType).map((p) => [p.name, p.data.toString('utf8')]));
  }
  return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  guardLoopback();
  const botToken = options.botToken ?? 'xoxb-fake-bot-token';
  const appToken = options.appToken ?? 'xapp-1-fake-app-token';
  const state = emptyState();
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const injections = new Map<string, Injection[]>();
  let counter = 0;
  const tsBaseS = Math.floor(Date.now() / 1000);

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      state.warnings.push(`fake crashed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: 'fake_internal_error' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;

  const ctx: MethodContext = {
    state,
    baseUrl,
    botUserId: 'U0FAKEBOT01',
    botId: 'B0FAKEBOT01',
    teamId: 'T0FAKETEAM1',
    appId: 'A0FAKEAPP01',
    // Unique, increasing, in Slack's "seconds.micro" shape.
    nextTs: () => `${tsBaseS}.${String(++counter).padStart(6, '0')}`,
    nextId: (prefix) => `${prefix}${String(++counter).padStart(9, '0')}`,
    triggerIssuedAtMs: new Map(),
    openTickets: new Set(),
    channelsWithoutBot: new Set(),
  };

  function takeInjection(method: string): Injection | undefined {
    const queue = injections.get(method);
    const next = queue?.[0];
    if (next === undefined) return undefined;
    next.remaining -= 1;
    if (next.remaining <= 0) queue!.shift();
    return next;
  }

  function record(call: RecordedCall): void {
    state.calls.push(call);
    events.emit('change');
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const body = await readBody(req);
    const contentType = req.headers['content-type'];
    const authorization = req.headers.authorization;

    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const params = decodeParams(body, contentType);
      const atMs = Date.now();
      const injection = takeInjection(method);
      if (injection?.kind === 'rateLimit') {
        const response = { ok: false, error: 'ratelimited' };
        record({ method, params, authorization, contentType, status: 429, response, atMs });
        sendJson(res, 429, response, { 'retry-after': String(injection.retryAfterS) });
        return;
      }
      let response: JsonBody;
      const handler = METHODS[method];
      const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : (params.token as string | undefined);
      const expected = APP_TOKEN_METHODS.has(method) ? appToken : botToken;
      if (token === undefined) response = { ok: false, error: 'not_authed' };
      else if (token !== expected) response = { ok: false, error: 'invalid_auth' };
      else if (injection?.kind === 'fail') response = { ok: false, error: injection.error };
      else if (handler === undefined) response = { ok: false, error: 'unknown_method' };
      else response = handler(params, ctx);
      record({ method, params, authorization, contentType, status: 200, response, atMs });
      sendJson(res, 200, response);
      return;
    }

    if (req.method === 'POST' && url.pathname.startsWith('/upload/v1/')) {
      const file = state.files.get(url.pathname.slice('/upload/v1/'.length));
      let status = 200;
      let text = '';
      if (file === undefined || file.bytes !== undefined) {
        status = 404;
        text = 'unknown or already used upload url';
      } else {
        // The client sends multipart with the file in field `body`; raw bytes are accepted too, as on Slack.
        const bytes = contentType?.startsWith('multipart/form-data')
          ? readMultipart(body, contentType).find((p) => p.name === 'body' || p.name === 'file')?.data
          : body;
        if (bytes === undefined) {
          status = 400;
          text = 'no file part';
        } else if (bytes.length !== file.length) {
          status = 400;
          text = `length mismatch: declared ${file.length}, received ${bytes.length}`;
        } else {
          file.bytes = Buffer.from(bytes);
          if (authorization !== undefined) file.uploadAuthorization = authorization;
          text = `OK - ${bytes.length}`;
        }
      }
      record({ method: 'upload', params: { fileId: file?.id, bytes: body.length }, authorization, contentType, status, response: { text }, atMs: Date.now() });
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(text);
      return;
    }

    if (req.method === 'POST' && url.pathname.startsWith('/respond/')) {
      state.responses.push({ url: url.pathname, body: decodeParams(body, contentType) });
      events.emit('change');
      sendJson(res, 200, { ok: true });
      return;
    }

    res.writeHead(404).end();
  }

  const socketMode = attachSocketMode(server, {
    state,
    events,
    openTickets: ctx.openTickets,
    appId: ctx.appId,
    pingIntervalMs: options.pingIntervalMs ?? 10_000,
  });

  const fake: FakeSlack = {
    apiUrl: `${baseUrl}/api/`,
    baseUrl,
    botToken,
    appToken,
    teamId: ctx.teamId,
    botUserId: ctx.botUserId,
    appId: ctx.appId,
    state,
    callsTo: (method) => state.calls.filter((c) => c.method === method),
    rateLimit(method, { retryAfterS, times = 1 }) {
      const queue = injections.get(method) ?? [];
      queue.push({ kind: 'rateLimit', remaining: times, retryAfterS });
      injections.set(method, queue);
    },
    failNext(method, error, times = 1) {
      const queue = injections.get(method) ?? [];
      queue.push({ kind: 'fail', remaining: times, error });
      injections.set(method, queue);
    },
    removeBotFrom(channel) {
      ctx.channelsWithoutBot.add(channel);
    },
    userMessage(channel, userId, text) {
      const message: FakeMessage = { channel, ts: ctx.nextTs(), user: userId, text, files: [], history: [text], deleted: false };
      state.messages.push(message);
      return message;
    },
    mintTriggerId() {
      const id = `${counter++}.${Date.now()}.${randomUUID().replace(/-/g, '')}`;
      ctx.triggerIssuedAtMs.set(id, Date.now());
      return id;
    },
    waitFor(predicate, timeoutMs = 20_000, what = 'condition') {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const value = predicate(state);
          if (value === undefined || value === false || value === null) return false;
          cleanup();
          resolve(value);
          return true;
        };
        const onChange = (): void => void check();
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          events.off('change', onChange);
        };
        events.on('change', onChange);
        check();
      });
    },
    async socketConnected(timeoutMs = 10_000) {
      await fake.waitFor(() => socketMode.connections > 0, timeoutMs, 'a Socket Mode connection');
    },
    async pushEnvelope(type, payload, timeoutMs = 10_000) {
      const envelope = socketMode.push(type, payload);
      return fake.waitFor(() => (envelope.ack === undefined ? undefined : envelope), timeoutMs, `the ack of ${type} envelope ${envelope.envelopeId}`);
    },
    async close() {
      socketMode.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
