// What Slack sends an app: slash commands, block_actions, view_submission, event callbacks. The same objects
// travel as a signed HTTP request (sendSigned) or inside a Socket Mode envelope (fake.pushEnvelope).
import { createHmac } from 'node:crypto';
import type { FakeSlack } from './startFakeSlack.ts';

export interface Who {
  userId?: string;
  channelId?: string;
}

const DEFAULT_USER = 'U0STUDENT01';
const DEFAULT_CHANNEL = 'C0CLASS0001';

/** Slash command fields (form-encoded over HTTP; the envelope payload in Socket Mode). */
export function slashCommand(fake: FakeSlack, command: string, text: string, who: Who = {}): Record<string, string> {
  const userId = who.userId ?? DEFAULT_USER;
  return {
    token: 'deprecated-verification-token',
    team_id: fake.teamId,
    team_domain: 'fake-school',
    channel_id: who.channelId ?? DEFAULT_CHANNEL,
    channel_name: 'geometry',
    user_id: userId,
    user_name: userId.toLowerCase(),
    command,
    text,
    api_app_id: fake.appId,
    is_enterprise_install: 'false',
    // The fake records POSTs here; the path names the command and user so tests can find the answer.
    response_url: `${fake.baseUrl}/respond/${encodeURIComponent(command.slice(1))}/${userId}/${fake.mintTriggerId()}`,
    trigger_id: fake.mintTriggerId(),
  };
}

/** A click on a button of a bot message (the message as the fake stored it). */
export function blockAction(
  fake: FakeSlack,
  message: { channel: string; ts: string; text?: string; blocks?: unknown[] },
  actionId: string,
  who: Who = {},
): Record<string, unknown> {
  const button = findButton(message.blocks ?? [], actionId);
  if (button === undefined) throw new Error(`message ${message.ts} has no button ${actionId}`);
  const userId = who.userId ?? DEFAULT_USER;
  return {
    type: 'block_actions',
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: fake.teamId },
    api_app_id: fake.appId,
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: false },
    trigger_id: fake.mintTriggerId(),
    team: { id: fake.teamId, domain: 'fake-school' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: message.channel, name: 'geometry' },
    message: { type: 'message', user: fake.botUserId, ts: message.ts, text: message.text ?? '', blocks: message.blocks ?? [] },
    state: { values: {} },
    response_url: `${fake.baseUrl}/respond/action/${Date.now()}`,
    actions: [{ ...button.element, block_id: button.blockId, action_ts: `${Date.now() / 1000}` }],
  };
}

function findButton(blocks: unknown[], actionId: string): { element: Record<string, unknown>; blockId: string } | undefined {
  for (const block of blocks as { type?: string; block_id?: string; elements?: Record<string, unknown>[] }[]) {
    if (block.type !== 'actions') continue;
    const element = block.elements?.find((e) => e.action_id === actionId);
    if (element !== undefined) return { element, blockId: block.block_id ?? 'actions' };
  }
  return undefined;
}

/** Submitting a modal the bot opened: `values` maps block_id → action_id → typed text. */
export function viewSubmission(
  fake: FakeSlack,
  view: Record<string, unknown>,
  values: Record<string, Record<string, string>>,
  who: Who = {},
): Record<string, unknown> {
  const userId = who.userId ?? DEFAULT_USER;
  const stateValues = Object.fromEntries(
    Object.entries(values).map(([blockId, actions]) => [
      blockId,
      Object.fromEntries(Object.entries(actions).map(([actionId, value]) => [actionId, { type: 'plain_text_input', value }])),
    ]),
  );
  return {
    type: 'view_submission',
    team: { id: fake.teamId, domain: 'fake-school' },
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: fake.teamId },
    api_app_id: fake.appId,
    token: 'deprecated-verification-token',
    trigger_id: fake.mintTriggerId(),
    view: {
      id: 'V0FAKEVIEW1',
      team_id: fake.teamId,
      app_id: fake.appId,
      bot_id: 'B0FAKEBOT01',
      hash: '1700000000.abcdef',
      previous_view_id: null,
      root_view_id: 'V0FAKEVIEW1',
      ...view,
      state: { values: stateValues },
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** An `app_mention` event callback (Events API); the message is added to the channel first. Slack escapes &, <, > in the text; pass it already escaped. */
export function appMention(fake: FakeSlack, text: string, who: Who = {}): Record<string, unknown> {
  const { ts } = fake.userMessage(who.channelId ?? DEFAULT_CHANNEL, who.userId ?? DEFAULT_USER, text);
  return {
    token: 'deprecated-verification-token',
    team_id: fake.teamId,
    api_app_id: fake.appId,
    event: {
      type: 'app_mention',
      user: who.userId ?? DEFAULT_USER,
      text,
      ts,
      channel: who.channelId ?? DEFAULT_CHANNEL,
      event_ts: ts,
      client_msg_id: '5f1c8a2e-0000-4000-8000-000000000001',
    },
    type: 'event_callback',
    event_id: `Ev${Date.now()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: fake.teamId, user_id: fake.botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** Escapes text the way Slack delivers it in events and commands (& < > as entities). */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SignedOptions {
  signingSecret: string;
  /** Default: now. Slack's apps refuse timestamps more than 5 minutes off. */
  timestampS?: number;
}

/**
 * POSTs to the app's /slack/events as Slack does: slash commands form-encoded, interactions as form `payload=JSON`,
 * events as JSON, signed with `v0=HMAC-SHA256(secret, "v0:{ts}:{body}")`.
 */
export async function sendSigned(
  url: string,
  kind: 'command' | 'interaction' | 'event',
  payload: Record<string, unknown>,
  options: SignedOptions,
): Promise<{ status: number; body: string }> {
  let body: string;
  let contentType: string;
  if (kind === 'command') {
    body = new URLSearchParams(payload as Record<string, string>).toString();
    contentType = 'application/x-www-form-urlencoded';
  } else if (kind === 'interaction') {
    body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    contentType = 'application/x-www-form-urlencoded';
  } else {
    body = JSON.stringify(payload);
    contentType = 'application/json';
  }
  const timestampS = options.timestampS ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.signingSecret).update(`v0:${timestampS}:${body}`).digest('hex')}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestampS),
      'x-slack-signature': signature,
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}
