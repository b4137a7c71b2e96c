import { createHash } from 'node:crypto';
import type { Sample } from '../../../data/generate/types.ts';
import { GeneratorError, type GenerateInput, type Generation, type Generator } from '../types.ts';
import { Bm25Index } from './bm25Index.ts';
import { SpellCorrector } from './correctSpelling.ts';
import { extractEntities } from './requestEntities.ts';
import { entityCoverage } from './substituteEntities.ts';
import { SampleSubstituter } from './substituteSample.ts';
import { STYLE_TERMS, tokenizeRequest } from './tokenizeRequest.ts';

/**
 * The retrieval baseline: find the training requests closest to the user's (BM25 over normalised terms, typo
 * correction against the corpus vocabulary) and serve that sample's code with the user's names, colours and
 * numbers put in where that is provably safe. It is the floor every trained model must beat, and the product's
 * generator until one does. Only the train split is indexed, so evaluation on test measures generalisation.
 */

export const MAX_REQUEST_CHARS = 2000;
/** Distinct codes reranked per request (substitution + coverage cost ~0.3 ms each). */
const RERANK = 12;
/** Best BM25 candidates whose colours and numbers may change (the rest get names only; see substituteSample.ts). */
const WITH_EVIDENCE = 4;
/** A candidate that can show every name/number/colour the user asked for may outrank a 15% better text match. */
const COVERAGE_WEIGHT = 0.15;

export interface RetrievalStats {
  /** Train samples indexed (other splits are ignored). */
  samples: number;
  distinctCodes: number;
  vocabulary: number;
  /** Tokenising + building the BM25 index + the spelling vocabulary, in ms. */
  buildMs: number;
  /** Hashing the samples for the model id, in ms. */
  hashMs: number;
}

export interface RetrievalCandidate {
  sampleId: string;
  template: string;
  /** BM25 score of the best request with this code. */
  score: number;
  /** Share of the user's names/numbers/colours the code shows after substitution (0..1). */
  coverage: number;
  code: string;
  /** The sample's code as stored (equal to `code` when nothing was substituted). */
  originalCode: string;
  changed: string[];
}

export interface RetrievalGenerator extends Generator {
  readonly stats: RetrievalStats;
  /** Candidates best first, as generate() would serve them on a first attempt (for evaluation and debugging). */
  rank(request: string, limit?: number): RetrievalCandidate[];
  /** The query terms after normalisation and typo correction (unknown terms dropped). */
  queryTerms(request: string): string[];
}

export interface RetrievalOptions {
  samples: readonly Sample[];
}

export function createRetrievalGenerator(options: RetrievalOptions): RetrievalGenerator {
  const buildStarted = performance.now();
  const samples = options.samples.filter((s) => s.split === 'train');
  if (samples.length === 0) throw new GeneratorError('CORPUS_EMPTY', `no train samples to index (got ${options.samples.length} samples, none in the train split)`);
  const rawDocs = samples.map((s) => tokenizeRequest(s.request));
  const rawDf = new Map<string, number>();
  /** Terms seen outside casual phrasings: templates spell those right, so they are words, never typos. */
  const formal = new Set<string>();
  rawDocs.forEach((terms, i) => {
    for (const term of new Set(terms)) rawDf.set(term, (rawDf.get(term) ?? 0) + 1);
    if (samples[i]!.style !== 'casual') for (const term of terms) formal.add(term);
  });
  const speller = new SpellCorrector(rawDf.keys(), (term) => rawDf.get(term) ?? 0);
  const folded = foldCorpusTypos(rawDf, formal, speller, samples.length);
  const index = new Bm25Index(folded.size === 0 ? rawDocs : rawDocs.map((terms) => terms.map((t) => folded.get(t) ?? t)));
  const vocabulary = [...index.vocabulary()];
  const substituter = new SampleSubstituter(samples);
  const buildMs = performance.now() - buildStarted;

  const hashStarted = performance.now();
  const hash = createHash('sha256');
  for (const s of samples) hash.update(`${s.id}\u0000${s.request}\u0000${s.code}\u0000`);
  const modelId = `retrieval-bm25@${hash.digest('hex').slice(0, 12)}`;
  const stats: RetrievalStats = {
    samples: samples.length, distinctCodes: new Set(samples.map((s) => s.code)).size, vocabulary: vocabulary.length,
    buildMs, hashMs: performance.now() - hashStarted,
  };

  function queryTerms(request: string): string[] {
    const terms: string[] = [];
    for (const term of tokenizeRequest(request)) {
      const known = rawDf.has(term) ? term : speller.correct(term);
      if (known) terms.push(folded.get(known) ?? known);
    }
    return terms;
  }

  /** Distinct codes best first: BM25, then reranked by how much of the request the adapted code shows. */
  function rank(request: string, limit = RERANK): RetrievalCandidate[] {
    const terms = queryTerms(request);
    if (terms.every((t) => STYLE_TERMS.has(t))) {
      throw new GeneratorError('NO_MATCH', `nothing in the training corpus resembles "${request.slice(0, 80)}"; try naming the figure (triangle, circle, number line, bar graph…)`);
    }
    const user = extractEntities(request);
    const seen = new Set<string>();
    const picked: { doc: number; score: number }[] = [];
    // Many requests share a code (one scene, several phrasings): over-fetch, keep each code's best request.
    for (const hit of index.search(terms, limit * 8)) {
      const code = samples[hit.doc]!.code;
      if (seen.has(code)) continue;
      seen.add(code);
      picked.push(hit);
      if (picked.length >= limit) break;
    }
    const candidates = picked.map(({ doc, score }, order): RetrievalCandidate => {
      const sample = samples[doc]!;
      const substitution = substituter.substitute(user, doc, order < WITH_EVIDENCE);
      return {
        sampleId: sample.id, template: sample.template, score, coverage: entityCoverage(user, substitution.facts),
        code: substitution.code, originalCode: sample.code, changed: substitution.changed,
      };
    });
    const final = (c: RetrievalCandidate): number => c.score * (1 + COVERAGE_WEIGHT * c.coverage);
    return candidates.map((c, order) => ({ c, order })).sort((a, b) => final(b.c) - final(a.c) || a.order - b.order).map(({ c }) => c);
  }

  return {
    modelId,
    stats,
    rank,
    queryTerms,

    async generate(input: GenerateInput): Promise<Generation> {
      const startedAt = performance.now();
      if (input.signal?.aborted) throw new GeneratorError('ABORTED', 'the request was cancelled');
      const request = input.request.trim();
      if (request === '') throw new GeneratorError('REQUEST_EMPTY', 'the request is empty: say what to draw');
      if (request.length > MAX_REQUEST_CHARS) throw new GeneratorError('REQUEST_TOO_LONG', `the request is ${request.length} characters; the limit is ${MAX_REQUEST_CHARS}`);
      const code = pickCandidate(rank(request, RERANK + input.previous.length * 4), input);
      return { code, tokens: 0, durationMs: performance.now() - startedAt };
    },
  };
}

/**
 * Rare corpus terms one edit from a far more common one are typos (casual phrasings carry some on purpose):
 * map them to the common spelling. Rare = in at most 1% of requests (a 12% typo rate spread over a word's spellings
 * still leaves each variant far below that); common = ≥ 20× as many requests; only terms of ≥ 5 letters that
 * never occur in a short or problem-style request ("light" is a word, not a typo of "right").
 */
function foldCorpusTypos(df: ReadonlyMap<string, number>, formal: ReadonlySet<string>, speller: SpellCorrector, docCount: number): Map<string, string> {
  const rareLimit = Math.max(2, Math.floor(docCount / 100));
  const folded = new Map<string, string>();
  for (const [term, count] of df) {
    if (term.length < 5 || count > rareLimit || formal.has(term)) continue;
    const common = speller.nearest(term, count * 20);
    if (common) folded.set(term, common);
  }
  return folded;
}

/**
 * First attempt: the best candidate, adapted. Later attempts skip every code in `previous`, and read why it is
 * there from its errors:
 * - compile errors: retrieved code compiled when the corpus was built, so a failed adapted code most likely broke
 *   in substitution → offer that sample's own code next; a failed original means its template is broken here →
 *   skip that template's other scenes;
 * - no errors (it compiled, and the person asked for another, e.g. 🔁 regenerate): skip that sample altogether —
 *   its unadapted original would only undo the names they asked for — and offer the next one, adapted.
 */
function pickCandidate(candidates: readonly RetrievalCandidate[], input: GenerateInput): string {
  const excluded = new Set(input.previous.map((p) => p.code));
  const failed = new Set(input.previous.filter((p) => p.errors.length > 0).map((p) => p.code));
  const rejected = new Set(input.previous.filter((p) => p.errors.length === 0).map((p) => p.code));
  const failedTemplates = new Set(candidates.filter((c) => failed.has(c.originalCode)).map((c) => c.template));
  const options = candidates
    .filter((c) => !rejected.has(c.code) && !rejected.has(c.originalCode))
    .flatMap((c) => (c.code === c.originalCode ? [c] : [c, { ...c, code: c.originalCode }]));
  const fresh = options.filter((c) => !excluded.has(c.code));
  const pick = fresh.find((c) => !failedTemplates.has(c.template)) ?? fresh[0];
  if (!pick) throw new GeneratorError('NO_CANDIDATES', `all ${candidates.length} retrieved candidates were tried and failed`);
  return pick.code;
}
