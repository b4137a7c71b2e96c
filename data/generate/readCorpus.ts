import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../core/config.ts';
import { AsybotError } from '../../core/errors.ts';
import type { Sample, Split } from './types.ts';

/**
 * Built corpora live in data/corpus/<hash12>/{train,val,test}.jsonl with a manifest.json; data/corpus/CURRENT
 * names the one the product uses. `asybot corpus build` writes them (scripts/setup.sh runs it when missing).
 */
export const CORPUS_ROOT = path.join(ROOT_DIR, 'data', 'corpus');

export class CorpusMissingError extends AsybotError {}

export function currentCorpusDir(root = CORPUS_ROOT): string {
  const pointer = path.join(root, 'CURRENT');
  if (!existsSync(pointer)) {
    throw new CorpusMissingError('CORPUS_MISSING', `no corpus built yet (${pointer} is missing): run \`npx asybot corpus build\``);
  }
  return path.join(root, readFileSync(pointer, 'utf8').trim());
}

export function readCorpusSplit(split: Split, dir = currentCorpusDir()): Sample[] {
  const file = path.join(dir, `${split}.jsonl`);
  if (!existsSync(file)) throw new CorpusMissingError('CORPUS_MISSING', `corpus split ${file} is missing: run \`npx asybot corpus build\``);
  return readJsonl<Sample>(file);
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);
}
