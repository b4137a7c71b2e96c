import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProbeOutput, probeDiagram, type ProbeResult } from '../../../core/evaluation/probeDiagram.ts';

const LIMITS = { limits: { timeoutMs: 20_000 } };

function anchorOf(probe: ProbeResult, text: string): [number, number] {
  const label = probe.labels.find((l) => l.text === text);
  assert.ok(label, `label ${text} was read back (got ${probe.labels.map((l) => l.text).join(', ')})`);
  return [label.x, label.y];
}

function assertNear(actual: [number, number], expected: [number, number]): void {
  assert.ok(Math.hypot(actual[0] - expected[0], actual[1] - expected[1]) < 1e-9, `${actual} ≈ ${expected}`);
}

test('probeDiagram reads back the anchor of every common label form and every dot', async () => {
  const code = [
    'size(5cm);',
    'pair A = (0,0), B = (4,0), C = (1,3);',
    'draw(A--B--C--cycle);',
    'label("$A$", A, SW);',
    'label("$5$", midpoint(A--B), S);',
    'label(Label("$L$"), (7,7));',
    'label(Label("$P$", (8,8)));',
    'dot(C);',
    'dot("$B$", B, SE);',
    'dot(new pair[] {(1,1), (2,1)});',
    'label("$m$", A--C);',
    'draw("$7$", B--C);',
    'label("$70^\\circ$", (3,1));',
    "write('ASYBOT-LABEL\\tfake');", // the code's own output (a real tab here) is not mistaken for a record
  ].join('\n');
  const probe = await probeDiagram(code, LIMITS);
  assert.equal(probe.ok, true, probe.message);
  assert.deepEqual(probe.labels.map((l) => l.text), ['A', '5', 'L', 'P', 'B', 'm', '7', '70°']);
  assert.equal(probe.labels.find((l) => l.text === '70°')!.raw, '$70^\\circ$');
  assertNear(anchorOf(probe, 'A'), [0, 0]);
  assertNear(anchorOf(probe, '5'), [2, 0]);
  assertNear(anchorOf(probe, 'L'), [7, 7]);
  assertNear(anchorOf(probe, 'P'), [8, 8]);
  assertNear(anchorOf(probe, 'B'), [4, 0]);
  assertNear(anchorOf(probe, 'm'), [0.5, 1.5]); // a path label sits at the path's middle
  assertNear(anchorOf(probe, '7'), [2.5, 1.5]);
  assert.deepEqual(probe.dots, [{ x: 1, y: 3 }, { x: 4, y: 0 }, { x: 1, y: 1 }, { x: 2, y: 1 }]);
  // The bounds cover the drawing and the far labels.
  assert.ok(probe.bounds!.minX <= 0 && probe.bounds!.minY <= 0, JSON.stringify(probe.bounds));
  assert.equal(probe.bounds!.maxX, 8);
  assert.equal(probe.bounds!.maxY, 8);
});

test('probeDiagram sees labels made inside AoPS helpers (MP, D) via the implicit import', async () => {
  const code = [
    'pair O = origin, P = 2*dir(90), Q = 2*dir(210);',
    'D(CR(O, 2));',
    'D(MP("O", O, S));',
    'MP("P", P, N);',
    'MP("$Q_1$", Q, SW);',
    'label("$r$", midpoint(O--P), E);',
  ].join('\n');
  const probe = await probeDiagram(code, LIMITS);
  assert.equal(probe.ok, true, probe.message);
  assert.deepEqual(probe.labels.map((l) => l.text), ['O', 'P', 'Q_1', 'r']);
  assertNear(anchorOf(probe, 'P'), [0, 2]);
  assertNear(anchorOf(probe, 'Q_1'), [2 * Math.cos((210 * Math.PI) / 180), 2 * Math.sin((210 * Math.PI) / 180)]);
  assertNear(anchorOf(probe, 'r'), [0, 1]);
  assert.deepEqual(probe.dots, [{ x: 0, y: 0 }]);
});

test('probeDiagram sees labels of geometry-module points and relative path positions', async () => {
  const code = [
    'import geometry;',
    'point A = (0,0), B = (4,0);',
    'dot("$A$", A, SW);',
    'label("$B$", B, SE);',
    'draw(Label("$h$", Relative(0.25)), (0,0)--(0,4));',
  ].join('\n');
  const probe = await probeDiagram(code, LIMITS);
  assert.equal(probe.ok, true, probe.message);
  assertNear(anchorOf(probe, 'A'), [0, 0]);
  assertNear(anchorOf(probe, 'B'), [4, 0]);
  assertNear(anchorOf(probe, 'h'), [0, 1]);
});

test('probeDiagram does not typeset or ship out: a label LaTeX would reject and an explicit shipout are harmless', async () => {
  const probe = await probeDiagram('draw((0,0)--(1,1));\nlabel("$\\frac{1}{$", (1,1));\nshipout();', LIMITS);
  assert.equal(probe.ok, true, probe.message);
  assert.deepEqual(probe.labels.map((l) => l.raw), ['$\\frac{1}{$']);
});

test('probeDiagram with typesetLabels reads the same anchors', async () => {
  const probe = await probeDiagram('draw((0,0)--(2,0));\nlabel("$A$", (0,0), W);\nMP("B", (2,0), E);', { ...LIMITS, typesetLabels: true });
  assert.equal(probe.ok, true, probe.message);
  assert.deepEqual(probe.labels.map((l) => [l.text, l.x, l.y]), [['A', 0, 0], ['B', 2, 0]]);
});

test('probeDiagram reports a code error at the user line, past the lines it prepends', async () => {
  const probe = await probeDiagram('pair A = (0,0);\ndraw(rightanglemark(A, (1,0), (1,1)));\ndraw(A--Q);', LIMITS);
  assert.equal(probe.ok, false);
  assert.equal(probe.errorCode, 'PROBE_FAILED');
  assert.deepEqual(probe.errors[0], { line: 3, col: 9, message: "no matching variable 'Q'" });
  assert.match(probe.message, /^line 3: no matching variable 'Q'/);
});

test('probeDiagram refuses input the compiler would refuse, before running anything', async () => {
  const probe = await probeDiagram('', LIMITS);
  assert.equal(probe.ok, false);
  assert.equal(probe.errorCode, 'INPUT_EMPTY');
});

test('probeDiagram gives up on an endless loop at the deadline', async () => {
  const probe = await probeDiagram('while(true) {}', { limits: { timeoutMs: 1500 } });
  assert.equal(probe.ok, false);
  assert.equal(probe.errorCode, 'PROBE_TIMEOUT');
  assert.equal(probe.timedOut, true);
});

test('parseProbeOutput keeps only well-formed records with finite coordinates', () => {
  const parsed = parseProbeOutput('hello\nASYBOT-LABEL\t$A$\t1\t2\nASYBOT-LABEL\t$B$\tnan\t0\nASYBOT-DOT\t\t3\t4\nASYBOT-BOX\t\t0\t0\t1\t1\n');
  assert.deepEqual(parsed.labels, [{ text: 'A', raw: '$A$', x: 1, y: 2 }]);
  assert.deepEqual(parsed.dots, [{ x: 3, y: 4 }]);
  assert.deepEqual(parsed.bounds, { minX: 0, minY: 0, maxX: 3, maxY: 4 });
});
