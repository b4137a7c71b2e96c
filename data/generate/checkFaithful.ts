import type { Scene } from './types.ts';

/**
 * Names and numbers a request mentions that the diagram does not show. A request is faithful when every point
 * name (a standalone capital letter or a run like "ABC" naming points) and every number in it appears among the
 * scene's labels or in its code. Returns the offending tokens (empty = faithful).
 */
export function findUnfaithful(request: string, scene: Pick<Scene, 'code' | 'labels'>): string[] {
  const shown = new Set<string>();
  for (const label of scene.labels) {
    shown.add(label);
    for (const piece of label.match(/[A-Z]|\d+(?:\.\d+)?/g) ?? []) shown.add(piece);
  }
  const codeNumbers = new Set((scene.code.match(/\d+(?:\.\d+)?/g) ?? []).map((n) => String(Number(n))));
  const codeLabels = new Set([...scene.code.matchAll(/label\("\$?([^"$]*)\$?"/g)].map((m) => m[1]!));
  const problems: string[] = [];

  // Sentence-initial "A"/"I" are words, not points.
  const text = request.replace(/(^|[.!?]\s+)(A|I)\s+(?=[a-z])/g, '$1');
  for (const token of text.match(/(?<![A-Za-z0-9^_\\])[A-Z]{1,5}(?![A-Za-z0-9])/g) ?? []) {
    if (/^(?:OK|USA|HW|PS|ASAP|LOL|PLZ|PLS|THX|IMO|TBH|AM|PM|ID|II|III|IV)$/.test(token)) continue;
    for (const letter of token) {
      if (!shown.has(letter) && !codeLabels.has(letter)) problems.push(token);
    }
  }
  for (const number of text.match(/(?<![A-Za-z])\d+(?:\.\d+)?/g) ?? []) {
    const value = String(Number(number));
    if (!shown.has(number) && !shown.has(value) && !codeNumbers.has(value)) problems.push(number);
  }
  return [...new Set(problems)];
}
