/**
 * The adapter's log: one line per event on stderr. Users only ever see short texts; the full error goes here.
 * Interaction and webhook tokens appear in discord.js error URLs, so they are masked before anything is written.
 */
export function logError(context: string, error: unknown): void {
  process.stderr.write(`[discord] ${context}: ${maskTokens(describeError(error))}\n`);
}

export function logInfo(message: string): void {
  process.stderr.write(`[discord] ${maskTokens(message)}\n`);
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, status, method, url } = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  const where = typeof method === 'string' && typeof url === 'string' ? ` (${method.toUpperCase()} ${url} → ${String(status)})` : '';
  const codeText = code !== undefined ? ` [${String(code)}]` : '';
  // A Discord API error's stack only repeats its message; any other error is a bug here, so keep its stack.
  const body = error.name === 'DiscordAPIError' ? `${error.name}: ${error.message}` : (error.stack ?? `${error.name}: ${error.message}`);
  return `${body}${codeText}${where}`;
}

/** Hides the secret part of interaction callback and webhook URLs: /interactions/<id>/<token>, /webhooks/<id>/<token>. */
export function maskTokens(text: string): string {
  return text.replace(/\/(interactions|webhooks)\/(\d+)\/[A-Za-z0-9_.-]{20,}/g, '/$1/$2/<token>');
}
