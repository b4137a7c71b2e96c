/**
 * Finds the Asymptote in what a teacher pasted: AoPS `[asy]…[/asy]` blocks (the problem text around them is
 * ignored), Markdown fences (```asy, ```asymptote or bare ```), or, when neither is present, the whole text.
 * Returns every block in order; callers render the first or all of them.
 */

const ASY_BLOCK = /\[asy\]([\s\S]*?)\[\/asy\]/gi;
const FENCE = /```[ \t]*([\w+-]*)[ \t]*\r?\n([\s\S]*?)```/g;

export interface ExtractedAsy {
  blocks: string[];
  /** Where the code came from, for messages ("found 2 [asy] blocks"). */
  source: 'asy-tags' | 'fence' | 'raw';
}

export function extractAsy(text: string): ExtractedAsy {
  const tagged = [...text.matchAll(ASY_BLOCK)];
  if (tagged.length > 0) return { blocks: tagged.map((m) => cleanBlock(m[1]!)).filter(Boolean), source: 'asy-tags' };

  const fences = [...text.matchAll(FENCE)];
  if (fences.length > 0) {
    // Prefer fences marked as Asymptote; bare fences next; other languages never.
    const marked = fences.filter((m) => /^(asy|asymptote)$/i.test(m[1]!));
    const chosen = marked.length > 0 ? marked : fences.filter((m) => m[1] === '');
    return { blocks: chosen.map((m) => cleanBlock(m[2]!)).filter(Boolean), source: 'fence' };
  }

  const raw = cleanBlock(text);
  return { blocks: raw ? [raw] : [], source: 'raw' };
}

/** Undoes what copying from a web page does to code: HTML entities and non-breaking spaces. */
function cleanBlock(block: string): string {
  let code = block.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  if (/&(?:lt|gt|amp|quot);/.test(code) && !/[<>]/.test(code)) {
    code = code.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return code.trim();
}
