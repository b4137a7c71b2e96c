import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { createCompileService } from '../../../core/compile/createCompileService.ts';
import { THEMES, type Theme } from '../../../core/compile/finishPng.ts';
import type { CompileErrorItem } from '../../../core/compile/parseAsyErrors.ts';
import { loadConfig } from '../../../core/config.ts';
import { AsybotError } from '../../../core/errors.ts';
import { createGenerator } from '../../../core/generation/createGenerator.ts';
import { drawDiagram, type DrawResult } from '../../../core/generation/drawDiagram.ts';
import { MAX_REQUEST_CHARS } from '../../../core/generation/retrieval/createRetrievalGenerator.ts';

interface DrawFlags {
  output: string;
  theme: Theme;
  json?: boolean;
}

/**
 * `asybot draw "REQUEST"`: request → generator (ASYBOT_GENERATOR) → compile, with repair → PNG. Prints the code on
 * stdout (or, with --json, `{ok, code, png, model, attempts, durationMs: {generate, compile, total}}`). Exit 2 when
 * no diagram could be made from the request, 1 on an internal or set-up fault (e.g. no corpus built).
 */
export function registerDraw(program: Command): void {
  program
    .command('draw')
    .description('draw a diagram from a request in words, e.g. "a triangle inscribed in a circle"')
    .argument('<request>', `what to draw (at most ${MAX_REQUEST_CHARS} characters)`)
    .option('-o, --output <path>', 'where to write the PNG', 'diagram.png')
    .addOption(new Option('--theme <theme>', 'colour theme').choices([...THEMES]).default('light'))
    .option('--json', 'print a JSON result on stdout')
    .action(async (request: string, flags: DrawFlags) => {
      process.exitCode = await draw(request, flags);
    });
}

const roundMs = (ms: number): number => Math.round(ms * 10) / 10;

async function draw(rawRequest: string, flags: DrawFlags): Promise<number> {
  const request = rawRequest.trim();
  if (request === '') return refuse(flags, 'REQUEST_EMPTY', 'the request is empty: say what to draw, e.g. asybot draw "a right triangle with legs 3 and 4"');
  if (request.length > MAX_REQUEST_CHARS) return refuse(flags, 'REQUEST_TOO_LONG', `the request is ${request.length} characters; the limit is ${MAX_REQUEST_CHARS}`);

  const config = loadConfig();
  let generator;
  try {
    generator = await createGenerator(config.generation);
  } catch (error) {
    // Set-up faults (no corpus built, a bad ASYBOT_GENERATOR) are ours to fix, not the request's: exit 1, readably.
    if (error instanceof AsybotError) {
      process.stderr.write(`asybot: cannot draw yet (${error.code}): ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  try {
    const result = await drawDiagram(request, { generator, compiler: createCompileService(config.compile), theme: flags.theme });
    if (!result.ok) return failed(flags, result);
    const output = path.resolve(flags.output);
    await mkdir(path.dirname(output), { recursive: true });
    await writeFile(output, result.png!);
    const durationMs = { generate: roundMs(result.durationMs.generate), compile: roundMs(result.durationMs.compile), total: roundMs(result.durationMs.total) };
    if (flags.json) {
      process.stdout.write(JSON.stringify({ ok: true, code: result.code, png: output, model: result.modelId, attempts: result.attempts, durationMs }) + '\n');
    } else {
      process.stdout.write(result.code.endsWith('\n') ? result.code : `${result.code}\n`);
      const tries = result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`;
      process.stderr.write(`wrote ${output} (${result.modelId}, ${tries}, generate ${Math.round(durationMs.generate)} ms, compile ${Math.round(durationMs.compile)} ms)\n`);
    }
    return 0;
  } finally {
    await generator.close?.();
  }
}

/** The request was refused before any model ran. */
function refuse(flags: DrawFlags, errorCode: string, message: string): number {
  if (flags.json) {
    const errors: CompileErrorItem[] = [{ line: null, col: null, message }];
    process.stdout.write(JSON.stringify({ ok: false, code: '', png: null, model: null, attempts: 0, durationMs: { generate: 0, compile: 0, total: 0 }, errorCode, message, errors }) + '\n');
  } else {
    process.stderr.write(`asybot: ${message}\n`);
  }
  return 2;
}

/** Nothing usable came out: the generator found no match, or every attempt failed to compile. */
function failed(flags: DrawFlags, result: DrawResult): number {
  const message = result.errorCode === 'GENERATION_FAILED' ? (result.errors[0]?.message ?? result.message) : result.message;
  if (flags.json) {
    const durationMs = { generate: roundMs(result.durationMs.generate), compile: roundMs(result.durationMs.compile), total: roundMs(result.durationMs.total) };
    process.stdout.write(JSON.stringify({
      ok: false, code: result.code, png: null, model: result.modelId, attempts: result.attempts, durationMs,
      errorCode: result.errorCode, message, errors: result.errors,
    }) + '\n');
  } else {
    const tries = result.attempts === 1 ? 'after 1 attempt' : `after ${result.attempts} attempts`;
    process.stderr.write(`asybot: could not draw that (${result.errorCode ?? 'FAILED'}, ${tries}):\n${message}\n`);
  }
  return 2;
}
