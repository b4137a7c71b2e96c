/**
 * A small Asymptote lexer, just enough for safe substitution: it tells identifiers, number literals, strings and
 * comments apart, so renaming the point `A` never touches `Arc`, `"$\Delta$"` or a comment, and it finds the
 * numbers inside label strings ("$40^\circ$", "$5$ cm") as separate slots.
 */

export type AsyTokenKind = 'space' | 'comment' | 'string' | 'number' | 'ident' | 'punct';

export interface AsyToken {
  kind: AsyTokenKind;
  text: string;
  /** Offset in the code (UTF-16 units). */
  start: number;
}

/** A number literal in code or inside a string, in textual order. */
export interface NumberSlot {
  value: number;
  text: string;
  start: number;
  /** Offset just past the literal. */
  end: number;
  inString: boolean;
  /** Code literal whose '-' is part of it (`(-3, 0)`); a string number's sign is always part of it. */
  signed: boolean;
  /**
   * Certainly a real, so a fraction may replace it: inside a string, a pair `(x, y)`, a `real`/`pair` declaration
   * or a call that takes reals (`dir(40)`, `circle(O, 3)`). Otherwise it may be an int (`polygon(6)`, a loop
   * bound, an index), where 2.5 would not compile.
   */
  realContext: boolean;
}

/** Functions whose numeric arguments are reals. */
const REAL_FUNCTIONS = new Set([
  'dir', 'circle', 'Circle', 'arc', 'Arc', 'scale', 'xscale', 'yscale', 'shift', 'rotate', 'expi', 'sqrt', 'sin', 'cos',
  'tan', 'Sin', 'Cos', 'Tan', 'abs', 'ellipse', 'box', 'interp', 'point', 'relpoint', 'CR', 'linewidth', 'fontsize',
]);
const REAL_DECLARATIONS = new Set(['real', 'pair', 'path', 'guide', 'triple']);

interface Open { bracket: string; callee: string | null }

/** One sticky regex, one group per kind, tried in this order (a comment before '/', a number before '.'). */
const TOKEN = /(\s+)|(\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|("(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)|((?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][-+]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(--|\.\.|::|\+\+|==|!=|<=|>=|&&|\|\||\^\^|[\s\S])/y;
const KINDS: readonly AsyTokenKind[] = ['space', 'comment', 'string', 'number', 'ident', 'punct'];

export function lexAsy(code: string): AsyToken[] {
  const tokens: AsyToken[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < code.length && (match = TOKEN.exec(code))) {
    let group = 1;
    while (match[group] === undefined) group++;
    tokens.push({ kind: KINDS[group - 1]!, text: match[0], start: match.index });
  }
  return tokens;
}

/** Numbers in a string's text: not part of a word or a TeX command (`\sqrt2`), not an exponent (`x^2`). */
export const STRING_NUMBER = /(?<![A-Za-z0-9_.\\^])-?\d+(?:\.\d+)?(?![0-9])/g;

/** Every number literal, in textual order (code literals and numbers inside strings alike). */
export function numberSlots(tokens: readonly AsyToken[]): NumberSlot[] {
  const slots: NumberSlot[] = [];
  const significant = tokens.filter((t) => t.kind !== 'space' && t.kind !== 'comment');
  const open: Open[] = [];
  /** First identifier of the current statement (`real`, `int`, `for`, `draw`, …). */
  let statement: string | null = null;
  let atStatementStart = true;
  for (let i = 0; i < significant.length; i++) {
    const token = significant[i]!;
    const previous = significant[i - 1];
    if (token.kind === 'punct') {
      if (token.text === '(' || token.text === '[') {
        open.push({ bracket: token.text, callee: previous?.kind === 'ident' ? previous.text : null });
      } else if (token.text === '{') {
        const initializer = previous !== undefined && (previous.text === '=' || previous.text === ',' || previous.text === '{');
        open.push({ bracket: '{', callee: initializer ? '=' : null });
        if (!initializer) atStatementStart = true;
      } else if (token.text === ')' || token.text === ']') {
        open.pop();
      } else if (token.text === '}') {
        open.pop();
        atStatementStart = true;
      } else if (token.text === ';' && !open.some((o) => o.callee === 'for')) {
        atStatementStart = true;
      }
      continue;
    }
    if (atStatementStart) {
      statement = token.kind === 'ident' ? token.text : null;
      atStatementStart = false;
    }
    if (token.kind === 'number') {
      // A '-' after an operator or opening bracket is the literal's sign: `(-3, 0)`, `x = -2`.
      const minus = previous;
      const beforeMinus = significant[i - 2];
      const signed = minus?.text === '-' && (!beforeMinus || !(beforeMinus.kind === 'number' || beforeMinus.kind === 'ident' || beforeMinus.text === ')' || beforeMinus.text === ']'));
      const text = signed ? `-${token.text}` : token.text;
      slots.push({
        value: Number(text), text, start: signed ? minus!.start : token.start, end: token.start + token.text.length,
        inString: false, signed, realContext: isRealContext(open, statement),
      });
    } else if (token.kind === 'string') {
      for (const match of token.text.matchAll(STRING_NUMBER)) {
        const start = token.start + match.index;
        slots.push({ value: Number(match[0]), text: match[0], start, end: start + match[0].length, inString: true, signed: true, realContext: true });
      }
    }
  }
  return slots;
}

function isRealContext(open: readonly Open[], statement: string | null): boolean {
  if (statement === 'int' || statement === 'for' || open.some((o) => o.bracket === '[' || o.callee === 'for')) return false;
  const innermost = open.at(-1);
  if (!innermost) return statement !== null && REAL_DECLARATIONS.has(statement);
  if (innermost.bracket === '(') return innermost.callee === null ? true : REAL_FUNCTIONS.has(innermost.callee);
  return innermost.callee === '=' && statement !== null && REAL_DECLARATIONS.has(statement); // `real[] v = {3, 5}`
}
