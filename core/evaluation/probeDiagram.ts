import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type CompileConfig } from '../config.ts';
import { formatCompileErrors, parseAsyErrors, type CompileErrorItem } from '../compile/parseAsyErrors.ts';
import { prepareSource, type ImplicitImports } from '../compile/prepareSource.ts';
import { runSandboxed, SANDBOX_MODULES_DIR } from '../compile/runSandboxed.ts';
import { validateCode } from '../compile/validateCode.ts';
import { normalizeLabel } from './normalizeLabel.ts';

/**
 * Reads back what a diagram actually shows: runs the code once more, in the same sandbox and limits as a compile,
 * with our instrumentation module `asybot_probe` (core/compile/modules/asybot_probe.asy) imported first. The
 * module hooks Asymptote's label/dot/draw functions to print every label's anchor and every dot in user
 * coordinates, and turns shipout into a no-op, so no LaTeX, ghostscript or image work is done (~60–110 ms).
 */

export interface ProbedLabel {
  /** Normalised text (see normalizeLabel): "$70^\circ$" → "70°". */
  text: string;
  /** The label string as the code wrote it. */
  raw: string;
  /** Anchor point in user coordinates: the label's position, or its place on the path for path labels. */
  x: number;
  y: number;
}

export interface ProbedPoint {
  x: number;
  y: number;
}

/** Axis-aligned box in user coordinates. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export type ProbeErrorCode = 'INPUT_EMPTY' | 'INPUT_TOO_LARGE' | 'INPUT_INVALID' | 'PROBE_FAILED' | 'PROBE_TIMEOUT';

export interface ProbeResult {
  ok: boolean;
  /** In the order the code drew them. */
  labels: ProbedLabel[];
  dots: ProbedPoint[];
  /** What was drawn plus every label anchor and dot; null when the code recorded nothing. */
  bounds: Bounds | null;
  errorCode?: ProbeErrorCode;
  errors: CompileErrorItem[];
  /** Readable failure (empty when ok). */
  message: string;
  timedOut: boolean;
  durationMs: number;
}

export interface ProbeOptions {
  implicitImports?: ImplicitImports;
  /** Overrides of the configured compile limits. */
  limits?: Partial<CompileConfig>;
  /** Typeset labels like a real compile (starts LaTeX: ~90 ms more); only needed when code measures its picture. */
  typesetLabels?: boolean;
}

const FILE_NAME = 'probe.asy';
const RECORD = /^ASYBOT-(LABEL|DOT|BOX)\t([^\t]*)\t(.*)$/;

export async function probeDiagram(code: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const startedAt = performance.now();
  const limits = { ...loadConfig().compile, ...options.limits };
  const empty = { labels: [], dots: [], bounds: null, timedOut: false };
  const validated = validateCode(code, limits.maxCodeBytes);
  if (!validated.ok) {
    const errors = [{ line: null, col: null, message: validated.message }];
    return { ok: false, ...empty, errorCode: validated.errorCode, errors, message: validated.message, durationMs: performance.now() - startedAt };
  }
  const prepared = prepareSource(validated.code, options.implicitImports);
  const header = `import asybot_probe;${options.typesetLabels ? ' asybotProbeTypeset = true;' : ''}\n`;
  const source = `${header}${prepared.source}asybotProbeFinish();\n`;

  const jobDir = await mkdtemp(path.join(os.tmpdir(), 'asybot-probe-'));
  try {
    await writeFile(path.join(jobDir, FILE_NAME), source);
    const run = await runSandboxed(
      ['asy', '-noV', '-safe', '-noglobalread', '-nointeractiveWrite', '-dir', SANDBOX_MODULES_DIR, '-o', 'probe', FILE_NAME],
      { jobDir, modulesDir: limits.modulesDir, timeoutMs: limits.timeoutMs, memoryMb: limits.memoryMb, maxFileBytes: limits.maxOutputBytes },
    );
    const durationMs = performance.now() - startedAt;
    if (run.timedOut) {
      const errors = [{ line: null, col: null, message: 'the probe took too long' }];
      return { ok: false, ...empty, timedOut: true, errorCode: 'PROBE_TIMEOUT', errors, message: errors[0]!.message, durationMs };
    }
    if (run.exitCode !== 0) {
      const parsed = parseAsyErrors(run.stderr, run.stdout, { fileName: FILE_NAME, preambleLines: 1 + prepared.preambleLines });
      const errors = parsed.length ? parsed : [{ line: null, col: null, message: `asy failed (exit ${run.exitCode ?? run.signal})` }];
      return { ok: false, ...empty, errorCode: 'PROBE_FAILED', errors, message: formatCompileErrors(errors, validated.code), durationMs };
    }
    return { ok: true, ...parseProbeOutput(run.stdout), errors: [], message: '', timedOut: false, durationMs };
  } finally {
    await rm(jobDir, { recursive: true, force: true });
  }
}

/** Parses the module's `ASYBOT-…` lines; anything else the code wrote is ignored. Exposed for tests. */
export function parseProbeOutput(stdout: string): Pick<ProbeResult, 'labels' | 'dots' | 'bounds'> {
  const labels: ProbedLabel[] = [];
  const dots: ProbedPoint[] = [];
  let drawn: Bounds | null = null;
  for (const line of stdout.split('\n')) {
    const match = RECORD.exec(line.trimEnd());
    if (!match) continue;
    const [, kind, raw, rest] = match;
    const numbers = rest!.split('\t').map(Number);
    if (!numbers.every(Number.isFinite)) continue; // nan/inf anchors name no usable point
    const [x, y, x1, y1] = numbers as [number, number, number?, number?];
    if (kind === 'LABEL') labels.push({ text: normalizeLabel(raw!), raw: raw!, x, y });
    else if (kind === 'DOT') dots.push({ x, y });
    else if (x1 !== undefined && y1 !== undefined) drawn = { minX: x, minY: y, maxX: x1, maxY: y1 };
  }
  let bounds = drawn;
  for (const point of [...labels, ...dots]) {
    bounds = bounds
      ? { minX: Math.min(bounds.minX, point.x), minY: Math.min(bounds.minY, point.y), maxX: Math.max(bounds.maxX, point.x), maxY: Math.max(bounds.maxY, point.y) }
      : { minX: point.x, minY: point.y, maxX: point.x, maxY: point.y };
  }
  return { labels, dots, bounds };
}
