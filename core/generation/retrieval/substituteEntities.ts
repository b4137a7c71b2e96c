import { CAPITAL_RUN, type CodeFacts } from './codeFacts.ts';
import { COLOUR_PENS, type RequestEntities } from './requestEntities.ts';

/**
 * Puts the user's point names and colours into retrieved code. Every edit is a consistent renaming the lexer
 * can see — identifiers outside strings, capital runs inside label strings, pens the corpus shows to be chosen
 * per scene — so the picture keeps its meaning; anything ambiguous (names that align two ways, a target that
 * would shadow a direction, two colours sharing a pen) is left as it was. Numbers live in planNumbers.ts.
 */

/** Single capitals Asymptote already defines (directions N/S/E/W, I = (0,1)): points get another variable name. */
const RESERVED_LETTERS = new Set(['E', 'I', 'N', 'S', 'W']);

export interface PointRenaming {
  /** Old letter → new letter, for label strings and comments. */
  letters: Map<string, string>;
  /** Old variable → new variable, for code (usually the same letter; `ptS` when S would shadow south). */
  variables: Map<string, string>;
}

/**
 * Aligns the user's name runs with the retrieved request's ("PQR" ↔ "ABC", then "P" ↔ "A", …) and extends the
 * renaming so no point of the code ends up sharing a name with another. Returns null when the alignment
 * contradicts itself or a rename cannot be made safe; an empty renaming when there is nothing to rename.
 */
export function planPointRenaming(user: readonly string[], source: readonly string[], facts: CodeFacts): PointRenaming | null {
  const empty: PointRenaming = { letters: new Map(), variables: new Map() };
  if (user.length === 0) return empty;
  const letters = new Map<string, string>();
  const targets = new Map<string, string>();
  const pairs: [string, string][] = [];
  if (source.length === 0) {
    // "triangle PQR" against a request that named nothing: the code's labels, in order, if the counts agree.
    if (user.length !== 1 || user[0]!.length < 2 || facts.labelOrder.length !== user[0]!.length) return empty;
    facts.labelOrder.forEach((letter, i) => pairs.push([letter, user[0]![i]!]));
  } else {
    for (let i = 0; i < Math.min(user.length, source.length); i++) {
      if (user[i]!.length !== source[i]!.length) break;
      for (let j = 0; j < user[i]!.length; j++) pairs.push([source[i]![j]!, user[i]![j]!]);
    }
  }
  for (const [from, to] of pairs) {
    if ((letters.has(from) && letters.get(from) !== to) || (targets.has(to) && targets.get(to) !== from)) return null;
    letters.set(from, to);
    targets.set(to, from);
  }
  // Only letters the code actually shows matter.
  for (const from of [...letters.keys()]) if (!facts.points.has(from)) letters.delete(from);
  if ([...letters].every(([from, to]) => from === to)) return empty;

  // A point the user did not mention keeps its place unless its name is taken: then it moves to a free letter.
  const userLetters = new Set(user.join(''));
  const taken = new Set([...facts.points, ...userLetters, ...[...facts.identifiers].filter((id) => /^[A-Z]$/.test(id)), ...RESERVED_LETTERS, 'O', 'I']);
  const free = [...'ABCDEFGHJKLMPQRTUVXYZ'].filter((l) => !taken.has(l));
  for (const to of [...letters.values()]) {
    if (facts.points.has(to) && !letters.has(to)) {
      const fresh = free.shift();
      if (!fresh) return null;
      letters.set(to, fresh);
    }
  }
  for (const [from, to] of [...letters]) if (from === to) letters.delete(from);

  const variables = new Map<string, string>();
  for (const [from, to] of letters) {
    if (!facts.declared.has(from)) continue; // a label-only point: its text changes, no variable to rename
    // A declared point named like a built-in (E, N, …) shadows it; renaming is only safe if no use came first.
    if (RESERVED_LETTERS.has(from) && (facts.firstUsed.get(from) ?? 0) < (facts.firstDeclared.get(from) ?? 0)) return null;
    const shadows = RESERVED_LETTERS.has(to) || (facts.identifiers.has(to) && !facts.declared.has(to));
    const name = shadows ? `pt${to}` : to;
    if (shadows && facts.identifiers.has(name)) return null;
    variables.set(from, name);
  }
  return { letters, variables };
}

/**
 * Pen renames for the colour words aligned one to one (`red` → `blue` where a line is drawn, `palered` →
 * `paleblue` where a region is filled), keyed by index into facts.pens. Only pens at `varying` positions change:
 * those the corpus shows to be chosen per scene, so a grid drawn in lightgray stays lightgray even when the
 * request's gray (whose fill pen is lightgray) becomes pink. Null when the request's colours do not line up.
 */
export function planColours(user: readonly string[], source: readonly string[], facts: CodeFacts, varying: ReadonlySet<number>): Map<number, string> | null {
  if (user.length === 0 || user.length !== source.length) return null;
  const renames = new Map<string, string>();
  for (let i = 0; i < user.length; i++) {
    if (source[i] === user[i]) continue;
    const from = COLOUR_PENS[source[i]!]!;
    const to = COLOUR_PENS[user[i]!]!;
    for (const [olds, replacement] of [[from.aliases, to.line], [[from.fill], to.fill]] as const) {
      for (const old of olds) {
        if (renames.has(old) && renames.get(old) !== replacement) return null; // e.g. two source colours share a pen
        renames.set(old, replacement);
      }
    }
  }
  const edits = new Map<number, string>();
  facts.pens.forEach((pen, index) => {
    const replacement = renames.get(pen.text);
    if (replacement !== undefined && varying.has(index)) edits.set(index, replacement);
  });
  return edits;
}

/** Pen positions whose pen differs between scenes of one template and pattern (same structureKey). */
export function varyingPens(scenes: readonly CodeFacts[]): Set<number> {
  const varying = new Set<number>();
  const first = scenes[0];
  if (!first) return varying;
  first.pens.forEach((pen, index) => {
    if (scenes.some((s) => s.pens[index]?.text !== pen.text)) varying.add(index);
  });
  return varying;
}

export interface CodeEdits {
  letters: ReadonlyMap<string, string>;
  /** Identifier renames: point variables. */
  identifiers: ReadonlyMap<string, string>;
  /** New pen by index into facts.pens. */
  pens: ReadonlyMap<number, string>;
  /** Replacement text by index into facts.slots. */
  numbers: ReadonlyMap<number, string>;
}

/** Applies the edits in one pass over the tokens, all simultaneously (so A↔B swaps work). */
export function rewriteCode(facts: CodeFacts, edits: CodeEdits): string {
  const numberAt = new Map<number, { end: number; text: string }>();
  for (const [index, text] of edits.numbers) {
    const slot = facts.slots[index]!;
    numberAt.set(slot.start, { end: slot.end, text });
  }
  const penAt = new Map<number, string>();
  for (const [index, pen] of edits.pens) penAt.set(facts.pens[index]!.start, pen);
  const renameRuns = (text: string): string => edits.letters.size === 0 ? text : text.replace(CAPITAL_RUN, (run) => (
    [...run].every((l) => facts.points.has(l)) ? [...run].map((l) => edits.letters.get(l) ?? l).join('') : run));

  let out = '';
  const { tokens } = facts;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const replacement = token.kind !== 'string' ? numberAt.get(token.start) : undefined;
    if (replacement) {
      out += replacement.text;
      while (i + 1 < tokens.length && tokens[i + 1]!.start < replacement.end) i++;
      continue;
    }
    if (token.kind === 'ident') {
      const renamed = penAt.get(token.start) ?? edits.identifiers.get(token.text);
      out += renamed !== undefined && !isCall(tokens, i) ? renamed : token.text;
    } else if (token.kind === 'string') {
      let text = token.text;
      // Numbers inside the string, right to left so earlier offsets stay valid.
      const inside = [...numberAt].filter(([start]) => start > token.start && start < token.start + token.text.length).sort((a, b) => b[0] - a[0]);
      for (const [start, { end, text: value }] of inside) text = text.slice(0, start - token.start) + value + text.slice(end - token.start);
      out += renameRuns(text);
    } else if (token.kind === 'comment') {
      out += renameRuns(token.text);
    } else {
      out += token.text;
    }
  }
  return out;
}

/** `D(…)` is cse5's draw function, not the point D. */
function isCall(tokens: readonly { kind: string; text: string }[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    if (tokens[j]!.kind === 'space' || tokens[j]!.kind === 'comment') continue;
    return tokens[j]!.text === '(';
  }
  return false;
}

/** Share of the user's names, numbers and colours the code shows (1 when the request mentions none). */
export function entityCoverage(user: RequestEntities, facts: CodeFacts): number {
  const letters = [...new Set(user.pointTokens.join(''))];
  const total = letters.length + user.numbers.length + user.colours.length;
  if (total === 0) return 1;
  let shown = letters.filter((l) => facts.points.has(l)).length;
  shown += user.numbers.filter((n) => facts.slots.some((s) => Math.abs(s.value - n.value) < 1e-9)).length;
  shown += user.colours.filter((c) => {
    const pens = COLOUR_PENS[c]!;
    return [pens.line, pens.fill, ...pens.aliases].some((pen) => facts.identifiers.has(pen));
  }).length;
  return shown / total;
}
