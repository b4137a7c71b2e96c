/**
 * Turns console lines into commands. `/render` and `/fix` take code: the rest of their line, or the lines that
 * follow up to a line holding only `.`, or an `[asy]…[/asy]` block (which ends itself). Input that ends in the
 * middle of a block still yields what was typed, so piped scripts without a final `.` work.
 */

export interface ConsoleCommand {
  /** Lower-case name without the slash ('diagram', 'render', …); 'paste' for a bare [asy] block; '' for other text. */
  name: string;
  /** Text after the name, or the collected code for code-taking commands. */
  argument: string;
}

const CODE_COMMANDS = new Set(['render', 'fix']);
const END_OF_CODE = '.';

function hasOpenTag(text: string): boolean {
  return /\[asy\]/i.test(text);
}

function hasCloseTag(text: string): boolean {
  return /\[\/asy\]/i.test(text);
}

export async function* readConsoleCommands(lines: AsyncIterator<string>): AsyncGenerator<ConsoleCommand> {
  const next = async (): Promise<string | undefined> => {
    const result = await lines.next();
    return result.done ? undefined : result.value;
  };

  /** Collects lines after a code-taking command; `first` is what followed the command on its own line. */
  const collectCode = async (first: string): Promise<string> => {
    if (first !== '' && (!hasOpenTag(first) || hasCloseTag(first))) return first;
    const collected = first === '' ? [] : [first];
    let inBlock = hasOpenTag(first);
    for (let line = await next(); line !== undefined; line = await next()) {
      if (!inBlock && line.trim() === END_OF_CODE) break;
      if (collected.length === 0 && hasOpenTag(line)) inBlock = true;
      collected.push(line);
      if (inBlock && hasCloseTag(line)) break;
    }
    return collected.join('\n');
  };

  for (let line = await next(); line !== undefined; line = await next()) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('/')) {
      // Pasting an AoPS [asy] block renders it, as it does in a chat channel.
      if (hasOpenTag(trimmed)) yield { name: 'paste', argument: await collectCode(trimmed) };
      else yield { name: '', argument: trimmed };
      continue;
    }
    const match = /^\/(\S+)\s*([\s\S]*)$/.exec(trimmed)!;
    const name = match[1]!.toLowerCase();
    const rest = match[2]!.trim();
    yield { name, argument: CODE_COMMANDS.has(name) ? await collectCode(rest) : rest };
  }
}
