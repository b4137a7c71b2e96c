import { readFile } from 'node:fs/promises';
import type { Predicate } from '../../data/generate/types.ts';
import { AsybotError } from '../errors.ts';

/**
 * An evaluation set is JSONL: one request per line with at least `id` and `request`. Corpus samples
 * (data/generate/types.ts Sample) qualify as they are; `labels`, `predicates`, `code`, `family` and `style` are
 * used when present. Every problem is reported with its line number, because sets are written by hand too.
 */

export interface EvalItem {
  id: string;
  request: string;
  /** Label texts the diagram should show, as people read them ("A", "5 cm", "40°"). */
  labels: string[];
  predicates: Predicate[];
  /** Reference code (the oracle generator answers with it). */
  code?: string;
  family?: string;
  style?: string;
  /** 1-based line in the set file. */
  line: number;
}

export class EvalSetError extends AsybotError {}

/** Fields each predicate kind needs: 's' string, 'n' number, 'p' [string, string], 'S' string[] (1+). */
const PREDICATE_FIELDS: Record<Predicate['kind'], Record<string, 's' | 'n' | 'p' | 'S' | 's?'>> = {
  angle: { from: 's', at: 's', to: 's', deg: 'n' },
  distance: { a: 's', b: 's', value: 'n' },
  equalLength: { a: 'p', b: 'p' },
  onSegment: { point: 's', a: 's', b: 's' },
  collinear: { points: 'S' },
  midpoint: { point: 's', a: 's', b: 's' },
  parallel: { a: 'p', b: 'p' },
  perpendicular: { a: 'p', b: 'p' },
  concyclic: { points: 'S', center: 's?' },
  at: { point: 's', x: 'n', y: 'n' },
};

export async function readEvalSet(file: string): Promise<EvalItem[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new EvalSetError('EVAL_SET_UNREADABLE', `cannot read eval set ${file}: ${error.code ?? error.message}`, { cause: error });
  });
  return parseEvalSet(text, file);
}

export function parseEvalSet(text: string, file = 'eval set'): EvalItem[] {
  const items: EvalItem[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fail = (message: string): never => {
      throw new EvalSetError('EVAL_SET_INVALID', `${file}:${line}: ${message}`);
    };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      fail(`not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('expected a JSON object with "id" and "request"');
    const record = value as Record<string, unknown>;
    const id = record.id;
    if (typeof id !== 'string' || id === '') fail('"id" must be a non-empty string');
    if (typeof record.request !== 'string' || record.request.trim() === '') fail('"request" must be a non-empty string');
    const earlier = seen.get(id as string);
    if (earlier !== undefined) fail(`id "${id as string}" is already used on line ${earlier}`);
    seen.set(id as string, line);
    const labels = record.labels ?? [];
    if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string')) fail('"labels" must be an array of strings');
    const predicates = record.predicates ?? [];
    if (!Array.isArray(predicates)) fail('"predicates" must be an array');
    (predicates as unknown[]).forEach((p, i) => {
      const problem = predicateProblem(p);
      if (problem) fail(`predicates[${i}]: ${problem}`);
    });
    for (const field of ['code', 'family', 'style'] as const) {
      if (record[field] !== undefined && typeof record[field] !== 'string') fail(`"${field}" must be a string`);
    }
    items.push({
      id: id as string,
      request: record.request as string,
      labels: labels as string[],
      predicates: predicates as Predicate[],
      ...(record.code !== undefined ? { code: record.code as string } : {}),
      ...(record.family !== undefined ? { family: record.family as string } : {}),
      ...(record.style !== undefined ? { style: record.style as string } : {}),
      line,
    });
  });
  if (items.length === 0) throw new EvalSetError('EVAL_SET_EMPTY', `${file} has no items (expected JSONL lines with "id" and "request")`);
  return items;
}

function predicateProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'expected an object with a "kind"';
  const record = value as Record<string, unknown>;
  const fields = PREDICATE_FIELDS[record.kind as Predicate['kind']];
  if (typeof record.kind !== 'string' || !Object.hasOwn(PREDICATE_FIELDS, record.kind) || !fields) {
    return `unknown kind ${JSON.stringify(record.kind)} (expected one of ${Object.keys(PREDICATE_FIELDS).join(', ')})`;
  }
  for (const [name, type] of Object.entries(fields)) {
    const field = record[name];
    const ok =
      type === 's' ? typeof field === 'string'
      : type === 's?' ? field === undefined || typeof field === 'string'
      : type === 'n' ? typeof field === 'number' && Number.isFinite(field)
      : type === 'p' ? Array.isArray(field) && field.length === 2 && field.every((f) => typeof f === 'string')
      : Array.isArray(field) && field.length >= 1 && field.every((f) => typeof f === 'string');
    if (!ok) {
      const expected = { s: 'a string', 's?': 'a string', n: 'a number', p: 'a pair of point names', S: 'a non-empty array of point names' }[type];
      return `${record.kind}.${name} must be ${expected}`;
    }
  }
  return null;
}
