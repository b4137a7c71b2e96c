import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type CompileConfig } from '../config.ts';
import { finishPng, type Theme } from './finishPng.ts';
import { formatCompileErrors, parseAsyErrors, type CompileErrorItem } from './parseAsyErrors.ts';
import { prepareSource, type ImplicitImports } from './prepareSource.ts';
import { runSandboxed, SANDBOX_MODULES_DIR, type SandboxResult } from './runSandboxed.ts';
import { validateCode } from './validateCode.ts';

export type ExtraFormat = 'svg' | 'pdf';

export interface CompileOptions {
  theme?: Theme;
  /** Vector outputs wanted besides the PNG (each costs one more asy run). */
  formats?: readonly ExtraFormat[];
  /** Whether to prepend `import aops;` for AoPS-style code (see prepareSource). Default 'auto'. */
  implicitImports?: ImplicitImports;
  /** Overrides of the configured limits (tests and benchmarks). */
  limits?: Partial<CompileConfig>;
}

/** Stable failure codes of a compile; adapters pick their wording from these. */
export type CompileErrorCode =
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_INVALID'
  | 'COMPILE_ERROR'
  | 'COMPILE_TIMEOUT'
  | 'COMPILE_OUT_OF_MEMORY'
  | 'COMPILE_NO_OUTPUT'
  | 'COMPILE_BLANK'
  | 'OUTPUT_TOO_LARGE';

export interface CompileResult {
  ok: boolean;
  /** Final PNG (trimmed, padded, themed); present when ok. */
  png?: Buffer;
  svg?: Buffer;
  pdf?: Buffer;
  widthPx?: number;
  heightPx?: number;
  errorCode?: CompileErrorCode;
  errors: CompileErrorItem[];
  /** Readable summary of the errors with the offending line and a caret; empty when ok. */
  message: string;
  /** asy's stderr, from this job only (never another job's output). */
  stderr: string;
  timedOut: boolean;
  cached: boolean;
  durationMs: number;
}

const FILE_NAME = 'diagram.asy';
/**
 * asy's PNG comes from ghostscript without antialiasing (and `-antialias` other than 2 needs ImageMagick, which
 * Debian's policy blocks), so we render at 8 px/bp and let finishPng shrink by 2: smooth edges at 4 px/bp.
 */
export const RENDER_PX_PER_BP = 8;
export const SUPERSAMPLE = 2;
/** Intermediate-file allowance of 3D jobs, as a multiple of maxOutputBytes. */
const THREE_D_FILE_FACTOR = 10;

let defaults: CompileConfig | undefined;
function defaultCompileConfig(): CompileConfig {
  defaults ??= loadConfig().compile;
  return defaults;
}

/** Compiles one piece of untrusted Asymptote in a fresh sandboxed job dir. Never throws for the code's faults. */
export async function compileAsy(code: string | Uint8Array, options: CompileOptions = {}): Promise<CompileResult> {
  const startedAt = performance.now();
  const limits = { ...defaultCompileConfig(), ...options.limits };
  const validated = validateCode(code, limits.maxCodeBytes);
  if (!validated.ok) {
    return failure(validated.errorCode, [{ line: null, col: null, message: validated.message }], '', false, startedAt);
  }
  const userCode = validated.code;
  const prepared = prepareSource(userCode, options.implicitImports);
  const jobDir = await mkdtemp(path.join(limits.jobRoot, 'asybot-job-'));
  try {
    await writeFile(path.join(jobDir, FILE_NAME), prepared.source);
    const deadline = startedAt + limits.timeoutMs;
    const run = (format: string) =>
      runSandboxed(asyCommand(format, prepared.needsDisplay), {
        jobDir,
        modulesDir: limits.modulesDir,
        timeoutMs: Math.max(1, deadline - performance.now()),
        memoryMb: limits.memoryMb,
        // 3D goes through uncompressed intermediate PDFs (16 MB at 5 cm, 40 MB at 8 cm): allow them, while the
        // final image is still held to maxOutputBytes by readOutput.
        maxFileBytes: limits.maxOutputBytes * (prepared.needsDisplay ? THREE_D_FILE_FACTOR : 1),
      });

    const pngRun = await run('png');
    const problem = diagnose(pngRun, prepared.preambleLines);
    if (problem) return failure(problem.errorCode, problem.errors, pngRun.stderr, pngRun.timedOut, startedAt, userCode);

    const rawPng = await readOutput(jobDir, 'png', limits.maxOutputBytes);
    if (rawPng === 'missing') return failure('COMPILE_NO_OUTPUT', [{ line: null, col: null, message: 'asy finished but wrote no image (nothing was drawn, or 3D rendering had no display)' }], pngRun.stderr, false, startedAt);
    if (rawPng === 'too-large') return failure('OUTPUT_TOO_LARGE', [{ line: null, col: null, message: 'the picture is too large to send' }], pngRun.stderr, false, startedAt);
    const finished = await finishPng(rawPng, { theme: options.theme ?? 'light', maxPixels: limits.maxImagePixels, supersample: SUPERSAMPLE }).catch((error: unknown) => error as Error);
    if (finished instanceof Error) {
      const tooLarge = (finished as { code?: string }).code === 'IMAGE_TOO_LARGE';
      return failure(tooLarge ? 'OUTPUT_TOO_LARGE' : 'COMPILE_NO_OUTPUT', [{ line: null, col: null, message: tooLarge ? 'the picture has too many pixels; make it smaller (size(...))' : 'asy wrote an unreadable image' }], pngRun.stderr, false, startedAt);
    }
    if (finished.blank) return failure('COMPILE_BLANK', [{ line: null, col: null, message: 'the diagram is empty: nothing visible was drawn' }], pngRun.stderr, false, startedAt);

    const result: CompileResult = {
      ok: true, png: finished.png, widthPx: finished.widthPx, heightPx: finished.heightPx,
      errors: [], message: '', stderr: pngRun.stderr, timedOut: false, cached: false, durationMs: 0,
    };
    for (const format of options.formats ?? []) {
      const extraRun = await run(format);
      const extraProblem = diagnose(extraRun, prepared.preambleLines);
      if (extraProblem) return failure(extraProblem.errorCode, extraProblem.errors, extraRun.stderr, extraRun.timedOut, startedAt, userCode);
      const output = await readOutput(jobDir, format, limits.maxOutputBytes);
      if (typeof output === 'string') return failure(output === 'missing' ? 'COMPILE_NO_OUTPUT' : 'OUTPUT_TOO_LARGE', [{ line: null, col: null, message: `no usable ${format.toUpperCase()} output` }], extraRun.stderr, false, startedAt);
      result[format] = output;
    }
    result.durationMs = performance.now() - startedAt;
    return result;
  } finally {
    await rm(jobDir, { recursive: true, force: true });
  }
}

function asyCommand(format: string, needsDisplay: boolean): string[] {
  const asy = [
    'asy', '-f', format, `-render=${RENDER_PX_PER_BP}`, '-noV', '-safe', '-noglobalread', '-nointeractiveWrite',
    '-dir', SANDBOX_MODULES_DIR, '-o', `out.${format}`, FILE_NAME,
  ];
  // OpenGL needs an X server for 3D; each job gets its own private Xvfb inside its sandbox.
  return needsDisplay && format === 'png'
    ? ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', ...asy]
    : asy;
}

interface Problem { errorCode: CompileErrorCode; errors: CompileErrorItem[] }

/** Classifies a finished asy run; null when it looks successful. */
function diagnose(run: SandboxResult, preambleLines: number): Problem | null {
  if (run.timedOut) {
    return { errorCode: 'COMPILE_TIMEOUT', errors: [{ line: null, col: null, message: 'took too long (an endless loop or a huge picture?)' }] };
  }
  if (run.exitCode === 0) return null;
  const errors = parseAsyErrors(run.stderr, run.stdout, { fileName: FILE_NAME, preambleLines });
  // bwrap reports a child killed by signal N as exit 128+N.
  const signal = run.signal ?? (run.exitCode !== null && run.exitCode > 128 ? signalName(run.exitCode - 128) : null);
  if (errors.some((e) => e.message === 'out of memory') || signal === 'SIGKILL' || signal === 'SIGSEGV') {
    return { errorCode: 'COMPILE_OUT_OF_MEMORY', errors: errors.length ? errors : [{ line: null, col: null, message: 'ran out of memory' }] };
  }
  if (signal === 'SIGXFSZ') return { errorCode: 'OUTPUT_TOO_LARGE', errors: [{ line: null, col: null, message: 'the output grew too large' }] };
  if (signal === 'SIGXCPU') return { errorCode: 'COMPILE_TIMEOUT', errors: [{ line: null, col: null, message: 'used too much CPU time' }] };
  if (errors.some((e) => /Dimension too large/.test(e.message))) {
    return { errorCode: 'OUTPUT_TOO_LARGE', errors: [{ line: null, col: null, message: 'the picture is too large; make it smaller with size(...) or unitsize(...)' }] };
  }
  if (errors.length === 0) {
    errors.push({ line: null, col: null, message: signal ? `asy crashed (${signal})` : `asy failed (exit ${run.exitCode})` });
  }
  return { errorCode: 'COMPILE_ERROR', errors };
}

function signalName(signalNumber: number): string | null {
  const entry = Object.entries(os.constants.signals).find(([, value]) => value === signalNumber);
  return entry ? entry[0] : null;
}

async function readOutput(jobDir: string, format: string, maxBytes: number): Promise<Buffer | 'missing' | 'too-large'> {
  const file = path.join(jobDir, `out.${format}`);
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile() || info.size === 0) return 'missing';
  if (info.size > maxBytes) return 'too-large';
  return readFile(file);
}

function failure(
  errorCode: CompileErrorCode, errors: CompileErrorItem[], stderr: string, timedOut: boolean, startedAt: number, userCode = '',
): CompileResult {
  return {
    ok: false, errorCode, errors, message: formatCompileErrors(errors, userCode), stderr: stderr.slice(0, 20_000),
    timedOut, cached: false, durationMs: performance.now() - startedAt,
  };
}
