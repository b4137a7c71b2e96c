import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCompileErrors, parseAsyErrors, summariseLatexError } from '../../../core/compile/parseAsyErrors.ts';

// Shapes of asy 2.85 output as printed on this platform (source line, caret, `file: LINE.COL: message`).
const context = { fileName: 'diagram.asy', preambleLines: 1 };

test('parseAsyErrors maps line numbers back past our preamble', () => {
  const stderr = 'draw((0,0)--B);\n            ^\ndiagram.asy: 3.13: no matching variable \'B\'\n';
  assert.deepEqual(parseAsyErrors(stderr, '', context), [{ line: 2, col: 13, message: "no matching variable 'B'" }]);
});

test('parseAsyErrors names module errors and unknown modules without a user line', () => {
  const stderr = '/usr/share/asymptote/plain_strings.asy: 135.3: system() call disabled; override with option -nosafe\nerror: could not load module \'nosuch\'\n';
  assert.deepEqual(parseAsyErrors(stderr, '', context), [
    { line: null, col: null, message: 'in module plain_strings.asy line 135: running programs is not allowed here' },
    { line: null, col: null, message: "unknown module 'nosuch'" },
  ]);
});

test('parseAsyErrors reduces a LaTeX failure to the line that matters', () => {
  const stderr = '/usr/share/asymptote/plain_shipout.asy: 116.11: runtime: shipout failed\n';
  const stdout = 'This is pdfTeX\n(./diagram_.tex\n! Undefined control sequence.\n<recently read> \\frc \n\nl.60 ...{$\\frc{1}{2}$}\n';
  assert.deepEqual(parseAsyErrors(stderr, stdout, context), [{ line: null, col: null, message: 'LaTeX error in a label: Undefined control sequence near \\frc' }]);
});

test('summariseLatexError quotes a runaway argument', () => {
  const transcript = 'Runaway argument?\n{$\\frac {1}{2$}\\end {document} \n! File ended while scanning use of \\ASYalign.\n<inserted text> \n';
  assert.equal(summariseLatexError(transcript), 'LaTeX error in a label: File ended while scanning use of \\ASYalign near {$\\frac {1}{2$}');
});

test('formatCompileErrors shows the user line with a caret under the column', () => {
  const text = formatCompileErrors([{ line: 2, col: 13, message: "no matching variable 'B'" }], 'size(3cm);\ndraw((0,0)--B);');
  assert.equal(text, "line 2: no matching variable 'B'\n  draw((0,0)--B);\n              ^");
});

test('formatCompileErrors keeps only the first few errors', () => {
  const errors = Array.from({ length: 5 }, (_, i) => ({ line: null, col: null, message: `e${i}` }));
  assert.equal(formatCompileErrors(errors, '', 2), 'e0\ne1\n(3 more)');
});
