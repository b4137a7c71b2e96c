import { COLOURS, FILL_PENS } from '../../../data/generate/phrase.ts';
import { osaDistance } from './correctSpelling.ts';
import { pointNameTokens } from './tokenizeRequest.ts';

/**
 * What a request says the diagram must show, beyond its kind: point names, numbers (with what they measure) and
 * colours. Substitution aligns these between the user's request and the retrieved training request.
 */

/** What a number is, from how it is written: "40°", "25%", the parts of "3/4" and of "(2, -1)", or plain. */
export type NumberKind = 'angle' | 'percent' | 'numerator' | 'denominator' | 'x' | 'y' | 'plain';

export interface RequestNumber {
  value: number;
  /** As written, canonical ("2.5", "-3"): what goes into the code. */
  text: string;
  kind: NumberKind;
}

export interface RequestEntities {
  /** Runs of capitals naming points, in order: "triangle ABC with altitude from A" → ["ABC", "A"]. */
  pointTokens: string[];
  numbers: RequestNumber[];
  /** Colour words, distinct, in order of first mention ("grey" → "gray"). */
  colours: string[];
}

/** Pens per colour word: the corpus's own (data/generate/phrase.ts) plus a few more users ask for. */
export const COLOUR_PENS: Readonly<Record<string, { line: string; fill: string; aliases: readonly string[] }>> = {
  ...Object.fromEntries(COLOURS.map(({ word, pen }) => [word, { line: pen, fill: FILL_PENS[word]!, aliases: [pen] }])),
  green: { line: 'heavygreen', fill: 'palegreen', aliases: ['heavygreen', 'green', 'deepgreen'] },
  gray: { line: 'gray', fill: 'lightgray', aliases: ['gray', 'grey'] },
  yellow: { line: 'yellow', fill: 'lightyellow', aliases: ['yellow'] },
  pink: { line: 'pink', fill: 'pink', aliases: ['pink'] },
  black: { line: 'black', fill: 'lightgray', aliases: ['black'] },
};

/** Numbers as people write them: not inside a word ("A1"), an exponent ("x^2") or an ordinal ("5th"). */
const REQUEST_NUMBER = /(?<![A-Za-z0-9_.^])-?\d+(?:\.\d+)?(?![0-9]|(?:st|nd|rd|th)\b)/g;

export function extractEntities(request: string): RequestEntities {
  const numbers: RequestNumber[] = [];
  for (const match of request.matchAll(REQUEST_NUMBER)) {
    const end = match.index + match[0].length;
    const after = request.slice(end, end + 12);
    const before = request.slice(Math.max(0, match.index - 12), match.index);
    const value = Number(match[0]);
    numbers.push({ value, text: String(value), kind: numberKind(before, after) });
  }
  const colours: string[] = [];
  for (const word of request.toLowerCase().split(/[^a-z]+/)) {
    const colour = colourOf(word);
    if (colour && !colours.includes(colour)) colours.push(colour);
  }
  return { pointTokens: pointNameTokens(request).map((t) => t.text), numbers, colours };
}

function numberKind(before: string, after: string): NumberKind {
  if (/^\s*(?:°|degrees?\b|deg\b|\^\s*\{?\\circ)/i.test(after)) return 'angle';
  if (/^\s*(?:%|percent\b)/i.test(after)) return 'percent';
  if (/^\s*\/\s*\d/.test(after)) return 'numerator';
  if (/\d\s*\/\s*$/.test(before)) return 'denominator';
  if (/\(\s*$/.test(before) && /^\s*,\s*-?\d/.test(after)) return 'x';
  if (/\(\s*-?\d+(?:\.\d+)?\s*,\s*$/.test(before) && /^\s*\)/.test(after)) return 'y';
  return 'plain';
}

const LONG_COLOURS = Object.keys(COLOUR_PENS).filter((c) => c.length >= 5);

/** "grey" → gray; one typo in a long colour word still counts ("puprle", "oragne"), short ones must be exact. */
function colourOf(word: string): string | null {
  if (word === 'grey') return 'gray';
  if (word in COLOUR_PENS) return word;
  if (word.length < 5) return null;
  return LONG_COLOURS.find((c) => osaDistance(word, c, 1) <= 1) ?? null;
}
