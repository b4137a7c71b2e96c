import { lexAsy, numberSlots, STRING_NUMBER, type AsyToken, type NumberSlot } from './lexAsy.ts';
import { COLOUR_PENS } from './requestEntities.ts';

/** What substitution needs to know about a piece of retrieved code, computed once per code. */
export interface CodeFacts {
  code: string;
  tokens: AsyToken[];
  slots: NumberSlot[];
  /** Every identifier used (points, pens, functions, directions). */
  identifiers: Set<string>;
  /** Single capitals assigned at bracket depth 0 (`pair A = …, B = …`), i.e. point variables. */
  declared: Set<string>;
  /** Token index of each declared letter's first assignment and of its first use, for shadowing checks. */
  firstDeclared: Map<string, number>;
  firstUsed: Map<string, number>;
  /** Point letters: declared ones and single-letter labels ("$O$"). */
  points: Set<string>;
  /** Single-letter label texts in order of first appearance. */
  labelOrder: string[];
  /** Colour pens used as identifiers (`red`, `palegreen`), in order; each is one '@pen' in structureKey. */
  pens: { start: number; text: string }[];
  /** The code with numbers, point letters (canonically renumbered) and colour pens abstracted: scenes of one
   * template and phrasing pattern share it when they differ only in those. */
  structureKey: string;
}

const SINGLE_LABEL = /^["']\$?\s*([A-Z])\s*'*\s*\$?["']$/;
/** Runs of capitals in strings and comments that may be point names: not TeX commands (\Delta), not words (Area). */
export const CAPITAL_RUN = /(?<![\\A-Za-z])[A-Z]+(?![a-z])/g;
/** Label directions: they vary between scenes without changing which literals are which. */
const DIRECTIONS = new Set(['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW', 'NNE', 'NNW', 'SSE', 'SSW', 'ENE', 'ESE', 'WNW', 'WSW', 'up', 'down', 'left', 'right']);
export const PEN_NAMES = new Set(Object.values(COLOUR_PENS).flatMap((c) => [c.line, c.fill, ...c.aliases]));

export function analyseCode(code: string): CodeFacts {
  const tokens = lexAsy(code);
  const identifiers = new Set<string>();
  const declared = new Set<string>();
  const firstDeclared = new Map<string, number>();
  const firstUsed = new Map<string, number>();
  const labelOrder: string[] = [];
  const pens: { start: number; text: string }[] = [];
  let depth = 0;
  let previous: AsyToken | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'space' || token.kind === 'comment') continue;
    if (token.kind === 'punct') {
      if ('([{'.includes(token.text)) depth++;
      else if (')]}'.includes(token.text)) depth = Math.max(0, depth - 1);
    } else if (token.kind === 'ident') {
      identifiers.add(token.text);
      if (PEN_NAMES.has(token.text) && nextSignificant(tokens, i)?.text !== '(') pens.push({ start: token.start, text: token.text });
      if (/^[A-Z]$/.test(token.text)) {
        if (!firstUsed.has(token.text)) firstUsed.set(token.text, i);
        // `A = …` at depth 0 declares or assigns a point; inside brackets it is a keyword argument (`L="…"`).
        const next = nextSignificant(tokens, i);
        if (depth === 0 && next?.text === '=' && previous?.text !== '.') {
          declared.add(token.text);
          if (!firstDeclared.has(token.text)) firstDeclared.set(token.text, i);
        }
      }
    } else if (token.kind === 'string') {
      const letter = SINGLE_LABEL.exec(token.text)?.[1];
      if (letter && !labelOrder.includes(letter)) labelOrder.push(letter);
    }
    previous = token;
  }
  const points = new Set([...declared, ...labelOrder]);
  return {
    code, tokens, slots: numberSlots(tokens), identifiers, declared, firstDeclared, firstUsed, points, labelOrder, pens,
    structureKey: structureKeyOf(tokens, points),
  };
}

function nextSignificant(tokens: readonly AsyToken[], i: number): AsyToken | undefined {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j]!.kind !== 'space' && tokens[j]!.kind !== 'comment') return tokens[j];
  return undefined;
}

function structureKeyOf(tokens: readonly AsyToken[], points: ReadonlySet<string>): string {
  const canonical = new Map<string, string>();
  const letter = (l: string): string => {
    let name = canonical.get(l);
    if (!name) canonical.set(l, (name = `@${canonical.size}`));
    return name;
  };
  const parts: string[] = [];
  const significant = tokens.filter((t) => t.kind !== 'space' && t.kind !== 'comment');
  significant.forEach((token, i) => {
    if (token.kind === 'number') parts.push('#');
    else if (token.kind === 'ident') {
      const call = significant[i + 1]?.text === '('; // cse5's D(…) is a function, not the point D
      parts.push(call ? token.text : /^[A-Z]$/.test(token.text) && points.has(token.text) ? letter(token.text)
        : PEN_NAMES.has(token.text) ? '@pen' : DIRECTIONS.has(token.text) ? '@dir' : token.text);
    }
    else if (token.kind === 'string') {
      parts.push(token.text
        .replace(STRING_NUMBER, '#')
        .replace(CAPITAL_RUN, (run) => ([...run].every((l) => points.has(l)) ? [...run].map(letter).join('') : run)));
    } else parts.push(token.text);
  });
  // Signed literals: `-#` and `#` must compare equal, since a sign may flip between scenes.
  return parts.join(' ').replace(/- #/g, '#');
}
