import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EvalSetError, parseEvalSet, readEvalSet } from '../../../core/evaluation/readEvalSet.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'asybot-evalset-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

function rejects(text: string, code: string, message: RegExp): void {
  assert.throws(() => parseEvalSet(text, 'set.jsonl'), (error: unknown) => {
    assert.ok(error instanceof EvalSetError);
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

test('readEvalSet reads minimal lines and corpus samples, skipping blank lines', async () => {
  const file = path.join(work, 'set.jsonl');
  writeFileSync(file, [
    JSON.stringify({ id: 'a', request: 'draw a square' }),
    '',
    JSON.stringify({ id: 'b', request: 'triangle ABC', labels: ['A'], predicates: [{ kind: 'at', point: 'A', x: 0, y: 0 }], code: 'dot((0,0));', family: 'f', style: 'short', split: 'test' }),
  ].join('\n'));
  const items = await readEvalSet(file);
  assert.deepEqual(items, [
    { id: 'a', request: 'draw a square', labels: [], predicates: [], line: 1 },
    { id: 'b', request: 'triangle ABC', labels: ['A'], predicates: [{ kind: 'at', point: 'A', x: 0, y: 0 }], code: 'dot((0,0));', family: 'f', style: 'short', line: 3 },
  ]);
});

test('readEvalSet names the line of malformed JSON and of missing fields', () => {
  rejects('{"id":"a","request":"x"}\n{"id": "b", request}\n', 'EVAL_SET_INVALID', /^set\.jsonl:2: not valid JSON/);
  rejects('{"id":"a"}\n', 'EVAL_SET_INVALID', /^set\.jsonl:1: "request" must be a non-empty string/);
  rejects('["a"]\n', 'EVAL_SET_INVALID', /^set\.jsonl:1: expected a JSON object/);
  rejects('{"id":"a","request":"x"}\n{"id":"a","request":"y"}\n', 'EVAL_SET_INVALID', /^set\.jsonl:2: id "a" is already used on line 1/);
  rejects('{"id":"a","request":"x","labels":"A"}\n', 'EVAL_SET_INVALID', /"labels" must be an array of strings/);
});

test('readEvalSet checks each predicate against its kind', () => {
  rejects('{"id":"a","request":"x","predicates":[{"kind":"angel"}]}', 'EVAL_SET_INVALID', /predicates\[0\]: unknown kind "angel" \(expected one of angle, /);
  rejects('{"id":"a","request":"x","predicates":[{"kind":"angle","from":"A","at":"B","to":"C","deg":"90"}]}', 'EVAL_SET_INVALID', /angle\.deg must be a number/);
  rejects('{"id":"a","request":"x","predicates":[{"kind":"parallel","a":["A"],"b":["C","D"]}]}', 'EVAL_SET_INVALID', /parallel\.a must be a pair of point names/);
});

test('readEvalSet refuses an empty set and an unreadable file', async () => {
  rejects('\n\n', 'EVAL_SET_EMPTY', /has no items/);
  await assert.rejects(readEvalSet(path.join(work, 'missing.jsonl')), { code: 'EVAL_SET_UNREADABLE', message: /cannot read eval set .*missing\.jsonl: ENOENT/ });
});
