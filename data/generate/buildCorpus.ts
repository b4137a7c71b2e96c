import path from 'node:path';
import { createCompileService } from '../../core/compile/createCompileService.ts';
import { loadConfig } from '../../core/config.ts';
import { buildSamples } from './buildSamples.ts';
import { CORPUS_ROOT } from './readCorpus.ts';
import { verifyCodes, codeSha256 } from './verifyCodes.ts';
import { writeCorpus, type CorpusManifest } from './writeCorpus.ts';
import type { Template } from './types.ts';

/**
 * The corpus job: sample every template, verify every distinct code with the real compiler (resumable ledger),
 * drop what did not verify, write an immutable content-addressed version and point CURRENT at it.
 */

export interface BuildCorpusOptions {
  seed: string;
  scenesPerTemplate: number;
  templates: readonly Template[];
  root?: string;
  ledgerFile?: string;
  concurrency?: number;
  onPhase?: (phase: 'sample' | 'verify' | 'write', done: number, total: number) => void;
}

export const DEFAULT_LEDGER = path.join(CORPUS_ROOT, 'verified.jsonl');

export async function buildCorpus(options: BuildCorpusOptions): Promise<{ dir: string; manifest: CorpusManifest; created: boolean }> {
  const root = options.root ?? CORPUS_ROOT;
  options.onPhase?.('sample', 0, options.templates.length);
  const { samples, holdOut } = buildSamples(options);
  options.onPhase?.('sample', options.templates.length, options.templates.length);

  const base = loadConfig().compile;
  // No compile cache: 10k+ verification PNGs would only fill the disk; the ledger is the cache here.
  const compiler = createCompileService({
    ...base, cacheDir: null, cacheMemoryMb: 0, timeoutMs: 30_000, concurrency: options.concurrency ?? base.concurrency,
  });
  // Scene-major order (every template's scene 0, then every scene 1, …): an interrupted verification then covers
  // a whole number of scenes of every template, so a smaller corpus is fully verified at any point.
  const sceneIndex = (id: string) => Number(/#(\d+)\//.exec(id)?.[1] ?? 0);
  const codes = [...new Set([...samples].sort((a, b) => sceneIndex(a.id) - sceneIndex(b.id)).map((s) => s.code))];
  const ledger = await verifyCodes(codes, {
    ledgerFile: options.ledgerFile ?? DEFAULT_LEDGER,
    compiler,
    onProgress: (done, total) => options.onPhase?.('verify', done, total),
  });
  const verified = samples.filter((s) => ledger.get(codeSha256(s.code))?.ok === true);

  options.onPhase?.('write', 0, 1);
  const written = writeCorpus({
    root, samples: verified, seed: options.seed, scenesPerTemplate: options.scenesPerTemplate,
    templateCount: options.templates.length, holdOut, droppedUnverified: samples.length - verified.length,
  });
  options.onPhase?.('write', 1, 1);
  return written;
}
