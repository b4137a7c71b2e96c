import type { App } from '@slack/bolt';
import type { SlackContext } from '../slackContext.ts';
import * as appMention from './appMention.ts';
import * as asybotCommand from './asybotCommand.ts';
import * as deleteAction from './deleteAction.ts';
import * as diagramCommand from './diagramCommand.ts';
import * as fixCodeAction from './fixCodeAction.ts';
import * as fixCodeSubmission from './fixCodeSubmission.ts';
import * as regenerateAction from './regenerateAction.ts';
import * as renderCommand from './renderCommand.ts';
import * as voteActions from './voteActions.ts';

/** Every listener, one file each. The same set serves Socket Mode and HTTP. */
const LISTENERS = [
  diagramCommand,
  renderCommand,
  asybotCommand,
  appMention,
  voteActions,
  regenerateAction,
  deleteAction,
  fixCodeAction,
  fixCodeSubmission,
];

export function registerListeners(app: App, ctx: SlackContext): void {
  for (const listener of LISTENERS) listener.register(app, ctx);
}
