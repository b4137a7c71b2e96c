import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readEvalSet } from '../evaluation/readEvalSet.ts';
import { runEval } from '../evaluation/runEval.ts';
import { writeEvalReport } from '../evaluation/writeEvalReport.ts';
import { recordEvalRun } from '../storage/index.ts';
import { CORPUS_ROOT, currentCorpusDir } from '../../data/generate/readCorpus.ts';
import type { EvaluationHarness } from './serviceContext.ts';

/**
 * /eval's harness: core/evaluation's runEval over an eval set (default: the current corpus's test split), the
 * same report files `asybot eval` writes, and one eval_runs row linked to the job. It runs one request at a time
 * through the bot's own compile pool, so users' requests keep most of the pool while it runs.
 */

export interface EvaluationHarnessOptions {
  /** Where reports go: `<dataDir>/eval/<stamp>-<job>/`. */
  dataDir: string;
  /** A JSONL eval set; default `<corpusDir>/test.jsonl`, resolved when /eval runs (a rebuild is picked up). */
  setFile?: string;
  /** The corpus whose test split is evaluated (ASYBOT_CORPUS_DIR); default null = the one data/corpus/CURRENT names. */
  corpusDir?: string | null;
  maxAttempts?: number;
  /** Items in flight at once; default 1. */
  concurrency?: number;
}

export function createEvaluationHarness(options: EvaluationHarnessOptions): EvaluationHarness {
  const locateSet = (): { file: string } | { missing: string } => {
    if (options.setFile) return existsSync(options.setFile) ? { file: options.setFile } : { missing: `the eval set ${options.setFile} does not exist` };
    try {
      const file = path.join(options.corpusDir ?? currentCorpusDir(CORPUS_ROOT), 'test.jsonl');
      return existsSync(file) ? { file } : { missing: `the corpus test split ${file} is missing (run \`npx asybot corpus build\`)` };
    } catch {
      return { missing: 'no corpus has been built yet (run `npx asybot corpus build`)' };
    }
  };

  return {
    describe() {
      const located = locateSet();
      if ('missing' in located) return 'the corpus test split';
      return options.setFile ? path.basename(located.file) : `the corpus test split (${located.file})`;
    },
    unavailableReason() {
      const located = locateSet();
      return 'missing' in located ? located.missing : null;
    },
    async run({ generator, compiler, db, jobId }) {
      const located = locateSet();
      if ('missing' in located) throw new Error(located.missing);
      const startedAt = new Date();
      const items = await readEvalSet(located.file);
      const stamp = startedAt.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
      const outDir = path.join(options.dataDir, 'eval', `${stamp}-${jobId.slice(0, 8)}`);
      await mkdir(outDir, { recursive: true });
      const run = await runEval(items, {
        generator,
        compiler,
        outDir,
        concurrency: options.concurrency ?? 1,
        maxAttempts: options.maxAttempts,
      });
      const files = await writeEvalReport(run, outDir, { setFile: located.file, startedAt });
      const { summary } = run;
      const setName = path.basename(located.file, '.jsonl');
      recordEvalRun(db, {
        modelId: generator.modelId,
        jobId,
        setName,
        n: summary.n,
        compileRate: summary.compileRate,
        nonBlankRate: summary.nonBlankRate,
        // A set that expects no labels (or predicates) has nothing missing: vacuously complete. summary.json keeps the null.
        labelRecall: summary.labelRecall ?? 1,
        predicatePassRate: summary.predicatePassRate ?? 1,
        p50Ms: summary.p50Ms,
        p95Ms: summary.p95Ms,
        reportPath: files.report,
      });
      const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
      return {
        summary: `${generator.modelId} on ${setName} (n=${summary.n}): compiles ${pct(summary.compileRate)}, passes ${pct(summary.passRate)}`,
        detail: { setFile: located.file, outDir, report: files.report, summary },
      };
    },
  };
}
