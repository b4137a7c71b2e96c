import { asyNumber, COLOURS, joinList, sentence } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { casualRequest, coordText, pickVerb, problemRequest, rawCasualRequest, shortRequest, writeAxes } from './shared.ts';

/** Graphs of non-linear functions with their key points: parabola, absolute value, square root, exponential. */

const N = 6;

interface KeyPoint {
  role: string;
  x: number;
  y: number;
  dir: string;
}

interface CurveSpec {
  /** "parabola", "V-shaped graph", ... */
  noun: string;
  /** Right-hand side as Asymptote, TeX and typed text. */
  asy: string;
  tex: string;
  text: string;
  /** Asymptote path expression of the curve, using `f`. */
  path: string;
  arrows: string;
  points: KeyPoint[];
  /** A dashed guide: axis of symmetry or asymptote, with its equation. */
  guide?: { from: [number, number]; to: [number, number]; eq: string; role: string; at: [number, number]; dir: string };
  numbers: boolean;
}

/** `x - 2`, `x + 3` or `x` for a horizontal shift h. */
function shifted(h: number): string {
  return h === 0 ? 'x' : h > 0 ? `x - ${h}` : `x + ${-h}`;
}

function plus(k: number): string {
  return k === 0 ? '' : k > 0 ? ` + ${k}` : ` - ${-k}`;
}

/** Coefficient in front of a factor: "", "-", "2", "1/2" (text), with its Asymptote and TeX forms. */
function coefficient(a: number): { asy: string; tex: string; text: string } {
  if (a === 1) return { asy: '', tex: '', text: '' };
  if (a === -1) return { asy: '-', tex: '-', text: '-' };
  if (Math.abs(a) === 0.5) return { asy: `${a < 0 ? '-' : ''}1/2*`, tex: `${a < 0 ? '-' : ''}\\frac{1}{2}`, text: `${a < 0 ? '-' : ''}1/2` };
  return { asy: `${a}*`, tex: String(a), text: String(a) };
}

function writeCurve(rng: Rng, spec: CurveSpec): Scene {
  const colour = rng.pick(COLOURS);
  const code = ['import graph;', 'unitsize(0.5cm);', ...writeAxes({ min: -N, max: N, grid: rng.chance(0.6), numbers: spec.numbers })];
  code.push(`real f(real x) {return ${spec.asy};}`, `draw(${spec.path}, ${colour.pen}, ${spec.arrows});`);
  const labels = ['x', 'y'];
  const guide = spec.guide && rng.chance(0.7) ? spec.guide : undefined;
  if (guide) {
    code.push(`draw(${coordText(...guide.from)}--${coordText(...guide.to)}, dashed);`);
    code.push(`label("$${guide.eq}$", ${coordText(...guide.at)}, ${guide.dir});`);
    labels.push(guide.eq);
  }
  for (const p of spec.points) {
    const text = coordText(p.x, p.y);
    code.push(`dot(${text});`, `label("$${text}$", ${text}, ${p.dir});`);
    labels.push(text);
  }
  const equation = `y = ${spec.text}`;
  const groups = [...new Set(spec.points.map((p) => p.role))].map((role) => ({ role, coords: spec.points.filter((p) => p.role === role).map((p) => coordText(p.x, p.y)) }));
  const pointsText = groups.map((g) => `the ${g.role}${g.coords.length > 1 ? 's' : ''} ${joinList(g.coords)}`);
  const roles = joinList(groups.map((g) => (g.role === 'point' ? 'another point' : `${g.role}${g.coords.length > 1 ? 's' : ''}`)));
  const facts = groups.map((g) => (g.role === 'point' ? `it passes through ${g.coords[0]}` : g.coords.length > 1 ? `its ${g.role}s are ${joinList(g.coords)}` : `its ${g.role} is at ${g.coords[0]}`));
  const guideText = guide ? ` Show the ${guide.role} ${guide.eq} as a dashed line.` : '';
  const requests = [
    shortRequest('short-1', `Graph ${equation} and label ${joinList(pointsText)}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Sketch', 'Draw', 'Plot'])} the ${spec.noun} ${equation} in ${colour.word}.${guideText}`),
    shortRequest('short-3', `${equation}: ${pickVerb(rng, ['graph', 'sketch', 'plot'])} it with the ${roles} marked.`),
    casualRequest(rng, 'casual-1', `graph ${equation} and label the ${roles}`),
    rawCasualRequest('casual-2', `how do i graph ${equation.replace(/ /g, '')}? can u show the ${spec.noun} with the points labeled`),
    casualRequest(rng, 'casual-3', `a ${colour.word} graph of ${equation}${guide ? ` with the ${guide.role} dashed` : ''}`),
    problemRequest('problem-1', `The graph of ${equation} is shown. ${sentence(joinList(facts))}.${guide ? ` The ${guide.role} ${guide.eq} is drawn dashed.` : ''}`),
    problemRequest('problem-2', `Let f(x) = ${spec.text}. Sketch the graph of y = f(x) on the coordinate plane, and mark ${joinList(pointsText)}.`),
    problemRequest('problem-3', `On a coordinate grid, draw the ${spec.noun} defined by ${equation}. ${sentence(joinList(spec.points.map((p) => `plot ${coordText(p.x, p.y)}`)))} and label ${spec.points.length > 1 ? 'each point' : 'it'} with its coordinates.`),
  ];
  const predicates: Predicate[] = spec.points.map((p) => ({ kind: 'at', point: coordText(p.x, p.y), x: p.x, y: p.y }));
  return { code: code.join('\n'), labels, predicates, requests };
}

/** The x-range [lo, hi] around `center` where |y| stays inside the window for y = k + a·g(|x - center|). */
function clampDomain(lo: number, hi: number): [string, string] {
  return [asyNumber(Math.max(-N, lo)), asyNumber(Math.min(N, hi))];
}

/** Dashed axis of symmetry x = h, labelled at the end the arms do not reach (never on the y-axis itself). */
function symmetryAxis(h: number, a: number): CurveSpec['guide'] {
  if (h === 0) return undefined;
  const top = a < 0 && Math.abs(h) > 1;
  const dir = top ? 'N' : Math.abs(h) > 1 ? 'S' : h > 0 ? 'SE' : 'SW';
  return { from: [h, -N], to: [h, N], eq: `x = ${h}`, role: 'axis of symmetry', at: [h, top ? N : -N], dir };
}

function sampleParabola(rng: Rng): Scene {
  const a = rng.pick([1, -1, 2, -2, 0.5, -0.5]);
  const h = rng.int(-3, 3);
  const withRoots = rng.chance(0.6);
  // Integer roots need -k/a to be a perfect square r².
  const r = Math.abs(a) === 0.5 ? 2 : rng.int(1, 3);
  const k = withRoots ? -a * r * r : rng.pick([-4, -3, -2, -1, 1, 2, 3, 4]);
  if (Math.abs(k) > N - 1 || Math.abs(h) + r > N - 1) return sampleParabola(rng);
  const standard = Number.isInteger(a) && rng.chance(0.4);
  const c = coefficient(a);
  const b1 = -2 * a * h;
  const c1 = a * h * h + k;
  const std = {
    asy: `${c.asy}x^2${b1 ? plus(b1).replace(/(\d+)$/, '$1*x') : ''}${plus(c1)}`,
    tex: `${c.tex}x^2${b1 ? `${plus(b1)}x` : ''}${plus(c1)}`,
  };
  const vertexForm = { asy: `${c.asy}(${shifted(h)})^2${plus(k)}`, tex: `${c.tex}(${shifted(h)})^2${plus(k)}` };
  const form = standard ? std : vertexForm;
  const reach = Math.sqrt((N - Math.sign(a) * k) / Math.abs(a));
  const [lo, hi] = clampDomain(h - reach, h + reach);
  const points: KeyPoint[] = [{ role: 'vertex', x: h, y: k, dir: a > 0 ? 'SE' : 'NE' }];
  if (withRoots && k !== 0) points.push({ role: 'x-intercept', x: h - r, y: 0, dir: a > 0 ? 'SW' : 'NW' }, { role: 'x-intercept', x: h + r, y: 0, dir: a > 0 ? 'SE' : 'NE' });
  return writeCurve(rng, {
    noun: 'parabola', asy: form.asy, tex: form.tex, text: form.tex.replace(/\\frac\{1\}\{2\}/, '1/2'),
    path: `graph(f, ${lo}, ${hi})`, arrows: 'Arrows(6)', points, numbers: points.length === 1,
    guide: symmetryAxis(h, a),
  });
}

function sampleAbsoluteValue(rng: Rng): Scene {
  const a = rng.pick([1, -1, 2, -2, 0.5]);
  const h = rng.int(-3, 3);
  const withRoots = rng.chance(0.5) && Number.isInteger(a);
  const r = rng.int(1, 2);
  const k = withRoots ? -a * r : rng.int(-3, 3);
  const c = coefficient(a);
  const reach = (N - Math.sign(a) * k) / Math.abs(a);
  const [lo, hi] = clampDomain(h - reach, h + reach);
  const points: KeyPoint[] = [{ role: 'vertex', x: h, y: k, dir: a > 0 ? 'SE' : 'NE' }];
  if (withRoots) points.push({ role: 'x-intercept', x: h - r, y: 0, dir: a > 0 ? 'SW' : 'NW' }, { role: 'x-intercept', x: h + r, y: 0, dir: a > 0 ? 'SE' : 'NE' });
  const tex = `${c.tex}|${shifted(h)}|${plus(k)}`;
  return writeCurve(rng, {
    noun: rng.pick(['absolute value graph', 'v-shaped graph']), asy: `${c.asy}abs(${shifted(h)})${plus(k)}`, tex, text: tex.replace(/\\frac\{1\}\{2\}/, '1/2'),
    path: `graph(f, ${lo}, ${h}) & graph(f, ${h}, ${hi})`, arrows: 'Arrows(6)', points, numbers: !withRoots,
    guide: symmetryAxis(h, a),
  });
}

function sampleSquareRoot(rng: Rng): Scene {
  const a = rng.pick([1, 2, -1, -2]);
  const h = rng.int(-5, -1);
  const k = a > 0 ? rng.int(-4, 1) : rng.int(-1, 4);
  const c = coefficient(a);
  const hi = Math.min(N, h + ((N - Math.abs(k)) / Math.abs(a)) ** 2);
  const second = h + 4 <= hi ? 4 : 1;
  const points: KeyPoint[] = [
    { role: 'starting point', x: h, y: k, dir: a > 0 ? 'NW' : 'SW' },
    { role: 'point', x: h + second, y: k + a * Math.sqrt(second), dir: a > 0 ? 'SE' : 'NE' },
  ];
  const tex = `${c.tex}\\sqrt{${shifted(h)}}${plus(k)}`;
  return writeCurve(rng, {
    noun: 'square root curve', asy: `${c.asy}sqrt(${shifted(h)})${plus(k)}`, tex, text: `${c.text}sqrt(${shifted(h)})${plus(k)}`,
    path: `graph(f, ${h}, ${asyNumber(hi)})`, arrows: 'EndArrow(6)', points, numbers: rng.chance(0.5),
  });
}

function sampleExponential(rng: Rng): Scene {
  const base = rng.pick([2, 3, 0.5]);
  const k = rng.pick([0, 0, -2, -1, 1, 2, -3]);
  const growth = base > 1;
  const baseAsy = growth ? String(base) : '(1/2)';
  const baseTex = growth ? String(base) : '\\left(\\frac{1}{2}\\right)';
  const baseText = growth ? String(base) : '(1/2)';
  // Keep y = base^x + k inside the window: x from -N up to where it reaches the top.
  const limit = Math.log(N - k) / Math.log(base);
  const [lo, hi] = growth ? [-N, Math.min(N, limit)] : [Math.max(-N, limit), N];
  const x2 = growth ? 1 : -1;
  const points: KeyPoint[] = [
    { role: 'y-intercept', x: 0, y: 1 + k, dir: growth ? 'NW' : 'NE' },
    { role: 'point', x: x2, y: base ** x2 + k, dir: growth ? 'NW' : 'NE' },
  ];
  const tex = `${baseTex}^x${plus(k)}`;
  return writeCurve(rng, {
    noun: rng.pick(['exponential curve', `exponential ${growth ? 'growth' : 'decay'} curve`]), asy: `${baseAsy}^x${plus(k)}`, tex,
    text: `${baseText}^x${plus(k)}`, path: `graph(f, ${asyNumber(lo)}, ${asyNumber(hi)})`, arrows: 'Arrows(6)', points, numbers: false,
    guide: k === 0 ? undefined : { from: [-N, k], to: [N, k], eq: `y = ${k}`, role: 'asymptote', at: [growth ? N : -N, k], dir: growth ? 'E' : 'W' },
  });
}

export const FUNCTION_GRAPHS_TEMPLATES: readonly Template[] = [
  { id: 'function-graphs/parabola', family: 'function-graphs', grade: '9-12', sample: sampleParabola },
  { id: 'function-graphs/absolute-value', family: 'function-graphs', grade: '9-12', sample: sampleAbsoluteValue },
  { id: 'function-graphs/square-root', family: 'function-graphs', grade: '9-12', sample: sampleSquareRoot },
  { id: 'function-graphs/exponential', family: 'function-graphs', grade: '9-12', sample: sampleExponential },
];
