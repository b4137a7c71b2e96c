import { loadConfig, type GenerationConfig, type GeneratorKind } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { loadRetrievalGenerator } from './retrieval/loadRetrievalGenerator.ts';
import type { Generator } from './types.ts';

export type { GeneratorKind };

/** Which backend, and where its data is; `corpusDir` left out means the configured one (ASYBOT_CORPUS_DIR). */
export interface GeneratorConfig {
  kind: GeneratorKind;
  corpusDir?: GenerationConfig['corpusDir'];
}

/** The one place that maps configuration to a backend; the switch is exhaustive so a new kind cannot be forgotten. */
export async function createGenerator(config: GeneratorConfig = loadConfig().generation): Promise<Generator> {
  switch (config.kind) {
    case 'retrieval':
      // Throws CorpusMissingError (CORPUS_MISSING) naming the file when no corpus is built.
      return loadRetrievalGenerator(config.corpusDir === undefined ? loadConfig().generation.corpusDir : config.corpusDir);
    default: {
      const unknown: never = config.kind;
      throw new ConfigError('CONFIG_INVALID', `unknown generator kind ${String(unknown)}`);
    }
  }
}
