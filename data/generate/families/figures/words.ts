import { casualize, sentence } from '../../phrase.ts';
import type { PhrasedRequest, Rng, Style } from '../../types.ts';

/** Wording helpers for the figures group: verbs, openers and a request collector. */

const VERBS = ['Draw', 'Sketch', 'Make', 'Create', 'Show', 'Construct', 'Produce', 'Generate', 'Plot'] as const;
const ASKS = [
  'I need a picture of', 'Can you draw', 'Could you draw', 'Please sketch', 'Give me a diagram of', 'Show me',
  'I want a figure of', 'Make me a diagram of', 'I need a diagram of', 'Can you make', 'Draw me', 'Could you show',
  'Please make a picture of', 'Generate a figure of', 'We need a diagram of',
] as const;
const STUDENT_OPENERS = [
  'how do i draw', 'how would i draw', 'can u draw', 'can you draw', 'i need', 'need', 'pls draw', 'draw me',
  'what does it look like if you have', 'help me draw', 'idk how to draw', 'can i get', 'i gotta draw',
] as const;

/** A drawing verb, capitalised ('Draw', 'Sketch', ...). Avoids 'Plot' unless `plot` is allowed. */
export function verb(rng: Rng, plot = false): string {
  return rng.pick(plot ? VERBS : VERBS.slice(0, -1));
}

/** An opener from ASKS plus `body`, ending with '?' after 'Can you…'/'Could you…'. */
export function asking(rng: Rng, body: string): string {
  const opener = rng.pick(ASKS);
  return `${opener} ${body.replace(/[.?]$/, '')}${/^(Can|Could)/.test(opener) ? '?' : '.'}`;
}
export const studentOpener = (rng: Rng): string => rng.pick(STUDENT_OPENERS);

/** 'a' or 'an' before a word. */
export const an = (word: string): string => (/^(?:[aeiou]|8|11\b|18\b)/i.test(word) ? `an ${word}` : `a ${word}`);

/** How a triangle is named in text: 'triangle ABC', '△ABC' or TeX as in contest problems. */
export function triangleName(names: readonly string[], rng: Rng, tex = true): string {
  const n = names.join('');
  const forms = tex ? [`triangle ${n}`, `triangle ${n}`, `△${n}`, `$\\triangle ${n}$`] : [`triangle ${n}`, `triangle ${n}`, `△${n}`];
  return rng.pick(forms);
}

/** Collects requests; each pattern id once per scene. */
export class Requests {
  readonly items: PhrasedRequest[] = [];
  constructor(private readonly rng: Rng) {}

  add(style: Style, pattern: string, text: string): this {
    this.items.push({ style, pattern, text: tidy(text) });
    return this;
  }

  short(pattern: string, text: string): this {
    return this.add('short', `short-${pattern}`, sentence(text));
  }

  problem(pattern: string, text: string): this {
    return this.add('problem', `problem-${pattern}`, sentence(text));
  }

  /**
   * Casual request built from a neutral noun phrase ('a triangle ABC with ...') with typos and shortcuts; openers
   * that need a verb ('can u', 'pls') get one.
   */
  casual(pattern: string, nounPhrase: string): this {
    const text = casualize(nounPhrase, this.rng).replace(/^(can u|can you|pls|yo)\s+/, (m) => `${m}${this.rng.pick(['draw', 'make', 'sketch', 'show'])} `);
    return this.add('casual', `casual-${pattern}`, text);
  }

  /** Casual request written as a student would, kept as is. */
  student(pattern: string, text: string): this {
    return this.add('casual', `casual-${pattern}`, text);
  }
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;?!])/g, '$1')
    .replace(/,([.?!;])/g, '$1')
    .replace(/\.\./g, '.')
    .replace(/,$/, '')
    .replace(/\b(pls|plz)\b(.+)\s(?:pls|plz)$/, '$1$2') // one "pls" is enough
    .trim();
}

export const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Optional clause: returns `text` when `on`, else ''. */
export const when = (on: boolean, text: string): string => (on ? text : '');
