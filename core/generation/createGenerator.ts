import { ConfigError } from '../errors.ts';
import type { Generator } from './types.ts';

/** Which backend answers requests. ASYBOT_GENERATOR, default 'retrieval' until a trained model is promoted. */
export type GeneratorKind = 'retrieval';

export interface GeneratorConfig {
  kind: GeneratorKind;
}

/** The one place that maps configuration to a backend; the switch is exhaustive so a new kind cannot be forgotten. */
export async function createGenerator(config: GeneratorConfig): Promise<Generator> {
  switch (config.kind) {
    case 'retrieval':
      throw new ConfigError('GENERATOR_UNAVAILABLE', 'the retrieval generator is not built yet');
    default: {
      const unknown: never = config.kind;
      throw new ConfigError('CONFIG_INVALID', `unknown generator kind ${String(unknown)}`);
    }
  }
}
