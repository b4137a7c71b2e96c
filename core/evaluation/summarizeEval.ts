import type { EvalItemResult } from './evaluateItem.ts';

/**
 * The numbers an eval run is judged by. Rates are fractions in [0, 1]; the first nine names match the eval_runs
 * table (core/storage/evalRuns.ts). Label recall and predicate pass rate are micro-averages over the whole set
 * (every expected label / predicate counts once); items that did not compile count as finding nothing.
 */
export interface EvalSummary {
  n: number;
  compileRate: number;
  nonBlankRate: number;
  /** Expected labels shown / expected labels; null when the set expects none. */
  labelRecall: number | null;
  /** Predicates holding / predicates; null when the set has none. */
  predicatePassRate: number | null;
  /** Latency of the bot's path per request (generate + compile, all attempts), in ms. */
  p50Ms: number;
  p95Ms: number;
  model: string;
  /** Share of items with predicates whose predicates all hold. */
  itemsAllPredicatesPassRate: number | null;
  /** Share of items that compiled with every label shown and every predicate holding. */
  passRate: number;
  labelsExpected: number;
  labelsFound: number;
  predicatesTotal: number;
  predicatesPassed: number;
  meanAttempts: number;
  generateP50Ms: number;
  compileP50Ms: number;
  probeP50Ms: number;
}

export function summarizeEval(results: readonly EvalItemResult[], model: string): EvalSummary {
  const n = results.length;
  const labelsExpected = sum(results, (r) => r.labels.expected.length);
  const labelsFound = sum(results, (r) => r.labels.found.length);
  const predicatesTotal = sum(results, (r) => r.predicates.length);
  const predicatesPassed = sum(results, (r) => r.predicates.filter((p) => p.ok).length);
  const withPredicates = results.filter((r) => r.predicates.length > 0);
  const totals = results.map((r) => r.timings.totalMs);
  const probed = results.filter((r) => r.probe).map((r) => r.timings.probeMs);
  return {
    n,
    compileRate: share(results, (r) => r.compiled),
    nonBlankRate: share(results, (r) => r.ok),
    labelRecall: labelsExpected ? labelsFound / labelsExpected : null,
    predicatePassRate: predicatesTotal ? predicatesPassed / predicatesTotal : null,
    p50Ms: percentile(totals, 50),
    p95Ms: percentile(totals, 95),
    model,
    itemsAllPredicatesPassRate: withPredicates.length ? share(withPredicates, (r) => r.predicates.every((p) => p.ok)) : null,
    passRate: share(results, (r) => r.pass),
    labelsExpected,
    labelsFound,
    predicatesTotal,
    predicatesPassed,
    meanAttempts: n ? Math.round((sum(results, (r) => r.attempts) / n) * 100) / 100 : 0,
    generateP50Ms: percentile(results.map((r) => r.timings.generateMs), 50),
    compileP50Ms: percentile(results.map((r) => r.timings.compileMs), 50),
    probeP50Ms: percentile(probed, 50),
  };
}

/** Summaries of the groups `keyOf` puts items in (items without a key are left out), largest group first. */
export function summarizeBy(results: readonly EvalItemResult[], keyOf: (r: EvalItemResult) => string | undefined, model: string): [string, EvalSummary][] {
  const groups = new Map<string, EvalItemResult[]>();
  for (const result of results) {
    const key = keyOf(result);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([key, group]) => [key, summarizeEval(group, model)]);
}

/** Nearest-rank percentile, rounded to whole ms; 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return Math.round(sorted[rank - 1]!);
}

function sum<T>(items: readonly T[], f: (item: T) => number): number {
  return items.reduce((total, item) => total + f(item), 0);
}

function share<T>(items: readonly T[], f: (item: T) => boolean): number {
  return items.length ? items.filter(f).length / items.length : 0;
}
