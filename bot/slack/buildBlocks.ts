// Block Kit payloads: the result card with its buttons and the "Fix code" modal. Limits: section text 3000 chars,
// button text 75, button value 2000, modal title 24, plain_text_input 3000 (https://docs.slack.dev/reference/block-kit).
import type { DiagramReply } from '../../core/service/types.ts';
import { clip, escapeMrkdwn } from './slackText.ts';

export const ACTION_IDS = {
  voteUp: 'vote_up',
  voteDown: 'vote_down',
  regenerate: 'regenerate',
  fixCode: 'fix_code',
  delete: 'delete',
} as const;

export const FIX_CODE_VIEW = 'fix_code_submit';
export const FIX_CODE_BLOCK = 'code';
export const FIX_CODE_INPUT = 'code';
/** The longest code the modal can hold (plain_text_input max_length). */
export const MODAL_CODE_MAX = 3000;

export type ReplyKind = 'diagram' | 'render' | 'fix';

type Block = Record<string, unknown>;

function button(actionId: string, text: string, value: string, style?: 'primary' | 'danger'): Block {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text, emoji: true },
    value,
    ...(style ? { style } : {}),
  };
}

/** The buttons under a reply. Votes and 🔁 only make sense for generated diagrams, not for the user's own code. */
function replyButtons(reply: DiagramReply, kind: ReplyKind): Block[] {
  const buttons: Block[] = [];
  const generated = kind === 'diagram';
  if (reply.generationId !== undefined && generated && reply.ok) {
    buttons.push(button(ACTION_IDS.voteUp, '👍', reply.generationId), button(ACTION_IDS.voteDown, '👎', reply.generationId));
  }
  if (generated && reply.requestId) buttons.push(button(ACTION_IDS.regenerate, '🔁 Try again', reply.requestId));
  if (reply.generationId !== undefined) buttons.push(button(ACTION_IDS.fixCode, 'Fix code', reply.generationId, 'primary'));
  if (reply.requestId) buttons.push(button(ACTION_IDS.delete, '🗑', reply.requestId, 'danger'));
  return buttons;
}

/** The result card: headline, the short outcome line, model and timing, buttons. `headline` is mrkdwn already. */
export function buildResultCard(reply: DiagramReply, kind: ReplyKind, headline: string): { text: string; blocks: Block[] } {
  const outcome = reply.ok ? `✅ ${escapeMrkdwn(reply.text)}` : `⚠️ ${escapeMrkdwn(reply.text)}`;
  const where = !reply.ok && (reply.detail || reply.code) ? '\n_Details are in the thread._' : '';
  const facts = [
    reply.modelId ? `model ${escapeMrkdwn(reply.modelId)}` : undefined,
    `${(reply.durationMs / 1000).toFixed(1)} s`,
    reply.retryAfterS !== undefined ? `try again in ${Math.ceil(reply.retryAfterS)} s` : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  const blocks: Block[] = [
    { type: 'section', text: { type: 'mrkdwn', text: clip(`${headline}\n${outcome}${where}`, 3000) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: facts.join(' · ') }] },
  ];
  const buttons = replyButtons(reply, kind);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'asybot_reply', elements: buttons });
  return { text: clip(`${headline} ${reply.ok ? '✅' : '⚠️'} ${escapeMrkdwn(reply.text)}`, 3000), blocks };
}

/** Where a modal submission is answered, carried in private_metadata (3000 chars max). */
export interface FixCodeMetadata {
  generationId: string;
  channel: string;
  threadTs: string;
}

/** The "Fix code" modal: one multiline input, prefilled with the current code when it fits. */
export function buildFixCodeView(metadata: FixCodeMetadata, code: string | undefined): Block {
  return {
    type: 'modal',
    callback_id: FIX_CODE_VIEW,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: 'Fix the code' },
    submit: { type: 'plain_text', text: 'Render' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: FIX_CODE_BLOCK,
        label: { type: 'plain_text', text: 'Corrected Asymptote code (it is compiled, shown, and kept as a good example)' },
        element: {
          type: 'plain_text_input',
          action_id: FIX_CODE_INPUT,
          multiline: true,
          max_length: MODAL_CODE_MAX,
          ...(code !== undefined && code.length <= MODAL_CODE_MAX ? { initial_value: code } : {}),
        },
      },
    ],
  };
}
