import { createCompileService } from '../../core/compile/createCompileService.ts';
import { loadConfig } from '../../core/config.ts';
import { findUnfaithful } from './checkFaithful.ts';
import { createRng } from './createRng.ts';
import { TEMPLATES } from './families/index.ts';
import type { Scene, Style, Template } from './types.ts';

/**
 * Developer check for templates: samples a few scenes per template and reports structural problems (styles,
 * pattern ids, labels missing from code, unfaithful requests) and compile failures with the real pipeline.
 * Usage: node --import tsx data/generate/checkTemplates.ts [--family PREFIX] [--samples N] [--show]
 */
const args = process.argv.slice(2);
const familyPrefix = valueOf('--family') ?? '';
const samplesPerTemplate = Number(valueOf('--samples') ?? 3);
const show = args.includes('--show');

function valueOf(flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

export function structuralProblems(scene: Scene): string[] {
  const problems: string[] = [];
  const styles = new Set<Style>(scene.requests.map((r) => r.style));
  for (const style of ['short', 'casual', 'problem'] as const) if (!styles.has(style)) problems.push(`no ${style} request`);
  const patterns = scene.requests.map((r) => r.pattern);
  if (new Set(patterns).size !== patterns.length) problems.push(`duplicate pattern ids ${patterns.join(',')}`);
  for (const label of scene.labels) {
    if (!scene.code.includes(label.replace(/°$/, ''))) problems.push(`label "${label}" not in code`);
  }
  for (const request of scene.requests) {
    const unfaithful = findUnfaithful(request.text, scene);
    if (unfaithful.length) problems.push(`request ${request.pattern} mentions ${unfaithful.join(' ')} not shown: "${request.text}"`);
    if (request.text.length > 600) problems.push(`request ${request.pattern} is ${request.text.length} chars`);
  }
  return problems;
}

async function main(): Promise<void> {
  const templates = TEMPLATES.filter((t: Template) => t.id.startsWith(familyPrefix));
  const ids = TEMPLATES.map((t) => t.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) console.log(`DUPLICATE template ids: ${duplicates.join(', ')}`);
  const service = createCompileService({ ...loadConfig().compile, cacheDir: null, timeoutMs: 20_000 });
  let failures = duplicates.length;
  const families = new Set(templates.map((t) => t.family));
  console.log(`${templates.length} templates in ${families.size} families`);
  for (const template of templates) {
    const jobs = Array.from({ length: samplesPerTemplate }, async (_, i) => {
      const scene = template.sample(createRng(`check:${template.id}:${i}`));
      const problems = structuralProblems(scene);
      const compiled = await service.compile(scene.code);
      if (!compiled.ok) problems.push(`compile ${compiled.errorCode}: ${compiled.message}`);
      if (show && i === 0) console.log(`--- ${template.id}\n${scene.code}\n${scene.requests.map((r) => `  [${r.pattern}] ${r.text}`).join('\n')}`);
      return problems;
    });
    const problems = (await Promise.all(jobs)).flat();
    failures += problems.length;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${template.id}${problems.length ? '\n    ' + [...new Set(problems)].join('\n    ') : ''}`);
  }
  console.log(failures ? `${failures} problems` : 'all templates ok');
  process.exitCode = failures ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
