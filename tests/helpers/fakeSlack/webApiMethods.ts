// The Web API methods the fake implements, with the argument checks and error codes real Slack uses
// (https://docs.slack.dev/reference/methods). Each handler gets decoded params and returns the JSON body.
import type { FakeFile, FakeMessage, FakeSlackState } from './fakeState.ts';
import { checkBlocks, checkMrkdwn, checkView, mrkdwnTexts } from './checkBlocks.ts';

export interface MethodContext {
  state: FakeSlackState;
  /** Absolute base of the fake, e.g. http://127.0.0.1:4321 */
  baseUrl: string;
  botUserId: string;
  botId: string;
  teamId: string;
  appId: string;
  nextTs(): string;
  nextId(prefix: string): string;
  /** Trigger ids minted for payloads, with their issue time (they expire after 3 s, as on Slack). */
  triggerIssuedAtMs: Map<string, number>;
  /** apps.connections.open hands out one-use tickets for the WebSocket URL. */
  openTickets: Set<string>;
  /** Channels the bot is not a member of: posting there fails with not_in_channel, as on Slack. */
  channelsWithoutBot: Set<string>;
}

type Params = Record<string, unknown>;
export type JsonBody = Record<string, unknown>;
type Handler = (params: Params, ctx: MethodContext) => JsonBody;

const MAX_MESSAGE_TEXT = 40_000; // chars; longer → msg_too_long

function str(params: Params, key: string): string | undefined {
  const value = params[key];
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** Form-encoded calls carry arrays and objects as JSON strings; JSON calls carry them as values. */
function jsonParam(params: Params, key: string): unknown {
  const value = params[key];
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return Symbol.for('invalid-json');
  }
}

function fail(error: string, extra: JsonBody = {}): JsonBody {
  return { ok: false, error, ...extra };
}

function findMessage(ctx: MethodContext, channel: string, ts: string): FakeMessage | undefined {
  return ctx.state.messages.find((m) => m.channel === channel && m.ts === ts && !m.deleted);
}

/** Shared checks of chat.postMessage / chat.postEphemeral / chat.update: text or blocks, valid blocks. */
interface Content {
  error?: string;
  /** Why the blocks were refused (Slack lists these in `errors`). */
  detail?: string;
  text?: string;
  blocks?: unknown[];
}

function readContent(params: Params, ctx: MethodContext, where: string): Content {
  const text = str(params, 'text');
  const blocksRaw = params.blocks === undefined ? undefined : jsonParam(params, 'blocks');
  if (blocksRaw !== undefined && !Array.isArray(blocksRaw)) return { error: 'invalid_blocks_format' };
  const blocks = blocksRaw as unknown[] | undefined;
  if (text === undefined && (blocks === undefined || blocks.length === 0)) return { error: 'no_text' };
  if (text !== undefined && text.length > MAX_MESSAGE_TEXT) return { error: 'msg_too_long' };
  if (blocks !== undefined) {
    const problem = checkBlocks(blocks);
    if (problem !== null) return { error: 'invalid_blocks', detail: problem };
    for (const mrkdwn of mrkdwnTexts(blocks)) {
      for (const warning of checkMrkdwn(mrkdwn)) ctx.state.warnings.push(`${where} blocks: ${warning}`);
    }
  }
  if (text !== undefined && params.mrkdwn !== false && params.mrkdwn !== 'false') {
    for (const warning of checkMrkdwn(text)) ctx.state.warnings.push(`${where}: ${warning}`);
  }
  return { text, blocks };
}

function failContent(content: Content): JsonBody {
  return fail(content.error ?? 'invalid_arguments', content.detail === undefined ? {} : { errors: [content.detail] });
}

const postMessage: Handler = (params, ctx) => {
  const channel = str(params, 'channel');
  if (channel === undefined) return fail('channel_not_found');
  if (ctx.channelsWithoutBot.has(channel)) return fail('not_in_channel');
  const content = readContent(params, ctx, 'chat.postMessage');
  if (content.error !== undefined) return failContent(content);
  const threadTs = str(params, 'thread_ts');
  if (threadTs !== undefined && findMessage(ctx, channel, threadTs) === undefined) return fail('thread_not_found');
  const message: FakeMessage = {
    channel,
    ts: ctx.nextTs(),
    files: [],
    history: [content.text ?? ''],
    deleted: false,
  };
  if (threadTs !== undefined) message.threadTs = threadTs;
  if (content.text !== undefined) message.text = content.text;
  if (content.blocks !== undefined) message.blocks = content.blocks;
  ctx.state.messages.push(message);
  return {
    ok: true,
    channel,
    ts: message.ts,
    message: { type: 'message', user: ctx.botUserId, bot_id: ctx.botId, text: message.text ?? '', ts: message.ts, thread_ts: threadTs, blocks: message.blocks },
  };
};

const postEphemeral: Handler = (params, ctx) => {
  const channel = str(params, 'channel');
  const user = str(params, 'user');
  if (channel === undefined) return fail('channel_not_found');
  if (user === undefined) return fail('user_not_found');
  if (ctx.channelsWithoutBot.has(channel)) return fail('not_in_channel');
  const content = readContent(params, ctx, 'chat.postEphemeral');
  if (content.error !== undefined) return failContent(content);
  const messageTs = ctx.nextTs();
  const threadTs = str(params, 'thread_ts');
  ctx.state.ephemerals.push({
    channel,
    user,
    messageTs,
    ...(content.text !== undefined ? { text: content.text } : {}),
    ...(content.blocks !== undefined ? { blocks: content.blocks } : {}),
    ...(threadTs !== undefined ? { threadTs } : {}),
  });
  return { ok: true, message_ts: messageTs };
};

const update: Handler = (params, ctx) => {
  const channel = str(params, 'channel');
  const ts = str(params, 'ts');
  if (channel === undefined) return fail('channel_not_found');
  if (ts === undefined) return fail('message_not_found');
  const message = findMessage(ctx, channel, ts);
  if (message === undefined) return fail('message_not_found');
  const content = readContent(params, ctx, 'chat.update');
  if (content.error !== undefined) return failContent(content);
  if (content.text !== undefined) message.text = content.text;
  if (content.blocks !== undefined) message.blocks = content.blocks;
  message.history.push(content.text ?? '');
  return { ok: true, channel, ts, text: message.text ?? '' };
};

const deleteMessage: Handler = (params, ctx) => {
  const channel = str(params, 'channel');
  const ts = str(params, 'ts');
  if (channel === undefined) return fail('channel_not_found');
  const message = ts === undefined ? undefined : findMessage(ctx, channel, ts);
  if (message === undefined) return fail('message_not_found');
  message.deleted = true;
  return { ok: true, channel, ts };
};

const getUploadURLExternal: Handler = (params, ctx) => {
  const filename = str(params, 'filename');
  const lengthRaw = str(params, 'length');
  const length = Number(lengthRaw);
  if (filename === undefined || lengthRaw === undefined || !Number.isInteger(length) || length <= 0) {
    return fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] filename and a positive length are required'] } });
  }
  const file: FakeFile = { id: ctx.nextId('F'), filename, length, completed: false, deleted: false };
  const snippetType = str(params, 'snippet_type');
  if (snippetType !== undefined) file.snippetType = snippetType;
  const altText = str(params, 'alt_text');
  if (altText !== undefined) file.altText = altText;
  ctx.state.files.set(file.id, file);
  return { ok: true, upload_url: `${ctx.baseUrl}/upload/v1/${file.id}`, file_id: file.id };
};

const completeUploadExternal: Handler = (params, ctx) => {
  const list = jsonParam(params, 'files');
  if (!Array.isArray(list) || list.length === 0) return fail('invalid_arguments');
  const channelId = str(params, 'channel_id');
  const threadTs = str(params, 'thread_ts');
  const initialComment = str(params, 'initial_comment');
  if (threadTs !== undefined && channelId === undefined) return fail('invalid_arguments');
  if (channelId !== undefined && ctx.channelsWithoutBot.has(channelId)) return fail('not_in_channel');
  if (channelId !== undefined && threadTs !== undefined && findMessage(ctx, channelId, threadTs) === undefined) {
    return fail('thread_not_found');
  }
  const files: FakeFile[] = [];
  for (const entry of list as { id?: string; title?: string }[]) {
    const file = entry.id === undefined ? undefined : ctx.state.files.get(entry.id);
    // Slack refuses to complete a file whose bytes never arrived at the upload URL.
    if (file === undefined || file.bytes === undefined || file.completed) return fail('file_not_found');
    files.push(file);
    if (entry.title !== undefined) file.title = entry.title;
  }
  if (initialComment !== undefined) {
    for (const warning of checkMrkdwn(initialComment)) ctx.state.warnings.push(`files.completeUploadExternal: ${warning}`);
  }
  for (const file of files) {
    file.completed = true;
    if (channelId !== undefined) file.channelId = channelId;
    if (threadTs !== undefined) file.threadTs = threadTs;
    if (initialComment !== undefined) file.initialComment = initialComment;
  }
  if (channelId !== undefined) {
    const message: FakeMessage = {
      channel: channelId,
      ts: ctx.nextTs(),
      files: files.map((f) => f.id),
      history: [initialComment ?? ''],
      deleted: false,
    };
    if (threadTs !== undefined) message.threadTs = threadTs;
    if (initialComment !== undefined) message.text = initialComment;
    ctx.state.messages.push(message);
  }
  // Like Slack, the share happens asynchronously: the answer does not carry the message ts.
  return {
    ok: true,
    files: files.map((f) => ({ id: f.id, name: f.filename, title: f.title ?? f.filename, size: f.length, shares: {} })),
  };
};

const deleteFile: Handler = (params, ctx) => {
  const id = str(params, 'file');
  const file = id === undefined ? undefined : ctx.state.files.get(id);
  if (file === undefined || file.deleted) return fail('file_not_found');
  file.deleted = true;
  for (const message of ctx.state.messages) {
    if (message.files.includes(file.id) && message.files.every((f) => ctx.state.files.get(f)?.deleted)) message.deleted = true;
  }
  return { ok: true };
};

const TRIGGER_LIFETIME_MS = 3_000;

const viewsOpen: Handler = (params, ctx) => {
  const triggerId = str(params, 'trigger_id');
  if (triggerId === undefined) return fail('invalid_arguments');
  const issuedAtMs = ctx.triggerIssuedAtMs.get(triggerId);
  if (issuedAtMs === undefined) return fail('invalid_trigger_id');
  if (Date.now() - issuedAtMs > TRIGGER_LIFETIME_MS) return fail('expired_trigger_id');
  ctx.triggerIssuedAtMs.delete(triggerId); // one use
  const view = jsonParam(params, 'view');
  if (typeof view !== 'object' || view === null || Array.isArray(view)) return fail('invalid_arguments');
  const problem = checkView(view as Record<string, unknown>);
  if (problem !== null) return fail('invalid_arguments', { response_metadata: { messages: [`[ERROR] ${problem}`] } });
  const id = ctx.nextId('V');
  ctx.state.views.push({ triggerId, view: view as Record<string, unknown>, id });
  return { ok: true, view: { id, ...(view as Record<string, unknown>), team_id: ctx.teamId, app_id: ctx.appId } };
};

const reactionsAdd: Handler = (params, ctx) => {
  const channel = str(params, 'channel');
  const timestamp = str(params, 'timestamp');
  const name = str(params, 'name');
  if (channel === undefined || timestamp === undefined || name === undefined) return fail('invalid_arguments');
  if (findMessage(ctx, channel, timestamp) === undefined) return fail('message_not_found');
  if (ctx.state.reactions.some((r) => r.channel === channel && r.timestamp === timestamp && r.name === name)) {
    return fail('already_reacted');
  }
  ctx.state.reactions.push({ channel, timestamp, name });
  return { ok: true };
};

const authTest: Handler = (_params, ctx) => ({
  ok: true,
  url: 'https://fake-school.slack.com/',
  team: 'Fake School',
  user: 'asybot',
  team_id: ctx.teamId,
  user_id: ctx.botUserId,
  bot_id: ctx.botId,
  is_enterprise_install: false,
});

const connectionsOpen: Handler = (_params, ctx) => {
  const ticket = ctx.nextId('ticket-');
  ctx.openTickets.add(ticket);
  return { ok: true, url: `${ctx.baseUrl.replace(/^http/, 'ws')}/link/?ticket=${ticket}&app_id=${ctx.appId}` };
};

export const METHODS: Record<string, Handler> = {
  'auth.test': authTest,
  'chat.postMessage': postMessage,
  'chat.postEphemeral': postEphemeral,
  'chat.update': update,
  'chat.delete': deleteMessage,
  'files.getUploadURLExternal': getUploadURLExternal,
  'files.completeUploadExternal': completeUploadExternal,
  'files.delete': deleteFile,
  'views.open': viewsOpen,
  'reactions.add': reactionsAdd,
  'apps.connections.open': connectionsOpen,
};

/** Methods that take the app-level token (xapp-) rather than the bot token. */
export const APP_TOKEN_METHODS = new Set(['apps.connections.open']);
