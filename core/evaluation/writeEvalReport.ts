import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { drawContactSheet } from './drawContactSheet.ts';
import type { EvalItemResult } from './evaluateItem.ts';
import type { EvalRun } from './runEval.ts';
import { summarizeBy, type EvalSummary } from './summarizeEval.ts';

export interface EvalReportFiles {
  results: string;
  report: string;
  contactSheet: string;
  summary: string;
}

export interface ReportContext {
  setFile: string;
  startedAt: Date;
}

/** Writes results.jsonl, summary.json, report.md and contact-sheet.png into outDir; returns their paths. */
export async function writeEvalReport(run: EvalRun, outDir: string, context: ReportContext): Promise<EvalReportFiles> {
  const files: EvalReportFiles = {
    results: path.join(outDir, 'results.jsonl'),
    report: path.join(outDir, 'report.md'),
    contactSheet: path.join(outDir, 'contact-sheet.png'),
    summary: path.join(outDir, 'summary.json'),
  };
  const lines = run.results.map((result, i) => JSON.stringify({ ...result, image: run.images[i] }));
  await writeFile(files.results, lines.join('\n') + '\n');
  await writeFile(files.summary, JSON.stringify(run.summary, null, 2) + '\n');
  await writeFile(files.report, renderReport(run, context));
  await writeFile(files.contactSheet, await drawContactSheet(run.results, run.images, run.summary, { baseDir: outDir }));
  return files;
}

const WORST_SHOWN = 10;

export function renderReport(run: EvalRun, context: ReportContext): string {
  const { summary, results } = run;
  const out: string[] = [
    `# Evaluation: ${summary.model}`,
    '',
    `Set \`${context.setFile}\`, ${summary.n} requests, started ${context.startedAt.toISOString()}, took ${(run.wallMs / 1000).toFixed(1)} s.`,
    '',
    '![contact sheet](contact-sheet.png)',
    '',
    '## Summary',
    '',
    '| metric | value |',
    '|---|---|',
    `| compile rate (asy accepted the code) | ${pct(summary.compileRate)} |`,
    `| non-blank rate (a visible PNG came out) | ${pct(summary.nonBlankRate)} |`,
    `| label recall | ${pct(summary.labelRecall)} (${summary.labelsFound}/${summary.labelsExpected}) |`,
    `| predicate pass rate | ${pct(summary.predicatePassRate)} (${summary.predicatesPassed}/${summary.predicatesTotal}) |`,
    `| items with all predicates holding | ${pct(summary.itemsAllPredicatesPassRate)} |`,
    `| items passing (compiled, all labels, all predicates) | ${pct(summary.passRate)} |`,
    `| latency p50 / p95 (generate + compile) | ${summary.p50Ms} / ${summary.p95Ms} ms |`,
    `| generate p50 / compile p50 / probe p50 | ${summary.generateP50Ms} / ${summary.compileP50Ms} / ${summary.probeP50Ms} ms |`,
    `| mean attempts | ${summary.meanAttempts} |`,
    '',
  ];
  for (const [title, key] of [['family', (r: EvalItemResult) => r.family], ['style', (r: EvalItemResult) => r.style]] as const) {
    const groups = summarizeBy(results, key, summary.model);
    if (groups.length === 0) continue;
    out.push(`## By ${title}`, '', breakdownTable(title, groups), '');
  }
  out.push(...worstFailures(results));
  return out.join('\n');
}

function breakdownTable(title: string, groups: [string, EvalSummary][]): string {
  const rows = groups.map(([key, s]) =>
    `| ${escapeCell(key)} | ${s.n} | ${pct(s.compileRate)} | ${pct(s.nonBlankRate)} | ${pct(s.labelRecall)} | ${pct(s.predicatePassRate)} | ${pct(s.passRate)} | ${s.p50Ms} |`);
  return [`| ${title} | n | compile | non-blank | label recall | predicates | pass | p50 ms |`, '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** Failures, worst first: nothing rendered, then the lowest share of labels and predicates. */
function worstFailures(results: readonly EvalItemResult[]): string[] {
  const failing = results.filter((r) => !r.pass);
  if (failing.length === 0) return ['## Failures', '', 'None: every item compiled, showed every label and satisfied every predicate.', ''];
  const score = (r: EvalItemResult) => {
    if (!r.ok) return -1;
    const predicateShare = r.predicates.length ? r.predicates.filter((p) => p.ok).length / r.predicates.length : 1;
    return (r.labels.recall ?? 1) + predicateShare;
  };
  const worst = [...failing].sort((a, b) => score(a) - score(b)).slice(0, WORST_SHOWN);
  const out = [`## Worst failures (${worst.length} of ${failing.length})`, ''];
  for (const r of worst) {
    out.push(`### \`${r.id}\`${r.errorCode ? ` — ${r.errorCode}` : ''}`, '', `> ${r.request.replace(/\n/g, ' ')}`, '');
    if (r.message) out.push('```text', r.message, '```', '');
    if (r.labels.missing.length) out.push(`- missing labels: ${r.labels.missing.map((l) => `\`${l}\``).join(', ')} (shown: ${r.labels.shown.map((l) => `\`${l.text}\``).join(', ') || 'none'})`);
    for (const p of r.predicates.filter((p) => !p.ok)) out.push(`- ${p.predicate.kind} failed: ${p.reason}`);
    if (r.probe && !r.probe.ok) out.push(`- probe failed: ${r.probe.message}`);
    const code = r.code.split('\n');
    out.push('', '<details><summary>code</summary>', '', '```asy', ...code.slice(0, 40), ...(code.length > 40 ? [`// … ${code.length - 40} more lines`] : []), '```', '', '</details>', '');
  }
  return out;
}

function pct(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
