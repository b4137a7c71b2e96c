import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../../../core/config.ts';
import { AsybotError } from '../../../core/errors.ts';
import { createCompileService } from '../../../core/compile/createCompileService.ts';
import { createOracleGenerator } from '../../../core/evaluation/createOracleGenerator.ts';
import { readEvalSet, type EvalItem } from '../../../core/evaluation/readEvalSet.ts';
import { runEval } from '../../../core/evaluation/runEval.ts';
import type { EvalSummary } from '../../../core/evaluation/summarizeEval.ts';
import { writeEvalReport } from '../../../core/evaluation/writeEvalReport.ts';
import { createGenerator } from '../../../core/generation/createGenerator.ts';
import type { Generator } from '../../../core/generation/types.ts';
import { createProgressBar } from '../createProgressBar.ts';

const GENERATORS = ['retrieval', 'oracle'] as const;
type GeneratorChoice = (typeof GENERATORS)[number];

interface EvalFlags {
  set: string;
  limit?: number;
  out?: string;
  json?: boolean;
  generator: GeneratorChoice;
  concurrency?: number;
}

/**
 * `asybot eval --set FILE.jsonl`: runs every request through the bot's own path (drawDiagram: generate → compile →
 * repair), probes each compiled diagram for its labels and points, checks the set's predicates, and writes
 * results.jsonl, summary.json, report.md and contact-sheet.png. Exit 0 when the run completed (whatever the
 * scores), 2 for an unusable set or generator, 1 for an internal fault.
 */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('evaluate a generator on a JSONL set of requests (id, request, labels, predicates, code)')
    .requiredOption('--set <file>', 'JSONL eval set, one {"id","request",…} per line (corpus splits work as they are)')
    .option('--limit <n>', 'evaluate only the first n lines', positiveInt)
    .option('--out <dir>', 'output directory (default: $ASYBOT_DATA_DIR/eval/<timestamp>/)')
    .option('--json', 'print the summary as one JSON object on stdout')
    .addOption(new Option('--generator <kind>', 'retrieval: the bot\'s backend; oracle: the set\'s own reference code').choices([...GENERATORS]).default('retrieval'))
    .option('--concurrency <n>', 'requests in flight at once (default: ASYBOT_COMPILE_CONCURRENCY)', positiveInt)
    .action(async (flags: EvalFlags) => {
      process.exitCode = await evaluate(flags);
    });
}

async function evaluate(flags: EvalFlags): Promise<number> {
  const config = loadConfig();
  let items: EvalItem[];
  let generator: Generator;
  try {
    items = await readEvalSet(flags.set);
    if (flags.limit !== undefined) items = items.slice(0, flags.limit);
    generator = flags.generator === 'oracle' ? createOracleGenerator(items) : await createGenerator({ kind: flags.generator });
  } catch (error) {
    if (!(error instanceof AsybotError)) throw error;
    return fail(flags, error);
  }
  if (flags.generator === 'oracle' && items.every((item) => item.code === undefined)) {
    return fail(flags, new AsybotError('EVAL_SET_INVALID', `${flags.set} has no "code" fields: the oracle generator answers with them`));
  }

  // No compile cache: cached answers take 0 ms, so a warm disk cache, or a model that writes the same code for
  // many requests, would make its latency look better than it is. Every attempt compiles for real.
  const compiler = createCompileService({ ...config.compile, cacheDir: null, cacheMemoryMb: 0 });
  const outDir = path.resolve(flags.out ?? defaultOutDir(config.dataDir));
  await mkdir(outDir, { recursive: true });
  const startedAt = new Date();
  const progress = createProgressBar('eval');
  progress.update(0, items.length);
  try {
    const run = await runEval(items, {
      generator,
      compiler,
      outDir,
      // Beyond the compile pool plus its queue, compiles would be refused with COMPILE_BUSY.
      concurrency: Math.min(flags.concurrency ?? compiler.concurrency, compiler.concurrency + config.compile.queueMax),
      onProgress: (done, total, last) => progress.update(done, total, `${last.pass ? '✓' : '✗'} ${last.id}`),
    });
    progress.finish();
    const files = await writeEvalReport(run, outDir, { setFile: flags.set, startedAt });
    if (flags.json) {
      process.stdout.write(JSON.stringify({ ...run.summary, wallMs: Math.round(run.wallMs), outDir }) + '\n');
    } else {
      process.stdout.write(formatSummary(run.summary) + '\n');
      process.stderr.write(`wrote ${files.report}\n      ${files.results}\n      ${files.contactSheet}\n`);
    }
    return 0;
  } finally {
    progress.finish();
    await generator.close?.();
  }
}

function formatSummary(s: EvalSummary): string {
  const pct = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
  const rows: [string, string][] = [
    ['model', s.model],
    ['requests', String(s.n)],
    ['compile rate', pct(s.compileRate)],
    ['non-blank rate', pct(s.nonBlankRate)],
    ['label recall', `${pct(s.labelRecall)} (${s.labelsFound}/${s.labelsExpected})`],
    ['predicate pass rate', `${pct(s.predicatePassRate)} (${s.predicatesPassed}/${s.predicatesTotal})`],
    ['items, all predicates', pct(s.itemsAllPredicatesPassRate)],
    ['items passing', pct(s.passRate)],
    ['latency p50 / p95', `${s.p50Ms} / ${s.p95Ms} ms`],
  ];
  return rows.map(([name, value]) => `${name.padEnd(22)}${value}`).join('\n');
}

function fail(flags: EvalFlags, error: AsybotError): number {
  if (flags.json) process.stdout.write(JSON.stringify({ ok: false, error: { code: error.code, message: error.message } }) + '\n');
  else process.stderr.write(`asybot: ${error.message}\n`);
  return 2;
}

/** `<dataDir>/eval/2026-05-01T12-34-56Z`, with a suffix when a run already used that second. */
function defaultOutDir(dataDir: string): string {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  let dir = path.join(dataDir, 'eval', stamp);
  for (let n = 2; existsSync(dir); n++) dir = path.join(dataDir, 'eval', `${stamp}-${n}`);
  return dir;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
