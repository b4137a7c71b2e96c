import { extractAsy } from '../compile/extractAsy.ts';
import { THEMES, type Theme } from '../compile/finishPng.ts';
import { getGeneration, getRequest, recordFeedback } from '../storage/index.ts';
import { checkTheme } from './answerDiagram.ts';
import { explainCompileFailure, formatSeconds } from './explainFailure.ts';
import { recordAttempts } from './recordAttempts.ts';
import { runWorkRequest, type WorkOutcome, type WorkSpec } from './runWorkRequest.ts';
import type { ServiceContext } from './serviceContext.ts';
import type { DiagramReply, ProgressListener, RenderInput, Requester } from './types.ts';

/** `/render CODE` (the user's own Asymptote) and teachers' fixes (their corrected code for a generation). */

export function answerRender(
  context: ServiceContext,
  who: Requester,
  input: RenderInput,
  progress?: ProgressListener,
): Promise<DiagramReply> {
  const raw = typeof input.code === 'string' ? input.code : '';
  const found = findCode(raw);
  const spec: WorkSpec = { kind: 'render', requestText: raw, theme: input.theme, refusal: found.refusal ?? checkTheme(input.theme) };
  return runWorkRequest(context, who, spec, progress, async (requestId) => {
    const { outcome, reason, durationMs } = await compileAndRecord(context, requestId, found.code, input.theme);
    if (!outcome.ok) return { ...outcome, text: `I couldn't render that: ${reason}.` };
    const which = found.blockCount > 1 ? ` (the first of ${found.blockCount} code blocks)` : '';
    return { ...outcome, text: `Rendered your code${which} in ${formatSeconds(durationMs)}.` };
  });
}

export function answerFix(
  context: ServiceContext,
  who: Requester,
  generationId: string,
  rawCode: string,
  progress?: ProgressListener,
): Promise<DiagramReply> {
  const generation = getGeneration(context.db, String(generationId));
  const original = generation ? getRequest(context.db, generation.requestId) : undefined;
  const theme = THEMES.find((known) => known === original?.theme);
  const raw = typeof rawCode === 'string' ? rawCode : '';
  const found = findCode(raw);
  const refusal: WorkSpec['refusal'] = generation === undefined
    ? { errorCode: 'UNKNOWN_GENERATION', text: "I can't find the diagram you're correcting; it may have been deleted." }
    : found.refusal;
  const spec: WorkSpec = { kind: 'fix', requestText: raw, theme, parentRequestId: generation?.requestId ?? null, refusal };
  return runWorkRequest(context, who, spec, progress, async (requestId) => {
    const { outcome, reason } = await compileAndRecord(context, requestId, found.code, theme);
    if (!outcome.ok) {
      return { ...outcome, generationId: generation!.id, text: `Your correction was not saved because it does not render: ${reason}.` };
    }
    // Only code that compiles becomes a gold example for the next training set.
    recordFeedback(context.db, {
      kind: 'fix',
      generationId: generation!.id,
      platform: who.platform,
      platformUserId: who.userId,
      correctedCode: found.code,
      atMs: context.now(),
    });
    return {
      ...outcome,
      generationId: generation!.id,
      text: 'Thanks! Your corrected diagram is saved and will help train the next model.',
    };
  });
}

interface FoundCode {
  code: string;
  blockCount: number;
  refusal?: { errorCode: string; text: string };
}

/** The first [asy] block or fence, else the whole text; size and content limits are the compiler's to enforce. */
function findCode(raw: string): FoundCode {
  const { blocks } = extractAsy(raw);
  if (blocks.length === 0) {
    return { code: '', blockCount: 0, refusal: { errorCode: 'NO_CODE', text: 'There is no Asymptote code in that message. Paste code, an [asy]…[/asy] block or a ```asy fence.' } };
  }
  return { code: blocks[0]!, blockCount: blocks.length };
}

async function compileAndRecord(
  context: ServiceContext,
  requestId: string,
  code: string,
  theme: Theme | undefined,
): Promise<{ outcome: WorkOutcome; reason: string; durationMs: number }> {
  const recorder = recordAttempts({ db: context.db, requestId, compiler: context.compiler });
  const result = await recorder.compiler.compile(code, { theme });
  if (result.ok) return { outcome: { ok: true, png: result.png, code, text: '' }, reason: '', durationMs: result.durationMs };
  return {
    outcome: { ok: false, code, errorCode: result.errorCode ?? 'COMPILE_ERROR', text: '', detail: result.message },
    reason: explainCompileFailure(result.errorCode, result.errors),
    durationMs: result.durationMs,
  };
}
