// The Block Kit limits real Slack enforces (https://docs.slack.dev/reference/block-kit), for the subset of blocks a
// bot like ours sends. Each check returns the first problem as a sentence, or null when the payload is valid.

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkText(value: unknown, where: string, maxChars: number, plainOnly = false): string | null {
  if (!isObj(value)) return `${where}: a text object is required`;
  if (value.type !== 'plain_text' && (plainOnly || value.type !== 'mrkdwn')) {
    return `${where}: text type must be ${plainOnly ? 'plain_text' : 'plain_text or mrkdwn'}, got ${String(value.type)}`;
  }
  if (typeof value.text !== 'string' || value.text.length === 0) return `${where}: text must be a non-empty string`;
  if (value.text.length > maxChars) return `${where}: text is ${value.text.length} chars, the limit is ${maxChars}`;
  return null;
}

function checkElement(element: unknown, where: string): string | null {
  if (!isObj(element)) return `${where}: element must be an object`;
  if (element.type === 'button') {
    const textProblem = checkText(element.text, `${where}.text`, 75, true);
    if (textProblem !== null) return textProblem;
    if (typeof element.action_id !== 'string' || element.action_id.length === 0 || element.action_id.length > 255) {
      return `${where}: action_id must be 1–255 chars`;
    }
    if (element.value !== undefined && (typeof element.value !== 'string' || element.value.length > 2000)) {
      return `${where}: value must be a string of at most 2000 chars`;
    }
    if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger') {
      return `${where}: style must be primary or danger`;
    }
    return null;
  }
  if (element.type === 'plain_text_input') {
    if (typeof element.action_id !== 'string' || element.action_id.length === 0) return `${where}: action_id is required`;
    const maxLength = element.max_length === undefined ? 3000 : Number(element.max_length);
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 3000) return `${where}: max_length must be 1–3000`;
    if (element.initial_value !== undefined) {
      if (typeof element.initial_value !== 'string') return `${where}: initial_value must be a string`;
      if (element.initial_value.length > maxLength) return `${where}: initial_value is longer than max_length`;
    }
    return null;
  }
  return `${where}: unsupported element type ${String(element.type)}`;
}

/** Message or modal blocks. `allowInput` is true for modals. */
export function checkBlocks(blocks: unknown[], allowInput = false): string | null {
  if (blocks.length > (allowInput ? 100 : 50)) return `too many blocks (${blocks.length})`;
  const blockIds = new Set<string>();
  for (const [i, block] of blocks.entries()) {
    const where = `blocks[${i}]`;
    if (!isObj(block)) return `${where}: block must be an object`;
    if (block.block_id !== undefined) {
      if (typeof block.block_id !== 'string' || block.block_id.length > 255) return `${where}: block_id must be ≤ 255 chars`;
      if (blockIds.has(block.block_id)) return `${where}: duplicate block_id ${block.block_id}`;
      blockIds.add(block.block_id);
    }
    let problem: string | null = null;
    switch (block.type) {
      case 'section':
        problem = checkText(block.text, `${where}.text`, 3000);
        break;
      case 'header':
        problem = checkText(block.text, `${where}.text`, 150, true);
        break;
      case 'divider':
        break;
      case 'context': {
        const elements = block.elements;
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10) {
          problem = `${where}: context needs 1–10 elements`;
          break;
        }
        for (const [j, element] of elements.entries()) {
          problem ??= checkText(element, `${where}.elements[${j}]`, 3000);
        }
        break;
      }
      case 'actions': {
        const elements = block.elements;
        if (!Array.isArray(elements) || elements.length === 0 || elements.length > 25) {
          problem = `${where}: actions needs 1–25 elements`;
          break;
        }
        const actionIds = new Set<string>();
        for (const [j, element] of elements.entries()) {
          problem ??= checkElement(element, `${where}.elements[${j}]`);
          const actionId = isObj(element) ? element.action_id : undefined;
          if (typeof actionId === 'string') {
            if (actionIds.has(actionId)) problem ??= `${where}: duplicate action_id ${actionId}`;
            actionIds.add(actionId);
          }
        }
        break;
      }
      case 'input':
        if (!allowInput) {
          problem = `${where}: input blocks belong in modals`;
          break;
        }
        problem = checkText(block.label, `${where}.label`, 2000, true) ?? checkElement(block.element, `${where}.element`);
        break;
      default:
        problem = `${where}: unsupported block type ${String(block.type)}`;
    }
    if (problem !== null) return problem;
  }
  return null;
}

/** views.open / views.update payloads. */
export function checkView(view: Obj): string | null {
  if (view.type !== 'modal') return `view.type must be modal, got ${String(view.type)}`;
  const title = checkText(view.title, 'view.title', 24, true);
  if (title !== null) return title;
  for (const key of ['submit', 'close'] as const) {
    if (view[key] !== undefined) {
      const problem = checkText(view[key], `view.${key}`, 24, true);
      if (problem !== null) return problem;
    }
  }
  if (!Array.isArray(view.blocks)) return 'view.blocks is required';
  if (view.callback_id !== undefined && (typeof view.callback_id !== 'string' || view.callback_id.length > 255)) {
    return 'view.callback_id must be ≤ 255 chars';
  }
  if (view.private_metadata !== undefined && (typeof view.private_metadata !== 'string' || view.private_metadata.length > 3000)) {
    return 'view.private_metadata must be a string of at most 3000 chars';
  }
  return checkBlocks(view.blocks, true);
}

const CONTROL = /^(?:@[UW][A-Z0-9]+|#C[A-Z0-9]+(?:\|[^>]*)?|![a-z^][^>]*|(?:https?:\/\/|mailto:)[^>]*)$/;

/**
 * Slack reads `<…>` in mrkdwn as links and mentions and wants `&`, `<`, `>` escaped as entities everywhere else
 * (https://docs.slack.dev/messaging/formatting-message-text#escaping). Returns one warning per slip.
 */
export function checkMrkdwn(text: string): string[] {
  const warnings: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      const end = text.indexOf('>', i);
      const inner = end < 0 ? '' : text.slice(i + 1, end);
      if (end < 0 || !CONTROL.test(inner)) {
        warnings.push(`unescaped "<" at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`);
      } else {
        i = end;
      }
    } else if (c === '>') {
      warnings.push(`unescaped ">" at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`);
    } else if (c === '&' && !/^&(?:amp|lt|gt);/.test(text.slice(i, i + 5))) {
      warnings.push(`unescaped "&" at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`);
    }
  }
  return warnings;
}

/** Every mrkdwn string inside blocks (section text and fields, context elements), for checkMrkdwn. */
export function mrkdwnTexts(blocks: unknown[]): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObj(value)) {
      if (value.type === 'mrkdwn' && typeof value.text === 'string') texts.push(value.text);
      else Object.values(value).forEach(visit);
    }
  };
  visit(blocks);
  return texts;
}
