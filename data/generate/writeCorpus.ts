import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import type { HoldOut } from './buildSamples.ts';
import type { Sample, Split } from './types.ts';

/**
 * Writes an immutable, content-addressed corpus version: data/corpus/<hash12>/{train,val,test}.jsonl and
 * manifest.json. The hash covers the three files' bytes only (not the time), so the same seed and templates
 * give the same hash on every machine. An existing version is never rewritten.
 */

const SPLITS: readonly Split[] = ['train', 'val', 'test'];

export interface CorpusManifest {
  hash: string;
  seed: string;
  scenesPerTemplate: number;
  sampleCount: number;
  distinctCodes: number;
  splits: Record<Split, number>;
  families: Record<string, number>;
  styles: Record<string, number>;
  templates: number;
  familyCount: number;
  heldOutTemplates: string[];
  heldOutPatterns: number;
  droppedUnverified: number;
  /** Longest request + code in tokens of a typical BPE (cl100k), the prototype's truncation trap. */
  longestSampleTokens: { id: string; requestTokens: number; codeTokens: number; totalTokens: number };
  codeTokensP50: number;
  codeTokensP95: number;
  createdAt: string;
}

export function serialiseSplit(samples: readonly Sample[], split: Split): string {
  return samples
    .filter((s) => s.split === split)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => JSON.stringify(s))
    .join('\n') + '\n';
}

export function hashCorpus(texts: Record<Split, string>): string {
  const hash = createHash('sha256');
  for (const split of SPLITS) hash.update(`${split}\u0000${texts[split]}\u0000`);
  return hash.digest('hex');
}

export interface WriteCorpusInput {
  root: string;
  samples: readonly Sample[];
  seed: string;
  scenesPerTemplate: number;
  templateCount: number;
  holdOut: HoldOut;
  droppedUnverified: number;
}

export function writeCorpus(input: WriteCorpusInput): { dir: string; manifest: CorpusManifest; created: boolean } {
  const texts = Object.fromEntries(SPLITS.map((split) => [split, serialiseSplit(input.samples, split)])) as Record<Split, string>;
  const hash = hashCorpus(texts);
  const dir = path.join(input.root, hash.slice(0, 12));
  const manifest = describeCorpus(hash, input);
  let created = false;
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    // Write into a temp dir and rename, so a crash never leaves a half-written version under its final name.
    const temporary = `${dir}.tmp-${process.pid}`;
    rmSync(temporary, { recursive: true, force: true });
    mkdirSync(temporary, { recursive: true });
    for (const split of SPLITS) writeFileSync(path.join(temporary, `${split}.jsonl`), texts[split]);
    writeFileSync(path.join(temporary, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    rmSync(dir, { recursive: true, force: true });
    renameSync(temporary, dir);
    created = true;
  }
  writeFileSync(path.join(input.root, 'CURRENT'), `${hash.slice(0, 12)}\n`);
  return { dir, manifest, created };
}

function describeCorpus(hash: string, input: WriteCorpusInput): CorpusManifest {
  const count = (key: (s: Sample) => string) =>
    Object.fromEntries([...input.samples.reduce((m, s) => m.set(key(s), (m.get(key(s)) ?? 0) + 1), new Map<string, number>())].sort());
  const encoder = new Tiktoken(cl100k);
  const codeTokens = new Map<string, number>();
  let longest = { id: '', requestTokens: 0, codeTokens: 0, totalTokens: 0 };
  for (const sample of input.samples) {
    let tokens = codeTokens.get(sample.code);
    if (tokens === undefined) codeTokens.set(sample.code, (tokens = encoder.encode(sample.code).length));
    if (tokens + sample.request.length / 3 < longest.totalTokens) continue; // cannot beat the longest: skip encoding
    const requestTokens = encoder.encode(sample.request).length;
    if (requestTokens + tokens > longest.totalTokens) {
      longest = { id: sample.id, requestTokens, codeTokens: tokens, totalTokens: requestTokens + tokens };
    }
  }
  const sortedCodeTokens = [...codeTokens.values()].sort((a, b) => a - b);
  const quantile = (q: number) => sortedCodeTokens[Math.min(sortedCodeTokens.length - 1, Math.floor(q * sortedCodeTokens.length))] ?? 0;
  return {
    hash,
    seed: input.seed,
    scenesPerTemplate: input.scenesPerTemplate,
    sampleCount: input.samples.length,
    distinctCodes: codeTokens.size,
    splits: { train: 0, val: 0, test: 0, ...count((s) => s.split) } as Record<Split, number>,
    families: count((s) => s.family),
    styles: count((s) => s.style),
    templates: input.templateCount,
    familyCount: new Set(input.samples.map((s) => s.family)).size,
    heldOutTemplates: [...input.holdOut.templates].sort(),
    heldOutPatterns: input.holdOut.patterns.size,
    droppedUnverified: input.droppedUnverified,
    longestSampleTokens: longest,
    codeTokensP50: quantile(0.5),
    codeTokensP95: quantile(0.95),
    createdAt: new Date().toISOString(),
  };
}
