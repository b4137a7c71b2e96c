import type { CompileService } from '../compile/createCompileService.ts';
import type { CompileErrorItem } from '../compile/parseAsyErrors.ts';
import { drawDiagram } from '../generation/drawDiagram.ts';
import type { Generator } from '../generation/types.ts';
import { checkPredicates, type PredicateResult } from './checkPredicates.ts';
import { normalizeLabel } from './normalizeLabel.ts';
import { probeDiagram, type ProbedLabel, type ProbeResult } from './probeDiagram.ts';
import type { EvalItem } from './readEvalSet.ts';

/** One line of results.jsonl. */
export interface EvalItemResult {
  id: string;
  request: string;
  family?: string;
  style?: string;
  model: string;
  /** A visible PNG came out (drawDiagram's ok). */
  ok: boolean;
  /** asy accepted the code (ok, or it ran but drew nothing visible). */
  compiled: boolean;
  errorCode?: string;
  errors: CompileErrorItem[];
  message: string;
  /** The final code (the one that compiled, or the last attempt's). */
  code: string;
  attempts: number;
  cached: boolean;
  timings: { generateMs: number; compileMs: number; totalMs: number; probeMs: number };
  labels: {
    expected: string[];
    found: string[];
    missing: string[];
    /** found / expected; null when nothing was expected. */
    recall: number | null;
    /** Every label the diagram shows (normalised), with its anchor. */
    shown: ProbedLabel[];
  };
  predicates: PredicateResult[];
  /** Probe outcome; absent when nothing compiled. */
  probe?: { ok: boolean; errorCode?: string; message: string };
  /** Compiled, every expected label shown, every predicate holds. */
  pass: boolean;
}

export interface EvaluateOptions {
  generator: Generator;
  compiler: CompileService;
  maxAttempts?: number;
}

/** Runs one request exactly as the bot does (drawDiagram), then measures the result against the item. */
export async function evaluateItem(item: EvalItem, options: EvaluateOptions): Promise<{ result: EvalItemResult; png?: Buffer }> {
  const drawn = await drawDiagram(item.request, { generator: options.generator, compiler: options.compiler, maxAttempts: options.maxAttempts });
  const probe: ProbeResult | null = drawn.ok ? await probeDiagram(drawn.code) : null;
  const shown = probe?.labels ?? [];
  const shownTexts = new Set(shown.map((l) => l.text));
  const expected = item.labels.map(normalizeLabel);
  const found = expected.filter((label) => shownTexts.has(label));
  const whyNoFigure = !drawn.ok ? 'the diagram did not compile' : !probe?.ok ? `the probe failed: ${probe?.message}` : null;
  const predicates = whyNoFigure
    ? item.predicates.map((predicate) => ({ predicate, ok: false, reason: whyNoFigure }))
    : checkPredicates(item.predicates, probe!);

  const result: EvalItemResult = {
    id: item.id,
    request: item.request,
    ...(item.family !== undefined ? { family: item.family } : {}),
    ...(item.style !== undefined ? { style: item.style } : {}),
    model: drawn.modelId,
    ok: drawn.ok,
    compiled: drawn.ok || drawn.errorCode === 'COMPILE_BLANK',
    ...(drawn.errorCode !== undefined ? { errorCode: drawn.errorCode } : {}),
    errors: drawn.errors,
    message: drawn.message,
    code: drawn.code,
    attempts: drawn.attempts,
    cached: drawn.cached,
    timings: {
      generateMs: round(drawn.durationMs.generate),
      compileMs: round(drawn.durationMs.compile),
      totalMs: round(drawn.durationMs.total),
      probeMs: round(probe?.durationMs ?? 0),
    },
    labels: {
      expected,
      found,
      missing: expected.filter((label) => !shownTexts.has(label)),
      recall: expected.length ? found.length / expected.length : null,
      shown,
    },
    predicates,
    ...(probe ? { probe: { ok: probe.ok, ...(probe.errorCode ? { errorCode: probe.errorCode } : {}), message: probe.message } } : {}),
    pass: drawn.ok && found.length === expected.length && predicates.every((p) => p.ok),
  };
  return { result, ...(drawn.png ? { png: drawn.png } : {}) };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
