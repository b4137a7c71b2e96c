import type { Sample } from '../../../data/generate/types.ts';
import { analyseCode, type CodeFacts } from './codeFacts.ts';
import { analyseNumberSlots, MIN_SCENES, planNumbers, type SceneNumbers, type SlotMapping } from './planNumbers.ts';
import { extractEntities, type RequestEntities } from './requestEntities.ts';
import { planColours, planPointRenaming, rewriteCode, varyingPens } from './substituteEntities.ts';

/**
 * Adapts a retrieved training sample to the user's request: point names; colours and numbers where other scenes
 * of the same template prove which pens and literals the request chose (a template's scenes are its evidence:
 * what varies between them was chosen per scene, what stays is structure). Keeps per-sample analyses in bounded
 * caches, because the same few hundred samples answer most requests.
 */

export interface Substitution {
  code: string;
  /** Facts of the returned code (for coverage). */
  facts: CodeFacts;
  /** What changed: 'names', 'colours', 'numbers' (empty: the code is the sample's own). */
  changed: string[];
}

const SIBLINGS_SCANNED = 20;
/** Scenes (the retrieved one included) that settle a mapping; more only cost time. */
const SCENES_WANTED = MIN_SCENES + 3;
const CACHE_LIMIT = 4000;

export class SampleSubstituter {
  private readonly factsCache = new Map<number, CodeFacts>();
  private readonly entitiesCache = new Map<number, RequestEntities>();
  private readonly numberCache = new Map<string, SlotMapping>();
  private readonly penCache = new Map<string, Set<number> | null>();
  /** `template` and `template \0 pattern` → sample indices, in corpus order. */
  private readonly groups = new Map<string, number[]>();

  constructor(private readonly samples: readonly Sample[]) {
    samples.forEach((sample, index) => {
      for (const key of [sample.template, `${sample.template}\u0000${sample.pattern}`]) {
        let group = this.groups.get(key);
        if (!group) this.groups.set(key, (group = []));
        group.push(index);
      }
    });
  }

  factsOf(index: number): CodeFacts {
    return cached(this.factsCache, index, () => analyseCode(this.samples[index]!.code));
  }

  entitiesOf(index: number): RequestEntities {
    return cached(this.entitiesCache, index, () => extractEntities(this.samples[index]!.request));
  }

  /**
   * `withEvidence: false` changes names only: colours and numbers need sibling scenes, whose first reading per
   * template costs up to 20 code analyses.
   */
  substitute(user: RequestEntities, index: number, withEvidence = true): Substitution {
    const facts = this.factsOf(index);
    const source = this.entitiesOf(index);
    const renaming = planPointRenaming(user.pointTokens, source.pointTokens, facts);
    const varying = withEvidence && user.colours.length > 0 && source.colours.length > 0 ? this.penEvidence(index) : null;
    const pens = varying ? planColours(user.colours, source.colours, facts, varying) : null;
    const numbers = withEvidence && user.numbers.length > 0 && source.numbers.length === user.numbers.length
      ? planNumbers(user.numbers, source.numbers, facts, this.numberEvidence(index)) : null;
    const changed: string[] = [];
    if (renaming && renaming.letters.size > 0) changed.push('names');
    if (pens && pens.size > 0) changed.push('colours');
    if (numbers && numbers.size > 0) changed.push('numbers');
    if (changed.length === 0) return { code: facts.code, facts, changed };

    const code = rewriteCode(facts, {
      letters: renaming?.letters ?? new Map(),
      identifiers: renaming?.variables ?? new Map(),
      pens: pens ?? new Map(),
      numbers: numbers ?? new Map(),
    });
    const result = analyseCode(code);
    // Invariant: a consistent renaming keeps the code's shape. `ptS` variables and parenthesised negatives are the
    // two edits that legitimately change it; anything else means the edit went wrong, so serve the sample as is.
    const shapeMayChange = [...(renaming?.variables.values() ?? [])].some((v) => v.length > 1) || [...(numbers?.values() ?? [])].some((t) => t.startsWith('('));
    if (!shapeMayChange && result.structureKey !== facts.structureKey) return { code: facts.code, facts, changed: [] };
    return { code, facts: result, changed };
  }

  /**
   * Which literals copy request numbers (planNumbers.ts), from scenes of the same template and pattern (so the
   * request's numbers come in the same order) whose code has the same shape (so literals line up one to one).
   */
  private numberEvidence(index: number): SlotMapping {
    const sample = this.samples[index]!;
    const facts = this.factsOf(index);
    const ownNumbers = this.entitiesOf(index).numbers;
    return cachedBy(this.numberCache, `${sample.template}\u0000${sample.pattern}\u0000${facts.structureKey}`, () => {
      const scenes: SceneNumbers[] = [{ numbers: ownNumbers, facts }];
      for (const other of this.otherScenes(index, `${sample.template}\u0000${sample.pattern}`)) {
        const otherNumbers = this.entitiesOf(other).numbers;
        if (this.factsOf(other).structureKey === facts.structureKey && otherNumbers.length === ownNumbers.length) scenes.push({ numbers: otherNumbers, facts: this.factsOf(other) });
        if (scenes.length >= SCENES_WANTED) break;
      }
      return analyseNumberSlots(scenes);
    });
  }

  /** Pen positions chosen per scene, from scenes of the same template (any phrasing) with as many pens. */
  private penEvidence(index: number): Set<number> | null {
    const sample = this.samples[index]!;
    const facts = this.factsOf(index);
    return cachedBy(this.penCache, `${sample.template}\u0000${facts.pens.length}`, () => {
      const scenes = [facts];
      for (const other of this.otherScenes(index, sample.template)) {
        if (this.factsOf(other).pens.length === facts.pens.length) scenes.push(this.factsOf(other));
        if (scenes.length >= SCENES_WANTED) break;
      }
      return scenes.length >= MIN_SCENES ? varyingPens(scenes) : null;
    });
  }

  /** Up to SIBLINGS_SCANNED other samples of the group with code distinct from the sample's and each other's. */
  private *otherScenes(index: number, group: string): Generator<number> {
    const seen = new Set([this.samples[index]!.code]);
    for (const other of this.groups.get(group) ?? []) {
      if (seen.size > SIBLINGS_SCANNED) return;
      const code = this.samples[other]!.code;
      if (seen.has(code)) continue;
      seen.add(code);
      yield other;
    }
  }
}

function cachedBy<T>(cache: Map<string, T>, key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key)!;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}

function cached<T>(cache: Map<number, T>, key: number, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}
