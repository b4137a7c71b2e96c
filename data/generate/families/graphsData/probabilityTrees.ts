import { asyNumber, joinList } from '../../phrase.ts';
import type { Predicate, Rng, Scene, Template } from '../../types.ts';
import { casualRequest, coordText, gcd, pickVerb, problemRequest, rawCasualRequest, shortRequest, writeFraction } from './shared.ts';

/** Two-stage probability trees: a repeated independent experiment, drawing without replacement, three first branches. */

interface Prob {
  value: number;
  tex: string;
  text: string;
}

interface Branch {
  /** Node label text as shown (plain text, e.g. "H", "Red"). */
  name: string;
  /** Short code used in outcome strings ("H", "R"). */
  code: string;
  p: Prob;
}

function fraction(num: number, den: number, reduce = true): Prob {
  const f = writeFraction(num, den, !reduce);
  return { value: num / den, ...f };
}

function decimal(value: number): Prob {
  const text = asyNumber(value, 2);
  return { value, tex: text, text };
}

/** Product of two branch probabilities, as a fraction when both are fractions, else a decimal. */
function multiply(a: Prob, b: Prob, unreduced = false): Prob {
  const isFraction = (p: Prob): boolean => p.text.includes('/') || p.text === '1';
  if (!isFraction(a) || !isFraction(b)) return decimal(a.value * b.value);
  const [an, ad] = a.text.split('/').map(Number) as [number, number];
  const [bn, bd] = b.text.split('/').map(Number) as [number, number];
  const num = an * bn;
  const den = (ad ?? 1) * (bd ?? 1);
  return unreduced ? fraction(num, den, false) : fraction(num / gcd(num, den), den / gcd(num, den));
}

/** Width of a node label in user units at unitsize(0.8cm), about a quarter unit per character. */
function textWidth(text: string): number {
  return Math.round((0.25 * text.length + 0.3) * 10) / 10;
}

/**
 * Tree code: root at the origin, first-stage nodes at x = 3 with their names written on the path (the second stage
 * starts after the name), leaves three units further, then an optional outcome column. Branch probabilities sit
 * beside each branch's midpoint, above for upward branches and below for downward ones.
 */
function writeTree(first: readonly Branch[], second: (i: number) => readonly Branch[], outcomes: boolean, unreduced = false): { code: string; labels: string[]; predicates: Predicate[]; products: Prob[]; pairs: string[] } {
  const spread = first.length === 2 ? 3 : 3.2;
  const ys = first.map((_, i) => ((first.length - 1) / 2) * spread - i * spread);
  const start = 3 + Math.max(...first.map((b) => textWidth(b.name)));
  const leafX = start + 3;
  const column = leafX + Math.max(...first.flatMap((_, i) => second(i).map((b) => textWidth(b.name)))) + 0.5;
  const code = ['unitsize(0.8cm);'];
  const labels: string[] = [];
  const predicates: Predicate[] = [];
  const products: Prob[] = [];
  const pairs: string[] = [];
  const branchLabel = (from: [number, number], to: [number, number], p: Prob): void => {
    const mid = coordText((from[0] + to[0]) / 2, (from[1] + to[1]) / 2);
    code.push(`label("$${p.tex}$", ${mid}, ${to[1] >= from[1] ? 'NW' : 'SW'});`);
    labels.push(p.tex);
  };
  code.push(`draw(${first.map((_, i) => `(0, 0)--(3, ${asyNumber(ys[i]!)})`).join(' ^^ ')});`);
  first.forEach((b, i) => {
    const node: [number, number] = [3, ys[i]!];
    const from: [number, number] = [start, ys[i]!];
    const leaves = second(i);
    const leafYs = leaves.map((_, j) => Number((node[1] + 0.7 - 1.4 * j).toFixed(3)));
    branchLabel([0, 0], node, b.p);
    code.push(`label("${b.name}", ${coordText(...node)}, E);`);
    labels.push(b.name);
    code.push(`draw(${leaves.map((_, j) => `${coordText(...from)}--${coordText(leafX, leafYs[j]!)}`).join(' ^^ ')});`);
    leaves.forEach((leaf, j) => {
      const end: [number, number] = [leafX, leafYs[j]!];
      branchLabel(from, end, leaf.p);
      code.push(`label("${leaf.name}", ${coordText(...end)}, E);`);
      labels.push(leaf.name);
      const pair = `${b.code}${leaf.code}`;
      const product = multiply(b.p, leaf.p, unreduced);
      pairs.push(pair);
      products.push(product);
      if (outcomes) {
        const at: [number, number] = [column, end[1]];
        code.push(`label("${pair}", ${coordText(...at)}, E);`, `label("$${product.tex}$", ${coordText(column + 1.5, at[1])}, E);`);
        labels.push(pair, product.tex);
        predicates.push({ kind: 'at', point: pair, x: at[0], y: at[1] });
      }
    });
  });
  return { code: code.join('\n'), labels, predicates, products, pairs };
}

interface Experiment {
  what: string;
  twice: string;
  branches: Branch[];
}

function experiments(rng: Rng): Experiment {
  const p = rng.pick([[1, 3], [1, 4], [2, 5], [3, 5]] as const);
  const shot = rng.pick([0.6, 0.7, 0.8, 0.9]);
  const rain = rng.pick([0.2, 0.3, 0.4]);
  return rng.pick<Experiment>([
    { what: 'a fair coin', twice: 'flipping a fair coin twice', branches: [{ name: 'H', code: 'H', p: fraction(1, 2) }, { name: 'T', code: 'T', p: fraction(1, 2) }] },
    { what: 'a spinner', twice: `spinning a spinner twice, where red has probability ${p[0]}/${p[1]}`, branches: [{ name: 'Red', code: 'R', p: fraction(p[0], p[1]) }, { name: 'Blue', code: 'B', p: fraction(p[1] - p[0], p[1]) }] },
    { what: 'free throws', twice: `a player taking two free throws, making each with probability ${shot}`, branches: [{ name: 'Make', code: 'M', p: decimal(shot) }, { name: 'Miss', code: 'X', p: decimal(1 - shot) }] },
    { what: 'the weather', twice: `two days of weather, with a ${rain} chance of rain each day`, branches: [{ name: 'Rain', code: 'R', p: decimal(rain) }, { name: 'Dry', code: 'D', p: decimal(1 - rain) }] },
  ]);
}

function sampleRepeated(rng: Rng): Scene {
  const ex = experiments(rng);
  const outcomes = rng.chance(0.5);
  const tree = writeTree(ex.branches, () => ex.branches, outcomes);
  const [a, b] = ex.branches as [Branch, Branch];
  const probs = `probabilities ${a.name} = ${a.p.text} and ${b.name} = ${b.p.text}`;
  const requests = [
    shortRequest('short-1', `Draw a tree diagram for ${ex.twice}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Sketch'])} a two-stage probability tree with ${probs} on every pair of branches${outcomes ? ', listing each outcome and its probability' : ''}.`),
    casualRequest(rng, 'casual-1', `tree diagram ${ex.twice}`),
    rawCasualRequest('casual-2', `how do i make a probability tree for ${ex.what} twice? ${a.name.toLowerCase()} is ${a.p.text}`),
    casualRequest(rng, 'casual-3', `probability tree with ${a.name} and ${b.name} branches, two stages${outcomes ? ', outcomes at the end' : ''}`),
    problemRequest('problem-1', `Draw a tree diagram to represent ${ex.twice}. Label each branch with its probability${outcomes ? ' and list the four outcomes with their probabilities' : ''}.`),
    problemRequest('problem-2', `The two trials are independent, with ${probs} each time. Use a tree diagram to show that the probability of ${a.code}${a.code} is ${tree.products[0]!.text}.`),
    problemRequest('problem-3', `A tree diagram shows ${ex.twice}. The first branches are ${a.name} (${a.p.text}) and ${b.name} (${b.p.text}), and the same branches repeat at the second stage, giving the outcomes ${joinList(tree.pairs)}.`),
  ];
  if (!outcomes) requests.splice(6, 1, problemRequest('problem-2', `The two trials are independent, with ${probs} each time. Draw the tree diagram with every branch labelled.`));
  return { code: tree.code, labels: tree.labels, predicates: tree.predicates, requests };
}

function sampleWithoutReplacement(rng: Rng): Scene {
  const [c1, c2] = rng.pick([['Red', 'Blue'], ['Red', 'Green'], ['Blue', 'Yellow']] as const);
  const r = rng.int(2, 6);
  const b = rng.int(2, 6);
  const n = r + b;
  const outcomes = rng.chance(0.5);
  const first: Branch[] = [{ name: c1, code: c1[0]!, p: fraction(r, n, false) }, { name: c2, code: c2[0]!, p: fraction(b, n, false) }];
  const second = (i: number): Branch[] => [
    { name: c1, code: c1[0]!, p: fraction(i === 0 ? r - 1 : r, n - 1, false) },
    { name: c2, code: c2[0]!, p: fraction(i === 1 ? b - 1 : b, n - 1, false) },
  ];
  const tree = writeTree(first, second, outcomes, true);
  const bag = `${r} ${c1.toLowerCase()} and ${b} ${c2.toLowerCase()} marbles`;
  const requests = [
    shortRequest('short-1', `Draw a tree diagram for picking two marbles without replacement from a bag of ${bag}.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Sketch'])} a probability tree for two draws without replacement: first ${c1} ${first[0]!.p.text} and ${c2} ${first[1]!.p.text}, then out of ${n - 1}${outcomes ? ', with the outcome probabilities at the ends' : ''}.`),
    casualRequest(rng, 'casual-1', `tree diagram bag with ${bag} pick two no replacement`),
    rawCasualRequest('casual-2', `the second branch fractions confuse me, ${r} ${c1.toLowerCase()} ${b} ${c2.toLowerCase()} and u dont put the first one back. can u draw the tree`),
    casualRequest(rng, 'casual-3', `probability tree without replacement ${c1.toLowerCase()} and ${c2.toLowerCase()} marbles, ${n} total`),
    problemRequest('problem-1', `A bag contains ${bag}. Two marbles are drawn at random without replacement. Draw a tree diagram showing the probability on each branch.`),
    problemRequest('problem-2', `A bag holds ${n} marbles: ${r} are ${c1.toLowerCase()} and ${b} are ${c2.toLowerCase()}. One marble is taken and not replaced, then a second is taken. ${outcomes ? `Use a tree diagram to find the probability of ${tree.pairs[0]}, which is ${tree.products[0]!.text}.` : 'Represent the two draws with a tree diagram.'}`),
    problemRequest('problem-3', `In the tree diagram, the first-stage branches are ${c1} (${first[0]!.p.text}) and ${c2} (${first[1]!.p.text}); after a ${c1.toLowerCase()} marble is drawn, the second-stage probabilities are ${second(0)[0]!.p.text} and ${second(0)[1]!.p.text}.`),
  ];
  return { code: tree.code, labels: tree.labels, predicates: tree.predicates, requests };
}

function sampleThreeBranch(rng: Rng): Scene {
  const split = rng.pick<Prob[]>([
    [fraction(1, 2), fraction(1, 4), fraction(1, 4)], [fraction(1, 3), fraction(1, 3), fraction(1, 3)],
    [decimal(0.5), decimal(0.3), decimal(0.2)], [decimal(0.2), decimal(0.3), decimal(0.5)], [fraction(1, 2), fraction(1, 3), fraction(1, 6)],
  ]);
  const colours = ['Red', 'Green', 'Yellow'];
  const first = colours.map((name, i): Branch => ({ name, code: name[0]!, p: split[i]! }));
  const coin: Branch[] = [{ name: 'H', code: 'H', p: split[0]!.text.includes('/') ? fraction(1, 2) : decimal(0.5) }, { name: 'T', code: 'T', p: split[0]!.text.includes('/') ? fraction(1, 2) : decimal(0.5) }];
  const outcomes = rng.chance(0.4);
  const tree = writeTree(first, () => coin, outcomes);
  const spinner = joinList(first.map((b) => `${b.name.toLowerCase()} ${b.p.text}`));
  const requests = [
    shortRequest('short-1', `Draw a tree diagram for spinning a spinner (${spinner}) and then flipping a coin.`),
    shortRequest('short-2', `${pickVerb(rng, ['Make', 'Draw', 'Sketch'])} a probability tree with three first branches (Red, Green, Yellow) and two second branches (H, T) on each.`),
    casualRequest(rng, 'casual-1', `tree diagram spinner then coin, ${spinner}`),
    rawCasualRequest('casual-2', `how many outcomes if u spin a three color spinner and flip a coin? draw the tree pls`),
    casualRequest(rng, 'casual-3', `probability tree 3 colors then heads or tails${outcomes ? ' with all the outcomes listed' : ''}`),
    problemRequest('problem-1', `A spinner lands on red, green, or yellow with probabilities ${joinList(split.map((p) => p.text))}. After spinning, a fair coin is tossed. Draw a tree diagram of the experiment.`),
    problemRequest('problem-2', `Draw a tree diagram for the compound event: spin the spinner, then toss a coin. There are six outcomes: ${joinList(tree.pairs)}.`),
    problemRequest('problem-3', `In the tree diagram, the first stage has branches Red (${split[0]!.text}), Green (${split[1]!.text}), and Yellow (${split[2]!.text}); each is followed by H and T with probability ${coin[0]!.p.text}.`),
  ];
  return { code: tree.code, labels: tree.labels, predicates: tree.predicates, requests };
}

export const PROBABILITY_TREES_TEMPLATES: readonly Template[] = [
  { id: 'probability-trees/repeated-trial', family: 'probability-trees', grade: '6-8', sample: sampleRepeated },
  { id: 'probability-trees/without-replacement', family: 'probability-trees', grade: '9-12', sample: sampleWithoutReplacement },
  { id: 'probability-trees/three-branch', family: 'probability-trees', grade: '6-8', sample: sampleThreeBranch },
];
