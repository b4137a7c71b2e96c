import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RENDER_PX_PER_BP, SUPERSAMPLE, type CompileResult } from './compileAsy.ts';

/**
 * Content-addressed cache of compile results: key = sha256 of the code and every option that changes the output.
 * A small in-memory LRU (bounded in bytes) sits in front of an optional directory (survives restarts; two files
 * per entry, written atomically by rename so a crash mid-write leaves no torn entry).
 * Only deterministic outcomes are cached: successes and the code's own compile errors, never timeouts or
 * resource failures (those may pass on a quieter machine).
 */

/** Bump when the pipeline's output for the same input changes in a way the fingerprint below cannot see. */
export const CACHE_FORMAT_VERSION = 2;

/**
 * What else decides the output besides code and options: render resolution and our helper modules' text.
 * Editing olympiad.asy therefore invalidates cached diagrams instead of serving stale ones.
 */
export function pipelineFingerprint(modulesDir: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ v: CACHE_FORMAT_VERSION, render: RENDER_PX_PER_BP, supersample: SUPERSAMPLE }));
  const moduleFiles = existsSync(modulesDir) ? readdirSync(modulesDir).filter((f) => f.endsWith('.asy')).sort() : [];
  for (const file of moduleFiles) hash.update(`\u0000${file}\u0000`).update(readFileSync(path.join(modulesDir, file)));
  return hash.digest('hex').slice(0, 16);
}

export function cacheKey(code: string | Uint8Array, options: Record<string, unknown>, fingerprint: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ fingerprint, options }));
  hash.update('\u0000');
  hash.update(code);
  return hash.digest('hex');
}

export function isCacheable(result: CompileResult): boolean {
  return result.ok || result.errorCode === 'COMPILE_ERROR' || result.errorCode === 'COMPILE_BLANK';
}

type Stored = Omit<CompileResult, 'png' | 'svg' | 'pdf'> & { files: ('png' | 'svg' | 'pdf')[] };

export class CompileCache {
  private readonly memory = new Map<string, CompileResult>();
  private memoryBytes = 0;

  constructor(private readonly dir: string | null, private readonly maxMemoryBytes: number) {}

  async get(key: string): Promise<CompileResult | undefined> {
    const hit = this.memory.get(key);
    if (hit) {
      this.memory.delete(key); // re-insert: Map order is our LRU order
      this.memory.set(key, hit);
      return hit;
    }
    if (!this.dir) return undefined;
    const base = this.entryPath(key);
    try {
      const stored = JSON.parse(await readFile(`${base}.json`, 'utf8')) as Stored;
      const result: CompileResult = { ...stored };
      delete (result as Partial<Stored>).files;
      for (const kind of stored.files) result[kind] = await readFile(`${base}.${kind}`);
      this.remember(key, result);
      return result;
    } catch {
      return undefined; // absent or unreadable: compile again
    }
  }

  async set(key: string, result: CompileResult): Promise<void> {
    if (!isCacheable(result)) return;
    this.remember(key, result);
    if (!this.dir) return;
    const base = this.entryPath(key);
    await mkdir(path.dirname(base), { recursive: true });
    const files = (['png', 'svg', 'pdf'] as const).filter((kind) => result[kind]);
    for (const kind of files) await writeAtomically(`${base}.${kind}`, result[kind]!);
    const { png: _png, svg: _svg, pdf: _pdf, ...meta } = result;
    // The .json goes last: an entry exists only once all its files do.
    await writeAtomically(`${base}.json`, JSON.stringify({ ...meta, files } satisfies Stored));
  }

  get size(): number {
    return this.memory.size;
  }

  private entryPath(key: string): string {
    return path.join(this.dir!, key.slice(0, 2), key);
  }

  private remember(key: string, result: CompileResult): void {
    const bytes = sizeOf(result);
    if (bytes > this.maxMemoryBytes) return;
    const previous = this.memory.get(key);
    if (previous) this.memoryBytes -= sizeOf(previous);
    this.memory.delete(key);
    this.memory.set(key, result);
    this.memoryBytes += bytes;
    for (const [oldKey, oldResult] of this.memory) {
      if (this.memoryBytes <= this.maxMemoryBytes) break;
      this.memory.delete(oldKey);
      this.memoryBytes -= sizeOf(oldResult);
    }
  }
}

function sizeOf(result: CompileResult): number {
  return (result.png?.length ?? 0) + (result.svg?.length ?? 0) + (result.pdf?.length ?? 0) + result.stderr.length + 512;
}

async function writeAtomically(file: string, data: string | Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}
