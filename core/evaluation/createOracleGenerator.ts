import { createHash } from 'node:crypto';
import { GeneratorError, type Generator } from '../generation/types.ts';

/**
 * A Generator that answers each request with the set's own reference code. Evaluating it measures the corpus
 * itself: every label and predicate should hold (an upper bound for any model), and it exercises the harness
 * without a trained model.
 *
 * Requests are looked up by their exact text. When several lines share a text (short requests like "draw a
 * triangle" recur with different scenes), first attempts get their codes in line order, so evaluating the lines
 * in order pairs each with its own code. A repair attempt gets the same code again: the oracle has nothing else.
 */
export function createOracleGenerator(lines: readonly { request: string; code?: string }[]): Generator {
  const codes = new Map<string, string[]>();
  const nextIndex = new Map<string, number>();
  const hash = createHash('sha256');
  for (const line of lines) {
    if (line.code === undefined) continue;
    const list = codes.get(line.request) ?? [];
    list.push(line.code);
    codes.set(line.request, list);
    hash.update(line.request).update('\0').update(line.code).update('\0');
  }
  return {
    modelId: `oracle@${hash.digest('hex').slice(0, 12)}`,
    async generate({ request, previous }) {
      const startedAt = performance.now();
      const last = previous.at(-1);
      if (last) return { code: last.code, tokens: 0, durationMs: performance.now() - startedAt };
      const list = codes.get(request);
      if (!list) throw new GeneratorError('ORACLE_NO_CODE', `the eval set has no reference code for "${request.slice(0, 80)}"`);
      const index = nextIndex.get(request) ?? 0;
      nextIndex.set(request, index + 1);
      return { code: list[index % list.length]!, tokens: 0, durationMs: performance.now() - startedAt };
    },
  };
}
