import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCode } from '../../../core/compile/validateCode.ts';

test('validateCode passes ordinary code through, normalising CRLF and a BOM', () => {
  assert.deepEqual(validateCode('\uFEFFdraw((0,0)--(1,1));\r\n', 1000), { ok: true, code: 'draw((0,0)--(1,1));\n' });
});

test('validateCode decodes UTF-8 bytes and keeps non-ASCII labels', () => {
  const result = validateCode(Buffer.from('label("café", (0,0));'), 1000);
  assert.deepEqual(result, { ok: true, code: 'label("café", (0,0));' });
});

test('validateCode refuses oversized, invalid, NUL-containing and empty input with stable codes', () => {
  const cases: [string | Uint8Array, string][] = [
    ['x'.repeat(1001), 'INPUT_TOO_LARGE'],
    [Buffer.from([0xc3, 0x28]), 'INPUT_INVALID'],
    ['draw(\u0000);', 'INPUT_INVALID'],
    ['label("\udc00");', 'INPUT_INVALID'],
    [' \n ', 'INPUT_EMPTY'],
  ];
  for (const [input, code] of cases) {
    const result = validateCode(input, 1000);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.errorCode, code, `for ${JSON.stringify(String(input).slice(0, 20))}`);
  }
});

test('validateCode refuses TeX file and terminal primitives but not similar words', () => {
  for (const bad of ['label("\\input{x}");', 'label("\\\\openin1=x");', 'texpreamble("\\read16 to \\x");', 'label("\\@@input x")']) {
    const result = validateCode(bad, 1000);
    assert.equal(result.ok, false, bad);
  }
  for (const fine of ['label("$\\inputangle$");', 'label("input");', 'label("$\\readyness$");', 'string input = "x"; label(input);']) {
    assert.equal(validateCode(fine, 1000).ok, true, fine);
  }
});
