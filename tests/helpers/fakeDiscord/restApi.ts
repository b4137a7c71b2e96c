// The fake's REST routes (/api/v10/...): what asybot's Discord adapter calls, with Discord's status codes and error
// codes for the misuses a bug would cause (late or double acknowledgement, editing before acknowledging, threads
// on ephemeral messages).
import type { DecodedBody } from './readBody.ts';
import {
  CHANNEL_TYPES, newMessage, toApiMessage,
  type FakeAttachment, type FakeGuild, type FakeMessage, type FakeUser,
} from './payloads.ts';
import { nextSnowflake } from './snowflake.ts';

export const CALLBACK = { ChannelMessage: 4, DeferredChannelMessage: 5, DeferredUpdate: 6, UpdateMessage: 7, Modal: 9 } as const;
export const FLAG_EPHEMERAL = 64;
export const FLAG_LOADING = 128;

export interface InteractionRecord {
  id: string;
  token: string;
  /** 2 command, 3 component, 5 modal submit. */
  type: number;
  user: FakeUser;
  guildId: string | null;
  channelId: string;
  dispatchedAtMs: number;
  callbackType: number | null;
  callbackAtMs: number | null;
  /** The response message (@original): the reply for commands, the clicked message after a deferred update. */
  originalMessageId: string | null;
  /** For components and modals opened from them: the message the component is on. */
  sourceMessageId: string | null;
  /** The modal the bot opened (callback type 9), to build the submit from. */
  modal: any;
}

export interface RestState {
  token: string;
  applicationId: string;
  botUser: FakeUser;
  guild: FakeGuild;
  baseUrl: () => string;
  gatewayUrl: () => string;
  callbackDeadlineMs: number;
  attachmentSizeLimit: number;
  messages: Map<string, FakeMessage>;
  interactions: Map<string, InteractionRecord>;
  threads: Map<string, { id: string; parentId: string; name: string }>;
  registeredCommands: Map<string, unknown[]>;
  onDispatch: (t: string, d: unknown) => void;
}

export interface RestResult {
  status: number;
  body?: unknown;
}

const fail = (status: number, code: number, message: string): RestResult => ({ status, body: { message, code } });
const UNKNOWN_WEBHOOK = fail(404, 10015, 'Unknown Webhook');
const UNKNOWN_MESSAGE = fail(404, 10008, 'Unknown Message');
const UNKNOWN_CHANNEL = fail(404, 10003, 'Unknown Channel');

/** Routes one authenticated-or-not request; `authorized` says whether `Authorization: Bot <token>` was right. */
export function routeRest(state: RestState, method: string, path: string, body: DecodedBody, authorized: boolean): RestResult {
  const parts = path.split('/').filter(Boolean);
  // Interaction callbacks and webhook routes authenticate with the token in the URL, not the bot token.
  const needsBotAuth = parts[0] !== 'interactions' && parts[0] !== 'webhooks';
  if (needsBotAuth && !authorized) return fail(401, 0, '401: Unauthorized');

  if (method === 'GET' && path === '/gateway/bot') {
    return { status: 200, body: { url: state.gatewayUrl(), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } } };
  }
  if (method === 'PUT' && parts.length === 3 && parts[0] === 'applications' && parts[2] === 'commands') {
    return putCommands(state, parts[1]!, body);
  }
  if (method === 'POST' && parts[0] === 'interactions' && parts.length === 4 && parts[3] === 'callback') {
    return interactionCallback(state, parts[1]!, parts[2]!, body);
  }
  if (parts[0] === 'webhooks' && parts[1] === state.applicationId && parts.length >= 3) {
    const interaction = [...state.interactions.values()].find((record) => record.token === parts[2]);
    if (!interaction) return UNKNOWN_WEBHOOK;
    if (parts.length === 3 && method === 'POST') return followUp(state, interaction, body);
    if (parts.length === 5 && parts[3] === 'messages') return webhookMessage(state, method, interaction, parts[4]!, body);
  }
  if (parts[0] === 'channels' && parts.length >= 3) {
    const channelId = parts[1]!;
    if (!isKnownChannel(state, channelId)) return UNKNOWN_CHANNEL;
    if (parts.length === 3 && parts[2] === 'messages' && method === 'POST') return createChannelMessage(state, channelId, body);
    if (parts.length === 3 && parts[2] === 'typing' && method === 'POST') return { status: 204 };
    if (parts.length === 4 && parts[2] === 'messages') return channelMessage(state, method, channelId, parts[3]!, body);
    if (parts.length === 5 && parts[2] === 'messages' && parts[4] === 'threads' && method === 'POST') {
      return startThread(state, channelId, parts[3]!, body);
    }
  }
  return fail(404, 0, `404: Not Found (${method} ${path})`);
}

function putCommands(state: RestState, applicationId: string, body: DecodedBody): RestResult {
  if (applicationId !== state.applicationId) return fail(403, 50001, 'Missing Access');
  if (!Array.isArray(body.json)) return fail(400, 50035, 'Invalid Form Body');
  const commands = body.json.map((command: Record<string, unknown>) => ({
    id: nextSnowflake(), application_id: applicationId, version: nextSnowflake(), type: 1, default_member_permissions: null, ...command,
  }));
  state.registeredCommands.set(applicationId, commands);
  return { status: 200, body: commands };
}

function interactionCallback(state: RestState, id: string, token: string, body: DecodedBody): RestResult {
  const interaction = state.interactions.get(id);
  if (!interaction || interaction.token !== token) return fail(404, 10062, 'Unknown interaction');
  // Discord forgets an interaction that was not acknowledged within 3 s.
  if (interaction.callbackType === null && Date.now() - interaction.dispatchedAtMs > state.callbackDeadlineMs) {
    return fail(404, 10062, 'Unknown interaction');
  }
  if (interaction.callbackType !== null) return fail(400, 40060, 'Interaction has already been acknowledged.');
  const type = Number(body.json?.type);
  const data = body.json?.data ?? {};
  interaction.callbackAtMs = Date.now();
  switch (type) {
    case CALLBACK.ChannelMessage:
    case CALLBACK.DeferredChannelMessage: {
      const message = newMessage({
        channelId: interaction.channelId, guildId: interaction.guildId, author: state.botUser, webhookId: state.applicationId,
        interactionId: interaction.id, flags: (Number(data.flags ?? 0) & FLAG_EPHEMERAL) | (type === CALLBACK.DeferredChannelMessage ? FLAG_LOADING : 0),
      });
      if (type === CALLBACK.ChannelMessage) applyMessagePayload(state, message, data, body);
      state.messages.set(message.id, message);
      interaction.originalMessageId = message.id;
      break;
    }
    case CALLBACK.DeferredUpdate:
    case CALLBACK.UpdateMessage: {
      if (interaction.type !== 3 && !(interaction.type === 5 && interaction.sourceMessageId)) return fail(400, 50035, 'Invalid Form Body: update on a non-component interaction');
      interaction.originalMessageId = interaction.sourceMessageId;
      const message = state.messages.get(interaction.sourceMessageId ?? '');
      if (type === CALLBACK.UpdateMessage && message) applyMessagePayload(state, message, data, body);
      break;
    }
    case CALLBACK.Modal:
      if (interaction.type === 5) return fail(400, 50035, 'Invalid Form Body: a modal cannot answer a modal');
      if (typeof data.custom_id !== 'string' || !Array.isArray(data.components)) return fail(400, 50035, 'Invalid Form Body');
      interaction.modal = data;
      break;
    default:
      return fail(400, 50035, `Invalid Form Body: callback type ${type}`);
  }
  interaction.callbackType = type;
  return { status: 204 };
}

function followUp(state: RestState, interaction: InteractionRecord, body: DecodedBody): RestResult {
  if (interaction.callbackType === null) return UNKNOWN_WEBHOOK;
  const data = body.json ?? {};
  const message = newMessage({
    channelId: interaction.channelId, guildId: interaction.guildId, author: state.botUser, webhookId: state.applicationId,
    interactionId: interaction.id, flags: Number(data.flags ?? 0) & FLAG_EPHEMERAL,
  });
  const problem = applyMessagePayload(state, message, data, body);
  if (problem) return problem;
  state.messages.set(message.id, message);
  return { status: 200, body: toApiMessage(message, state.baseUrl()) };
}

function webhookMessage(state: RestState, method: string, interaction: InteractionRecord, which: string, body: DecodedBody): RestResult {
  if (interaction.callbackType === null || interaction.callbackType === CALLBACK.Modal && which === '@original') return UNKNOWN_MESSAGE;
  const messageId = which === '@original' ? interaction.originalMessageId : which;
  const message = messageId ? state.messages.get(messageId) : undefined;
  if (!message || message.deleted) return UNKNOWN_MESSAGE;
  if (method === 'GET') return { status: 200, body: toApiMessage(message, state.baseUrl()) };
  if (method === 'DELETE') {
    message.deleted = true;
    state.onDispatch('MESSAGE_DELETE', { id: message.id, channel_id: message.channelId, guild_id: message.guildId });
    return { status: 204 };
  }
  if (method !== 'PATCH') return fail(405, 0, '405: Method Not Allowed');
  const problem = applyMessagePayload(state, message, body.json ?? {}, body);
  if (problem) return problem;
  message.flags &= ~FLAG_LOADING;
  message.editedAt = new Date().toISOString();
  return { status: 200, body: toApiMessage(message, state.baseUrl()) };
}

function createChannelMessage(state: RestState, channelId: string, body: DecodedBody): RestResult {
  const data = body.json ?? {};
  const message = newMessage({ channelId, guildId: state.guild.id, author: state.botUser, referencedMessageId: data.message_reference?.message_id ?? null });
  const problem = applyMessagePayload(state, message, data, body);
  if (problem) return problem;
  if (!message.content && message.attachments.length === 0 && message.components.length === 0) return fail(400, 50006, 'Cannot send an empty message');
  state.messages.set(message.id, message);
  return { status: 200, body: toApiMessage(message, state.baseUrl()) };
}

function channelMessage(state: RestState, method: string, channelId: string, messageId: string, body: DecodedBody): RestResult {
  const message = state.messages.get(messageId);
  if (!message || message.deleted || message.channelId !== channelId || (message.flags & FLAG_EPHEMERAL)) return UNKNOWN_MESSAGE;
  if (method === 'GET') return { status: 200, body: toApiMessage(message, state.baseUrl()) };
  if (method === 'DELETE') {
    message.deleted = true;
    state.onDispatch('MESSAGE_DELETE', { id: message.id, channel_id: message.channelId, guild_id: message.guildId });
    return { status: 204 };
  }
  if (method !== 'PATCH') return fail(405, 0, '405: Method Not Allowed');
  if (message.author.id !== state.botUser.id) return fail(403, 50005, 'Cannot edit a message authored by another user');
  const problem = applyMessagePayload(state, message, body.json ?? {}, body);
  if (problem) return problem;
  message.editedAt = new Date().toISOString();
  return { status: 200, body: toApiMessage(message, state.baseUrl()) };
}

function startThread(state: RestState, channelId: string, messageId: string, body: DecodedBody): RestResult {
  if (channelId !== state.guild.textChannelId) return fail(400, 50024, 'Cannot execute action on this channel type');
  const message = state.messages.get(messageId);
  if (!message || message.deleted || message.channelId !== channelId || (message.flags & FLAG_EPHEMERAL)) return UNKNOWN_MESSAGE;
  if (message.threadId) return fail(400, 160004, 'A thread has already been created for this message');
  const name = body.json?.name;
  if (typeof name !== 'string' || name.length < 1 || name.length > 100) return fail(400, 50035, 'Invalid Form Body: name');
  // A thread started from a message takes the message's id.
  const thread = { id: message.id, parentId: channelId, name };
  state.threads.set(thread.id, thread);
  message.threadId = thread.id;
  const channel = {
    id: thread.id, type: CHANNEL_TYPES.PublicThread, guild_id: state.guild.id, parent_id: channelId, name, owner_id: state.botUser.id,
    last_message_id: null, rate_limit_per_user: 0, message_count: 0, member_count: 1, total_message_sent: 0, flags: 0,
    thread_metadata: { archived: false, auto_archive_duration: Number(body.json?.auto_archive_duration ?? 4320), archive_timestamp: new Date().toISOString(), locked: false },
    member: { id: thread.id, user_id: state.botUser.id, join_timestamp: new Date().toISOString(), flags: 0 },
  };
  state.onDispatch('THREAD_CREATE', { ...channel, newly_created: true });
  return { status: 201, body: channel };
}

function isKnownChannel(state: RestState, channelId: string): boolean {
  return channelId === state.guild.textChannelId || state.threads.has(channelId);
}

/**
 * Applies a message create/edit payload: content (≤ 2000 chars), components, and attachments: `files[n]` uploads
 * referenced by `attachments: [{ id: n }]`, existing attachments kept by their id, all others dropped (as Discord does).
 */
function applyMessagePayload(state: RestState, message: FakeMessage, data: any, body: DecodedBody): RestResult | undefined {
  if (typeof data.content === 'string') {
    if (data.content.length > 2000) return fail(400, 50035, 'Invalid Form Body: content: Must be 2000 or fewer in length.');
    message.content = data.content;
    message.contentHistory.push(data.content);
  }
  if (Array.isArray(data.components)) message.components = data.components;
  for (const file of body.files) {
    if (file.data.length > state.attachmentSizeLimit) return fail(413, 40005, 'Request entity too large');
  }
  if (Array.isArray(data.attachments) || body.files.length > 0) {
    const wanted: Array<{ id: string | number; filename?: string }> = Array.isArray(data.attachments) ? data.attachments : body.files.map((_, i) => ({ id: i }));
    const next: FakeAttachment[] = [];
    for (const entry of wanted) {
      const upload = body.files.find((file) => file.field === `files[${entry.id}]`);
      if (upload) {
        next.push({ id: nextSnowflake(), filename: entry.filename ?? upload.filename, contentType: upload.contentType, data: upload.data });
        continue;
      }
      const kept = message.attachments.find((attachment) => attachment.id === String(entry.id));
      if (!kept) return fail(400, 50035, `Invalid Form Body: attachments: unknown attachment ${entry.id}`);
      next.push(kept);
    }
    message.attachments = next;
  }
  return undefined;
}
