import { currentCorpusDir, readCorpusSplit } from '../../../data/generate/readCorpus.ts';
import { createRetrievalGenerator, type RetrievalGenerator } from './createRetrievalGenerator.ts';

/**
 * The retrieval generator over a built corpus's train split: `corpusDir` (holding train.jsonl), or the corpus
 * data/corpus/CURRENT names. Throws CorpusMissingError (code CORPUS_MISSING) naming the missing file otherwise.
 */
export function loadRetrievalGenerator(corpusDir?: string | null): RetrievalGenerator {
  return createRetrievalGenerator({ samples: readCorpusSplit('train', corpusDir ?? currentCorpusDir()) });
}
