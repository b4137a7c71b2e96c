// `npm run bench:compile [-- --quick]`: cold latency vs plain asy, throughput vs concurrency, cache-hit and 3D latency.
// Writes bench/results/compile.json and compile.png (--quick writes to a temp dir, so committed results stay intact).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type CompileConfig } from '../core/config.ts';
import { createCompileService, type CompileService } from '../core/compile/createCompileService.ts';
import { GEOMETRY, SMALL, THREE_D, unique } from './diagrams.ts';
import { drawBarChart, writeChartPng } from './drawBarChart.ts';
import { createPlainAsy, progress, summarize, timeMs, type LatencyStats } from './measure.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick
  ? { warmups: 1, cold: 4, cacheHits: 10, threeD: 2, throughputJobs: 8 }
  : { warmups: 2, cold: 15, cacheHits: 50, threeD: 5, throughputJobs: 16 };
const CONCURRENCY_LEVELS = [1, 2, 4, 8];
const TARGETS = { coldP50Ms: 550, overheadRatio: 0.55 / 0.46, compilesPerS: 3.5, cacheP50Ms: 20 };
const OUT_DIR = quick
  ? path.join(os.tmpdir(), 'asybot-bench-quick')
  : path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

const base = loadConfig().compile;
/** No memory LRU, no disk dir: every compile runs asy. */
const uncached = (concurrency: number): CompileConfig => ({ ...base, cacheDir: null, cacheMemoryMb: 0, concurrency, queueMax: 1000 });

async function compileOk(service: CompileService, code: string, expectCached = false): Promise<void> {
  const result = await service.compile(code);
  if (!result.ok) throw new Error(`expected a successful compile, got ${result.errorCode}: ${result.message}`);
  if (result.cached !== expectCached) throw new Error(`expected cached=${expectCached}, got cached=${result.cached}`);
}

/** Pipeline and plain asy alternate run by run, so machine noise hits both alike. */
async function measureCold(label: string, code: string, plain: Awaited<ReturnType<typeof createPlainAsy>>) {
  const service = createCompileService(uncached(1));
  const pipelineMs: number[] = [];
  const plainMs: number[] = [];
  const bar = progress(`cold ${label}: pipeline + plain asy`, RUNS.warmups + RUNS.cold);
  for (let i = 0; i < RUNS.warmups + RUNS.cold; i++) {
    const pipeline = await timeMs(() => compileOk(service, unique(code)));
    const plainRun = await plain.render(unique(code));
    if (i >= RUNS.warmups) pipelineMs.push(pipeline), plainMs.push(plainRun);
    bar.tick();
  }
  bar.done();
  return { pipeline: summarize(pipelineMs), plain: summarize(plainMs) };
}

/** All jobs submitted at once; half small, half geometry diagrams, each unique. */
async function measureThroughput(concurrency: number): Promise<number> {
  const service = createCompileService(uncached(concurrency));
  const codes = Array.from({ length: RUNS.throughputJobs }, (_, i) => unique(i % 2 ? GEOMETRY : SMALL));
  const bar = progress(`throughput at concurrency ${concurrency}`, codes.length);
  const wallMs = await timeMs(() => Promise.all(codes.map((code) => compileOk(service, code).then(bar.tick))));
  const compilesPerS = codes.length / (wallMs / 1000);
  bar.done(`${compilesPerS.toFixed(2)}/s`);
  return compilesPerS;
}

async function measureHits(label: string, service: CompileService, code: string): Promise<LatencyStats> {
  const samplesMs: number[] = [];
  const bar = progress(`cache hits (${label})`, RUNS.cacheHits);
  for (let i = 0; i < RUNS.cacheHits; i++) {
    samplesMs.push(await timeMs(() => compileOk(service, code, true)));
    bar.tick();
  }
  bar.done();
  return summarize(samplesMs);
}

/** A memory hit needs the LRU; a disk hit needs a service without one (cacheMemoryMb 0) reading a shared dir. */
async function measureCache(): Promise<{ memory: LatencyStats; disk: LatencyStats }> {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'asybot-bench-cache-'));
  try {
    const code = unique(GEOMETRY);
    const memoryService = createCompileService({ ...base, cacheDir, cacheMemoryMb: 64 });
    await compileOk(memoryService, code);
    const memory = await measureHits('memory', memoryService, code);
    const disk = await measureHits('disk', createCompileService({ ...base, cacheDir, cacheMemoryMb: 0 }), code);
    return { memory, disk };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

async function measureThreeD(): Promise<LatencyStats> {
  const service = createCompileService(uncached(1));
  const samplesMs: number[] = [];
  const bar = progress('3D (Xvfb in the sandbox)', 1 + RUNS.threeD);
  await compileOk(service, unique(THREE_D));
  bar.tick();
  for (let i = 0; i < RUNS.threeD; i++) {
    samplesMs.push(await timeMs(() => compileOk(service, unique(THREE_D))));
    bar.tick();
  }
  bar.done();
  return summarize(samplesMs);
}

const fixed = (v: number, digits = 0) => v.toFixed(digits);

function printTable(rows: [string, LatencyStats][], throughput: { concurrency: number; compilesPerS: number }[], ratios: [string, number][]): void {
  const cells = (values: string[]) => values.map((v, i) => (i === 0 ? v.padEnd(28) : v.padStart(8))).join(' ');
  console.log(`\nLatency (ms)${quick ? ' [--quick: few runs]' : ''}`);
  console.log(cells(['case', 'p50', 'p95', 'min', 'max', 'runs']));
  for (const [name, s] of rows) {
    const digits = s.p50Ms < 1 ? 2 : s.p50Ms < 100 ? 1 : 0;
    console.log(cells([name, fixed(s.p50Ms, digits), fixed(s.p95Ms, digits), fixed(s.minMs, digits), fixed(s.maxMs, digits), String(s.runs)]));
  }
  console.log(`\nThroughput (${RUNS.throughputJobs} unique diagrams submitted at once)`);
  console.log(cells(['concurrency', 'per s']));
  for (const t of throughput) console.log(cells([String(t.concurrency), fixed(t.compilesPerS, 2)]));
  console.log('\nRatios');
  for (const [name, value] of ratios) console.log(cells([name, fixed(value, 2)]));
}

async function main(): Promise<void> {
  const loadAvg1mStart = os.loadavg()[0]!;
  const plain = await createPlainAsy(base.modulesDir);
  const [small, geometry] = await (async () => {
    try {
      return [await measureCold('small', SMALL, plain), await measureCold('geometry', GEOMETRY, plain)];
    } finally {
      await plain.close();
    }
  })();
  const throughput: { concurrency: number; compilesPerS: number }[] = [];
  for (const concurrency of CONCURRENCY_LEVELS) throughput.push({ concurrency, compilesPerS: await measureThroughput(concurrency) });
  const cache = await measureCache();
  const threeD = await measureThreeD();

  const overheadRatioSmall = small.pipeline.p50Ms / small.plain.p50Ms;
  const overheadRatioGeometry = geometry.pipeline.p50Ms / geometry.plain.p50Ms;
  const bestCompilesPerS = Math.max(...throughput.map((t) => t.compilesPerS));
  const serialCompilesPerS = throughput[0]!.compilesPerS;
  const report = {
    machine: { cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadAvg1mStart, loadAvg1mEnd: os.loadavg()[0]! },
    quick,
    coldRuns: RUNS.cold, warmupRuns: RUNS.warmups, cacheHitRuns: RUNS.cacheHits, threeDRuns: RUNS.threeD, throughputJobs: RUNS.throughputJobs,
    smallP50Ms: small.pipeline.p50Ms, smallP95Ms: small.pipeline.p95Ms, smallMinMs: small.pipeline.minMs, smallMaxMs: small.pipeline.maxMs,
    geometryP50Ms: geometry.pipeline.p50Ms, geometryP95Ms: geometry.pipeline.p95Ms, geometryMinMs: geometry.pipeline.minMs, geometryMaxMs: geometry.pipeline.maxMs,
    plainAsySmallP50Ms: small.plain.p50Ms, plainAsySmallP95Ms: small.plain.p95Ms,
    plainAsyGeometryP50Ms: geometry.plain.p50Ms, plainAsyGeometryP95Ms: geometry.plain.p95Ms,
    overheadRatioSmall, overheadRatioGeometry,
    throughput,
    bestCompilesPerS,
    parallelSpeedup: bestCompilesPerS / serialCompilesPerS,
    cacheMemoryP50Ms: cache.memory.p50Ms, cacheMemoryP95Ms: cache.memory.p95Ms,
    cacheDiskP50Ms: cache.disk.p50Ms, cacheDiskP95Ms: cache.disk.p95Ms,
    threeDP50Ms: threeD.p50Ms, threeDP95Ms: threeD.p95Ms, threeDMinMs: threeD.minMs, threeDMaxMs: threeD.maxMs,
    targets: {
      smallP50Le550Ms: small.pipeline.p50Ms <= TARGETS.coldP50Ms,
      geometryP50Le550Ms: geometry.pipeline.p50Ms <= TARGETS.coldP50Ms,
      overheadRatioLe1_2: Math.max(overheadRatioSmall, overheadRatioGeometry) <= TARGETS.overheadRatio,
      bestCompilesPerSGe3_5: bestCompilesPerS >= TARGETS.compilesPerS,
      cacheMemoryP50Le20Ms: cache.memory.p50Ms <= TARGETS.cacheP50Ms,
      cacheDiskP50Le20Ms: cache.disk.p50Ms <= TARGETS.cacheP50Ms,
    },
    createdAt: new Date().toISOString(),
  };

  printTable(
    [['small, pipeline (cold)', small.pipeline], ['small, plain asy', small.plain], ['geometry, pipeline (cold)', geometry.pipeline],
      ['geometry, plain asy', geometry.plain], ['cache hit, memory', cache.memory], ['cache hit, disk', cache.disk], ['3D, pipeline (cold)', threeD]],
    throughput,
    [['overhead small (p50/p50)', overheadRatioSmall], ['overhead geometry', overheadRatioGeometry], ['parallel speed-up', report.parallelSpeedup]],
  );
  console.log('\nTargets');
  for (const [name, met] of Object.entries(report.targets)) console.log(`  ${met ? 'met ' : 'MISS'} ${name}`);

  await mkdir(OUT_DIR, { recursive: true });
  const jsonFile = path.join(OUT_DIR, 'compile.json');
  const pngFile = path.join(OUT_DIR, 'compile.png');
  await writeFile(jsonFile, JSON.stringify(report, null, 2) + '\n');
  const p50p95 = (s: LatencyStats) => [s.p50Ms, s.p95Ms];
  const svg = drawBarChart([
    {
      title: `Throughput, ${RUNS.throughputJobs} unique diagrams at once`, unit: 'compiles/s',
      series: [{ name: 'compiles/s', color: '#2e86de' }],
      groups: throughput.map((t) => ({ label: `concurrency ${t.concurrency}`, values: [t.compilesPerS] })),
      guide: { value: TARGETS.compilesPerS, label: `target ≥ ${TARGETS.compilesPerS}/s` },
    },
    {
      title: 'Latency (cold unless a cache hit)', unit: 'ms',
      series: [{ name: 'p50', color: '#2e86de' }, { name: 'p95', color: '#a4c8f0' }],
      groups: [
        { label: 'small', values: p50p95(small.pipeline) }, { label: 'small\nplain asy', values: p50p95(small.plain) },
        { label: 'geometry', values: p50p95(geometry.pipeline) }, { label: 'geometry\nplain asy', values: p50p95(geometry.plain) },
        { label: 'cache hit\nmemory', values: p50p95(cache.memory) }, { label: 'cache hit\ndisk', values: p50p95(cache.disk) },
        { label: '3D', values: p50p95(threeD) },
      ],
      guide: { value: TARGETS.coldP50Ms, label: `cold p50 target ≤ ${TARGETS.coldP50Ms} ms` },
    },
  ], `${report.machine.cpus} CPUs (${report.machine.cpuModel}), Node ${process.version}, ${report.createdAt}${quick ? ', --quick' : ''}`);
  await writeChartPng(svg, pngFile);
  console.log(`\nWrote ${jsonFile}\n      ${pngFile}`);
}

await main();
