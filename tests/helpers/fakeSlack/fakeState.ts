// What the fake Slack workspace holds, as tests read it back. Plain data: the method handlers mutate it.

/** One raw Web API call as it arrived (after form/JSON decoding), and what the fake answered. */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** The Authorization header as sent (tests check the bearer token travelled). */
  authorization: string | undefined;
  contentType: string | undefined;
  status: number;
  response: Record<string, unknown>;
  atMs: number;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  /** Set for messages people typed (fake.userMessage); bot messages have none. */
  user?: string;
  threadTs?: string;
  text?: string;
  blocks?: unknown[];
  /** File ids shared by files.completeUploadExternal. */
  files: string[];
  /** Every text the message has had, oldest first (chat.update appends). */
  history: string[];
  deleted: boolean;
}

export interface FakeEphemeral {
  channel: string;
  user: string;
  text?: string;
  blocks?: unknown[];
  threadTs?: string;
  messageTs: string;
}

export interface FakeFile {
  id: string;
  filename: string;
  /** Length declared to files.getUploadURLExternal, bytes. */
  length: number;
  snippetType?: string;
  altText?: string;
  /** Set once the bytes were POSTed to the upload URL. */
  bytes?: Buffer;
  /** The Authorization header of that POST. */
  uploadAuthorization?: string;
  title?: string;
  channelId?: string;
  threadTs?: string;
  initialComment?: string;
  completed: boolean;
  deleted: boolean;
}

export interface FakeView {
  triggerId: string;
  view: Record<string, unknown>;
  id: string;
}

/** A Socket Mode envelope the fake pushed, and the acknowledgement the client sent back (if any). */
export interface FakeEnvelope {
  envelopeId: string;
  type: string;
  payload: Record<string, unknown>;
  ack?: { payload?: unknown; atMs: number };
  pushedAtMs: number;
}

export interface FakeSlackState {
  calls: RecordedCall[];
  messages: FakeMessage[];
  ephemerals: FakeEphemeral[];
  files: Map<string, FakeFile>;
  views: FakeView[];
  reactions: { channel: string; timestamp: string; name: string }[];
  envelopes: FakeEnvelope[];
  /** POSTs to a slash command's response_url. */
  responses: { url: string; body: unknown }[];
  /** Protocol slips that real Slack would render wrongly or reject (unescaped `<` in mrkdwn, …). */
  warnings: string[];
}

export function emptyState(): FakeSlackState {
  return {
    calls: [],
    messages: [],
    ephemerals: [],
    files: new Map(),
    views: [],
    reactions: [],
    envelopes: [],
    responses: [],
    warnings: [],
  };
}
