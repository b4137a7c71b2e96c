/**
 * Cheap checks before any process starts: the code must be text we can hand to asy and small enough to bother.
 * Bytes are decoded strictly, so invalid UTF-8 is refused instead of being silently replaced.
 */

export type ValidatedCode =
  | { ok: true; code: string }
  | { ok: false; errorCode: 'INPUT_EMPTY' | 'INPUT_TOO_LARGE' | 'INPUT_INVALID'; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * TeX primitives that read or write files or the terminal. The sandbox already hides every file that matters,
 * but inside asy's LaTeX pipe a missing \input file or a \read from the terminal waits for an answer that never
 * comes, tying up a worker until the timeout. Refusing the obvious spellings up front answers in milliseconds;
 * obfuscated ones (\csname…) still end at the timeout, safely.
 */
const TEX_FILE_ACCESS =
  /\\+(input|include|openin|openout|read|readline|immediate|write18|@@input|InputIfFileExists|IfFileExists|includegraphics|lstinputlisting|verbatiminput|pdffiledump|pdfximage)(?![A-Za-z@])/;

export function validateCode(input: string | Uint8Array, maxBytes: number): ValidatedCode {
  const byteLength = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (byteLength > maxBytes) {
    return { ok: false, errorCode: 'INPUT_TOO_LARGE', message: `the code is ${formatBytes(byteLength)}; the limit is ${formatBytes(maxBytes)}` };
  }
  let code: string;
  if (typeof input === 'string') {
    if (/[\uD800-\uDFFF]/.test(input) && !input.isWellFormed()) {
      return { ok: false, errorCode: 'INPUT_INVALID', message: 'the code contains broken Unicode characters' };
    }
    code = input;
  } else {
    try {
      code = strictUtf8.decode(input);
    } catch {
      return { ok: false, errorCode: 'INPUT_INVALID', message: 'the code is not valid UTF-8 text' };
    }
  }
  code = code.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (code.includes('\u0000')) {
    return { ok: false, errorCode: 'INPUT_INVALID', message: 'the code contains NUL bytes (is it a binary file?)' };
  }
  const texAccess = TEX_FILE_ACCESS.exec(code);
  if (texAccess) {
    return { ok: false, errorCode: 'INPUT_INVALID', message: `labels may not read or write files or the terminal (\\${texAccess[1]})` };
  }
  if (code.trim() === '') return { ok: false, errorCode: 'INPUT_EMPTY', message: 'there is no code to render' };
  return { ok: true, code };
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`;
}
