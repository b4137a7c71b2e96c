/**
 * Typo tolerance for terms ("triangel", "perpendiclar", "cirrcle"): candidates come from a character-trigram
 * index over the corpus vocabulary, the winner is the closest by optimal-string-alignment distance (swaps, drops
 * and doubled letters each cost 1: the typos people and data/generate/phrase.ts's casualize make), ties broken by
 * document frequency. Short terms (< 5 letters) are left alone: "abc" is a name, not a typo of "arc", and "down"
 * is a word the corpus happens to lack, not a typo of "own".
 * Used twice: for query terms the corpus has never seen, and at build time to fold the corpus's own rare typos
 * into their common spelling (else a typo seen in 2 training requests gets a huge idf and drags queries to them).
 */
export class SpellCorrector {
  /** trigram → vocabulary terms containing it (terms padded as "^term$"). */
  private readonly byTrigram = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  constructor(vocabulary: Iterable<string>, private readonly documentFrequency: (term: string) => number) {
    for (const term of vocabulary) {
      if (term.length < 3) continue;
      for (const gram of new Set(trigrams(term))) {
        let list = this.byTrigram.get(gram);
        if (!list) this.byTrigram.set(gram, (list = []));
        list.push(term);
      }
    }
  }

  /** The vocabulary term this unknown term most likely meant, or null when nothing is close enough. */
  correct(term: string): string | null {
    const cached = this.cache.get(term);
    if (cached !== undefined) return cached;
    const best = this.nearest(term, 1);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(term, best);
    return best;
  }

  /** The closest other term with document frequency ≥ minDf, within 1 edit (2 from 8 letters on), or null. */
  nearest(term: string, minDf: number): string | null {
    if (term.length < 5) return null;
    const maxDistance = term.length >= 8 ? 2 : 1;
    const shared = new Set<string>();
    for (const gram of new Set(trigrams(term))) for (const candidate of this.byTrigram.get(gram) ?? []) shared.add(candidate);
    let best: string | null = null;
    let bestDistance = Infinity;
    let bestDf = -1;
    for (const candidate of shared.keys()) {
      if (candidate === term || Math.abs(candidate.length - term.length) > maxDistance) continue;
      const df = this.documentFrequency(candidate);
      if (df < minDf) continue;
      const distance = osaDistance(term, candidate, maxDistance);
      if (distance > maxDistance) continue;
      if (distance < bestDistance || (distance === bestDistance && (df > bestDf || (df === bestDf && candidate < best!)))) {
        best = candidate;
        bestDistance = distance;
        bestDf = df;
      }
    }
    return best;
  }
}

export function trigrams(term: string): string[] {
  const padded = `^${term}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

/** Optimal string alignment (Damerau–Levenshtein without repeated edits of one substring); stops early past `cap`. */
export function osaDistance(a: string, b: string, cap = Infinity): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return rowMin;
  }
  return d[rows - 1]![cols - 1]!;
}
