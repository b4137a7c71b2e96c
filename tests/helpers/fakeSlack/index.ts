// A protocol-faithful local Slack for end-to-end tests of the real Bolt app (see startFakeSlack.ts).
export { startFakeSlack, type FakeSlack, type FakeSlackOptions } from './startFakeSlack.ts';
export type { EnvelopeType } from './attachSocketMode.ts';
export type { FakeSlackState, FakeMessage, FakeFile, FakeEnvelope, RecordedCall } from './fakeState.ts';
export { appMention, blockAction, sendSigned, slackEscape, slashCommand, viewSubmission } from './slackPayloads.ts';
export { guardLoopback, refusedConnections } from './guardLoopback.ts';
export { checkMrkdwn } from './checkBlocks.ts';
