import type { Command } from 'commander';
import { buildCorpus } from '../../../data/generate/buildCorpus.ts';
import { TEMPLATES } from '../../../data/generate/families/index.ts';
import { openDatabase, recordDatasetVersion } from '../../../core/storage/index.ts';
import path from 'node:path';
import { loadConfig, ROOT_DIR } from '../../../core/config.ts';
import { createProgressBar, type ProgressBar } from '../createProgressBar.ts';

/** Seed and size of the product's corpus: changing either makes a new dataset version. */
export const DEFAULT_SEED = 'asybot-corpus-v1';
export const DEFAULT_SCENES_PER_TEMPLATE = 60;

interface BuildFlags { seed: string; scenes: string; family?: string; concurrency?: string; json?: boolean }

/** `asybot corpus build`: sample, verify (resumable), write a content-addressed dataset version. */
export function registerCorpus(program: Command): void {
  const corpus = program.command('corpus').description('build and inspect the synthetic training corpus');
  corpus
    .command('build')
    .description('sample every template, verify every code with asy, write data/corpus/<hash>/')
    .option('--seed <seed>', 'corpus seed', DEFAULT_SEED)
    .option('--scenes <n>', 'scenes sampled per template', String(DEFAULT_SCENES_PER_TEMPLATE))
    .option('--family <prefix>', 'only templates whose id starts with this (for trying out templates)')
    .option('--concurrency <n>', 'compiles at once (default: CPU cores)')
    .option('--json', 'print the manifest as JSON')
    .action(async (flags: BuildFlags) => {
      const scenes = Number(flags.scenes);
      if (!Number.isInteger(scenes) || scenes < 1) {
        process.stderr.write(`asybot: --scenes must be a positive integer, got "${flags.scenes}"\n`);
        process.exitCode = 2;
        return;
      }
      const templates = TEMPLATES.filter((t) => t.id.startsWith(flags.family ?? ''));
      if (templates.length === 0) {
        process.stderr.write(`asybot: no templates match "${flags.family}"\n`);
        process.exitCode = 2;
        return;
      }
      let bar: ProgressBar | undefined;
      let phase = '';
      const { dir, manifest, created } = await buildCorpus({
        seed: flags.seed, scenesPerTemplate: scenes, templates,
        concurrency: flags.concurrency ? Number(flags.concurrency) : undefined,
        onPhase: (name, done, total) => {
          if (name !== phase) {
            bar?.finish();
            phase = name;
            bar = createProgressBar(name.padEnd(6));
          }
          bar!.update(done, total);
        },
      });
      bar?.finish();
      const db = openDatabase(loadConfig().dbPath);
      try {
        recordDatasetVersion(db, { id: manifest.hash, sampleCount: manifest.sampleCount, path: path.relative(ROOT_DIR, dir), notes: { seed: manifest.seed, splits: manifest.splits } });
      } finally {
        db.close();
      }
      if (flags.json) {
        process.stdout.write(JSON.stringify(manifest) + '\n');
      } else {
        process.stderr.write(`${created ? 'wrote' : 'unchanged'} ${dir}: ${manifest.sampleCount} samples ` +
          `(train ${manifest.splits.train}, val ${manifest.splits.val}, test ${manifest.splits.test}), ` +
          `${manifest.familyCount} families, ${manifest.distinctCodes} distinct codes, ${manifest.droppedUnverified} dropped unverified\n`);
      }
    });
}
