/**
 * Turns asy's stderr (and LaTeX's transcript on stdout) into readable errors that point at the user's own code.
 *
 * asy prints, for each error: the offending source line, a caret line, then `FILE: LINE.COL: message`
 * (e.g. `diagram.asy: 3.9: no matching variable 'B'`). LaTeX failures put the whole transcript on stdout and
 * leave only `plain_shipout.asy: 116.11: runtime: shipout failed` on stderr; the line that matters is the
 * first `! …` line of the transcript.
 */

export interface CompileErrorItem {
  /** 1-based line in the user's code, or null when the error is not located there (LaTeX, a module, limits). */
  line: number | null;
  /** 1-based column, or null. */
  col: number | null;
  message: string;
}

export interface ParseContext {
  /** Name of the user's file as asy saw it, e.g. `diagram.asy`. */
  fileName: string;
  /** Lines we prepended before the user's code (mapped away so line numbers match what the user wrote). */
  preambleLines: number;
}

const LOCATED = /^(.*?\.asy): (\d+)\.(\d+): (.*)$/;
const MODULE_LOAD = /^error: could not load module '(.*)'$/;

export function parseAsyErrors(stderr: string, stdout: string, context: ParseContext): CompileErrorItem[] {
  const errors: CompileErrorItem[] = [];
  let latexFailed = false;
  for (const rawLine of stderr.split('\n')) {
    const line = rawLine.trimEnd();
    const located = LOCATED.exec(line);
    if (located) {
      const [, file, lineText, colText, message] = located;
      const base = file!.split('/').pop()!;
      if (base === 'plain_shipout.asy' && /shipout failed/.test(message!)) {
        latexFailed = true;
        continue;
      }
      if (base === context.fileName) {
        const userLine = Number(lineText) - context.preambleLines;
        errors.push(userLine >= 1
          ? { line: userLine, col: Number(colText), message: tidyMessage(message!) }
          : { line: null, col: null, message: `in the automatic imports: ${tidyMessage(message!)}` });
      } else {
        errors.push({ line: null, col: null, message: `in module ${base} line ${lineText}: ${tidyMessage(message!)}` });
      }
      continue;
    }
    const moduleLoad = MODULE_LOAD.exec(line);
    if (moduleLoad && moduleLoad[1] !== context.fileName && !moduleLoad[1]!.endsWith(context.fileName)) {
      errors.push({ line: null, col: null, message: `unknown module '${moduleLoad[1]}'` });
      continue;
    }
    if (/^error: out of memory/.test(line)) errors.push({ line: null, col: null, message: 'out of memory' });
  }
  if (latexFailed || (errors.length === 0 && /^! /m.test(stdout))) {
    errors.push({ line: null, col: null, message: summariseLatexError(stdout) });
  }
  return dedupe(errors);
}

/** asy's own wording for the limits we impose suggests overriding them; say what is not allowed instead. */
const FRIENDLIER: readonly [RegExp, string][] = [
  [/^Read from other directories disabled.*/, 'reading files is not allowed here'],
  [/^Write to other directories disabled.*/, 'writing files is not allowed here'],
  [/.*disabled; override with option -nosafe.*/, 'running programs is not allowed here'],
];

function tidyMessage(message: string): string {
  const plain = message.replace(/^runtime: /, '').trim();
  const friendly = FRIENDLIER.find(([pattern]) => pattern.test(plain));
  return friendly ? friendly[1] : plain;
}

/** Picks the first `! ...` line of a TeX transcript and the context that names the culprit. */
export function summariseLatexError(transcript: string): string {
  const lines = transcript.split('\n');
  const bangAt = lines.findIndex((l) => l.startsWith('! '));
  if (bangAt < 0) return 'LaTeX failed on a label (check $…$ and braces)';
  let message = lines[bangAt]!.slice(2).trim().replace(/\.$/, '');
  // TeX shows the culprit as `<recently read> \frc` or at the end of the `l.N …` context line.
  const following = lines.slice(bangAt + 1, bangAt + 5);
  const recentlyRead = following.map((l) => /^<recently read> (.*)$/.exec(l)?.[1]?.trim()).find(Boolean);
  const contextLine = following.find((l) => /^l\.\d+ /.test(l))?.replace(/^l\.\d+ /, '').trim();
  const culprit = recentlyRead ?? contextLine?.match(/\\[A-Za-z@]+/g)?.pop() ?? contextLine?.slice(-40);
  if (culprit) {
    message += ` near ${culprit}`;
  } else if (bangAt > 1 && /^Runaway argument\?/.test(lines[bangAt - 2] ?? '')) {
    message += ` near ${lines[bangAt - 1]!.trim().replace(/\\end \{document\}\s*$/, '')}`;
  }
  return `LaTeX error in a label: ${message}`.slice(0, 300);
}

function dedupe(errors: CompileErrorItem[]): CompileErrorItem[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.col}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Renders errors for people: `line 3: no matching variable 'B'`, then the user's line and a caret under the column.
 * Keeps at most `maxErrors` (the first error usually causes the rest).
 */
export function formatCompileErrors(errors: readonly CompileErrorItem[], userCode: string, maxErrors = 3): string {
  const codeLines = userCode.split('\n');
  const parts: string[] = [];
  for (const error of errors.slice(0, maxErrors)) {
    if (error.line === null) {
      parts.push(error.message);
      continue;
    }
    const source = (codeLines[error.line - 1] ?? '').replace(/\t/g, ' ');
    const shown = source.length > 120 ? source.slice(0, 120) + '…' : source;
    const caretCol = Math.min(Math.max((error.col ?? 1) - 1, 0), shown.length);
    parts.push(`line ${error.line}: ${error.message}\n  ${shown}\n  ${' '.repeat(caretCol)}^`);
  }
  if (errors.length > maxErrors) parts.push(`(${errors.length - maxErrors} more)`);
  return parts.join('\n');
}
