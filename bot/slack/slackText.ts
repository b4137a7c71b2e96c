// Slack's text conventions: it escapes &, <, > as entities in what users type, wraps links and mentions in <…>,
// and wants the same escaping in what a bot sends (https://docs.slack.dev/messaging/formatting-message-text).

/** Escapes text for mrkdwn so `<`, `>`, `&` show literally (Asymptote uses all three: `--`, `<`, `&&`). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Turns what Slack delivered back into what the user typed: mentions dropped, `<url|label>` links back to the
 * url, entities decoded (`&amp;` last, so `&amp;lt;` stays `&lt;`).
 */
export function readUserText(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, '')
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** A ```-block that shows `code` verbatim. Slack has no escape for ``` inside a block, so a zero-width space splits it. */
export function codeBlock(code: string): string {
  return '```\n' + escapeMrkdwn(code.replace(/```/g, '`\u200b``')) + '\n```';
}

/** Shortens to at most `max` chars, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** True when a message carries code to render: an AoPS `[asy]` block or a Markdown fence. */
export function containsCode(text: string): boolean {
  return /\[asy\]/i.test(text) || text.includes('```');
}
