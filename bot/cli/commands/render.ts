import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { createCompileService } from '../../../core/compile/createCompileService.ts';
import { extractAsy } from '../../../core/compile/extractAsy.ts';
import { THEMES, type Theme } from '../../../core/compile/finishPng.ts';

interface RenderFlags {
  output?: string;
  theme: Theme;
  format: 'png' | 'svg';
  json?: boolean;
}

/** `asybot render FILE|-`: renders existing Asymptote (a file, or stdin; [asy] blocks and fences are unwrapped). */
export function registerRender(program: Command): void {
  program
    .command('render')
    .description('render Asymptote code from FILE (or - for stdin) to an image')
    .argument('<file>', 'an .asy file, a text file with [asy] blocks or ``` fences, or - for stdin')
    .option('-o, --output <path>', 'where to write the image (default: next to FILE, or ./diagram.png for stdin)')
    .addOption(new Option('--theme <theme>', 'colour theme').choices([...THEMES]).default('light'))
    .addOption(new Option('--format <format>', 'image format').choices(['png', 'svg']).default('png'))
    .option('--json', 'print a JSON result on stdout')
    .action(async (file: string, flags: RenderFlags) => {
      process.exitCode = await render(file, flags);
    });
}

async function render(file: string, flags: RenderFlags): Promise<number> {
  const input = file === '-' ? await readStdin() : await readFile(file).catch((error: NodeJS.ErrnoException) => error);
  if (input instanceof Error) return fail(flags, [{ line: null, col: null, message: `cannot read ${file}: ${input.code ?? input.message}` }], `cannot read ${file}: ${input.code ?? input.message}`);

  // Unwrap [asy] blocks or fences only when the bytes are text; invalid UTF-8 goes to the compiler as bytes,
  // which refuses it with a clear message.
  const text = input.toString('utf8');
  const code = text.includes('\ufffd') ? input : (extractAsy(text).blocks[0] ?? '');

  const service = createCompileService();
  const result = await service.compile(code, { theme: flags.theme, formats: flags.format === 'svg' ? ['svg'] : [] });
  if (!result.ok) return fail(flags, result.errors, result.message);

  const output = path.resolve(flags.output ?? defaultOutput(file, flags.format));
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, flags.format === 'svg' ? result.svg! : result.png!);
  if (flags.json) {
    const summary = { ok: true, [flags.format]: output, durationMs: Math.round(result.durationMs), cached: result.cached };
    process.stdout.write(JSON.stringify(summary) + '\n');
  } else {
    process.stderr.write(`wrote ${output} (${result.widthPx}×${result.heightPx} px, ${Math.round(result.durationMs)} ms${result.cached ? ', cached' : ''})\n`);
  }
  return 0;
}

function fail(flags: RenderFlags, errors: unknown[], message: string): number {
  if (flags.json) process.stdout.write(JSON.stringify({ ok: false, errors }) + '\n');
  else process.stderr.write(`asybot: could not render:\n${message}\n`);
  return 2;
}

function defaultOutput(file: string, format: string): string {
  if (file === '-') return `diagram.${format}`;
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}.${format}`);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
