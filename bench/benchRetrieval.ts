// `node --import tsx bench/benchRetrieval.ts [--corpus DIR] [--requests N] [--write]`: retrieval baseline speed and
// a first look at quality. Reads the corpus (default: ASYBOT_CORPUS_DIR, else data/corpus/CURRENT), times the index
// build (median of 3), then generate() over N test requests (each once, cold for its request, warm process).
// Template/family hit = the first candidate comes from the test sample's own template/family (held-out templates
// can only hit their family; seenTemplateHitRate counts only test requests whose template is in train, phrased in
// held-out patterns); no-match = refused with NO_MATCH (no known figure word). Generate latency counts both. With --write, the summary goes to bench/results/retrieval.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../core/config.ts';
import { createRetrievalGenerator } from '../core/generation/retrieval/createRetrievalGenerator.ts';
import { GeneratorError } from '../core/generation/types.ts';
import { currentCorpusDir, readCorpusSplit } from '../data/generate/readCorpus.ts';
import { summarize } from './measure.ts';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const corpusDir = valueOf('--corpus') ?? loadConfig().generation.corpusDir ?? currentCorpusDir();
const requestCount = Number(valueOf('--requests') ?? 1000);

let startedAt = performance.now();
const train = readCorpusSplit('train', corpusDir);
const test = readCorpusSplit('test', corpusDir);
const readMs = performance.now() - startedAt;

const builds = [0, 1, 2].map(() => createRetrievalGenerator({ samples: train }));
const buildMs = builds.map((g) => g.stats.buildMs).sort((a, b) => a - b)[1]!;
const generator = builds[0]!;

// Spread the requests over the whole test split (it is ordered by template).
const step = Math.max(1, Math.floor(test.length / requestCount));
const requests = test.filter((_, i) => i % step === 0).slice(0, requestCount);
const latencies: number[] = [];
let templateHits = 0;
let familyHits = 0;
let substituted = 0;
let seen = 0;
let seenHits = 0;
const trainTemplates = new Set(train.map((s) => s.template));
let noMatch = 0;
const byTemplate = new Map(train.map((s) => [s.code, s] as const));
for (const sample of requests) {
  startedAt = performance.now();
  const generation = await generator.generate({ request: sample.request, previous: [] }).catch((error: unknown) => {
    if (error instanceof GeneratorError && error.code === 'NO_MATCH') return null;
    throw error;
  });
  latencies.push(performance.now() - startedAt);
  if (!generation) {
    noMatch++;
    continue;
  }
  const top = generator.rank(sample.request)[0]!;
  const source = byTemplate.get(top.originalCode)!;
  if (source.template === sample.template) templateHits++;
  if (trainTemplates.has(sample.template)) {
    seen++;
    if (source.template === sample.template) seenHits++;
  }
  if (source.family === sample.family) familyHits++;
  if (generation.code !== top.originalCode) substituted++;
}
const latency = summarize(latencies);
const summary = {
  corpus: path.resolve(corpusDir), modelId: generator.modelId, trainSamples: generator.stats.samples,
  distinctCodes: generator.stats.distinctCodes, vocabulary: generator.stats.vocabulary,
  readMs: Math.round(readMs), buildMsMedianOf3: Math.round(buildMs), hashMs: Math.round(generator.stats.hashMs),
  requests: requests.length, generateP50Ms: +latency.p50Ms.toFixed(2), generateP95Ms: +latency.p95Ms.toFixed(2), generateMaxMs: +latency.maxMs.toFixed(2),
  templateHitRate: +(templateHits / requests.length).toFixed(3), familyHitRate: +(familyHits / requests.length).toFixed(3),
  seenTemplateRequests: seen, seenTemplateHitRate: +(seenHits / Math.max(seen, 1)).toFixed(3),
  substitutedRate: +(substituted / requests.length).toFixed(3), noMatchRate: +(noMatch / requests.length).toFixed(3),
  targets: { buildUnder2s: buildMs < 2000, generateP50Under20ms: latency.p50Ms < 20 },
};
process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
if (args.includes('--write')) {
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'retrieval.json'), JSON.stringify(summary, null, 2) + '\n');
}
