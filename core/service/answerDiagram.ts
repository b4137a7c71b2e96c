import { THEMES, type Theme } from '../compile/finishPng.ts';
import { drawDiagram } from '../generation/drawDiagram.ts';
import type { FailedAttempt } from '../generation/types.ts';
import { getRequest, listGenerationsForRequest, type Database, type RequestRow } from '../storage/index.ts';
import { firstError, formatSeconds } from './explainFailure.ts';
import { recordAttempts } from './recordAttempts.ts';
import { runWorkRequest, type WorkOutcome, type WorkSpec } from './runWorkRequest.ts';
import type { ServiceContext } from './serviceContext.ts';
import type { DiagramInput, DiagramReply, ProgressListener, Requester } from './types.ts';

/** `/diagram TEXT` and 🔁: the model writes code, drawDiagram compiles and repairs it, every step is a row. */

export function answerDiagram(
  context: ServiceContext,
  who: Requester,
  input: DiagramInput,
  progress?: ProgressListener,
): Promise<DiagramReply> {
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  const spec: WorkSpec = {
    kind: 'diagram',
    requestText: text,
    theme: input.theme,
    refusal: checkRequestText(text, context.config.maxRequestChars) ?? checkTheme(input.theme),
  };
  return runWorkRequest(context, who, spec, progress, (requestId, signal) =>
    drawAndRecord(context, requestId, text, input.theme, [], signal));
}

export function answerRegenerate(
  context: ServiceContext,
  who: Requester,
  parentRequestId: string,
  progress?: ProgressListener,
): Promise<DiagramReply> {
  const parent = getRequest(context.db, String(parentRequestId));
  const theme = THEMES.find((known) => known === parent?.theme);
  let refusal: WorkSpec['refusal'];
  if (parent === undefined) {
    refusal = { errorCode: 'UNKNOWN_REQUEST', text: "I can't find that request any more, so I can't redraw it. Ask again with /diagram." };
  } else if (parent.kind !== 'diagram' && parent.kind !== 'regenerate') {
    refusal = { errorCode: 'NOT_REGENERABLE', text: 'Only diagrams I generated can be redrawn; edit your code and render it again instead.' };
  } else {
    refusal = checkRequestText(parent.requestText, context.config.maxRequestChars);
  }
  const spec: WorkSpec = {
    kind: 'regenerate',
    requestText: parent?.requestText ?? '',
    theme,
    parentRequestId: parent?.id ?? null,
    refusal,
  };
  return runWorkRequest(context, who, spec, progress, (requestId, signal) =>
    drawAndRecord(context, requestId, parent!.requestText, theme, collectShownCode(context.db, parent!), signal));
}

export function checkRequestText(text: string, maxChars: number): WorkSpec['refusal'] {
  if (text === '') {
    return { errorCode: 'EMPTY_REQUEST', text: 'Tell me what to draw, e.g. `/diagram a triangle inscribed in a circle`.' };
  }
  if (text.length > maxChars) {
    return {
      errorCode: 'REQUEST_TOO_LONG',
      text: `That request is ${text.length} characters long; please keep it under ${maxChars}.`,
    };
  }
  return undefined;
}

export function checkTheme(theme: unknown): WorkSpec['refusal'] {
  if (theme === undefined || THEMES.includes(theme as Theme)) return undefined;
  return { errorCode: 'INVALID_THEME', text: `Unknown theme "${String(theme)}"; use one of ${THEMES.join(', ')}.` };
}

async function drawAndRecord(
  context: ServiceContext,
  requestId: string,
  text: string,
  theme: Theme | undefined,
  earlier: readonly FailedAttempt[],
  signal: AbortSignal,
): Promise<WorkOutcome> {
  const recorder = recordAttempts({ db: context.db, requestId, generator: context.generator, compiler: context.compiler, earlier });
  const result = await drawDiagram(text, {
    generator: recorder.generator,
    compiler: recorder.compiler,
    theme,
    maxAttempts: context.config.maxAttempts,
    signal,
  });
  // drawDiagram stops at the first generator failure, so a non-empty code is always the last recorded generation.
  const shown = result.code === '' ? {} : { generationId: recorder.lastGenerationId, code: result.code };
  if (result.ok) {
    const tries = result.attempts > 1 ? `, attempt ${result.attempts}` : '';
    return {
      ok: true,
      ...shown,
      png: result.png,
      modelId: result.modelId,
      text: `Here is your diagram (${result.modelId}, ${formatSeconds(result.durationMs.total)}${tries}).`,
    };
  }
  if (result.errorCode === 'GENERATION_FAILED') {
    context.log('warn', 'the generator failed', { requestId, modelId: result.modelId, message: result.message });
    return {
      ok: false,
      ...shown,
      errorCode: 'GENERATION_FAILED',
      modelId: result.modelId,
      text: 'The model could not write code for that right now. Please try again later.',
      detail: result.message,
    };
  }
  const attempts = result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`;
  return {
    ok: false,
    ...shown,
    errorCode: result.errorCode ?? 'COMPILE_ERROR',
    modelId: result.modelId,
    text: `I couldn't draw that: the code still failed after ${attempts} (${firstError(result.errors)}).`,
    detail: result.message,
  };
}

/** Every code the user was already shown for this request text, oldest first, following regenerate links. */
function collectShownCode(db: Database, start: RequestRow): FailedAttempt[] {
  const chain: RequestRow[] = [];
  let current: RequestRow | undefined = start;
  while (current && chain.length < 50 && (current.kind === 'diagram' || current.kind === 'regenerate')) {
    chain.unshift(current);
    current = current.parentRequestId ? getRequest(db, current.parentRequestId) : undefined;
  }
  const seen = new Set<string>();
  const shown: FailedAttempt[] = [];
  for (const request of chain) {
    for (const generation of listGenerationsForRequest(db, request.id)) {
      if (seen.has(generation.code)) continue;
      seen.add(generation.code);
      shown.push({ code: generation.code, errors: [] });
    }
  }
  return shown;
}
