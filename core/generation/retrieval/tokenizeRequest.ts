/**
 * Turns a request into the terms the BM25 index sees: lower case, no punctuation, common misspellings and British
 * spellings fixed, light stemming (plurals, -ing/-ed, final e), filler words dropped. Point names ("ABC") and
 * numbers are not terms: they say which labels to draw, not which diagram, and rare tokens like "pqr" would
 * otherwise outweigh the words that matter. They are handled by substitution instead (substituteEntities.ts).
 */

/** Whole-word fixes applied before stemming: misspellings students make, British spellings, short forms. */
const WORD_FIXES: Record<string, string> = {
  isoceles: 'isosceles', isoseles: 'isosceles', isosoles: 'isosceles', isoscles: 'isosceles', isocles: 'isosceles',
  isocelese: 'isosceles', isocolese: 'isosceles', isocoles: 'isosceles', isoscelese: 'isosceles',
  triangel: 'triangle', traingle: 'triangle', tringle: 'triangle', trianlge: 'triangle', triagle: 'triangle', tri: 'triangle',
  equalateral: 'equilateral', equilaterial: 'equilateral', equillateral: 'equilateral', equilatteral: 'equilateral',
  paralelogram: 'parallelogram', parallelagram: 'parallelogram', parralelogram: 'parallelogram', paralellogram: 'parallelogram',
  paralell: 'parallel', parralel: 'parallel', paralel: 'parallel', parellel: 'parallel', parallell: 'parallel',
  perpendiclar: 'perpendicular', perpindicular: 'perpendicular', perpendicualr: 'perpendicular', perp: 'perpendicular',
  hypotenous: 'hypotenuse', hypotenuese: 'hypotenuse', hypothenuse: 'hypotenuse', hypotnuse: 'hypotenuse', hypotenus: 'hypotenuse',
  circumfrence: 'circumference', circumferance: 'circumference', cirumference: 'circumference',
  diamater: 'diameter', diamiter: 'diameter', diamter: 'diameter',
  radious: 'radius', raduis: 'radius', radis: 'radius', radii: 'radius',
  trapazoid: 'trapezoid', trapeziod: 'trapezoid', trapezium: 'trapezoid', trapizoid: 'trapezoid',
  rectange: 'rectangle', rectangel: 'rectangle', retangle: 'rectangle', rectagle: 'rectangle',
  rhombous: 'rhombus', rhombis: 'rhombus', rombus: 'rhombus',
  hexogon: 'hexagon', octogon: 'octagon', pentogon: 'pentagon', polygone: 'polygon',
  angel: 'angle', angels: 'angles', cord: 'chord', cords: 'chords',
  tangant: 'tangent', tangeant: 'tangent', tangient: 'tangent',
  verticies: 'vertex', vertice: 'vertex', vertices: 'vertex', vertexes: 'vertex', vertexs: 'vertex',
  bisecter: 'bisector', bisectors: 'bisector', midpiont: 'midpoint', midpt: 'midpoint',
  axes: 'axis', pts: 'point', pt: 'point', deg: 'degree', degs: 'degree', rt: 'right',
  colour: 'color', colours: 'color', coloured: 'colored', centre: 'center', centred: 'centered', grey: 'gray',
  labelled: 'labeled', labelling: 'labeling', metre: 'meter', centimetre: 'centimeter', centimetres: 'centimeter',
  chart: 'graph', charts: 'graph',
};

/** Words that say nothing about which diagram: requests, politeness, articles (BM25 would weigh them ~0 anyway). */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'with', 'w', 'and', 'for', 'me', 'my', 'i', 'you', 'u', 'can', 'could',
  'would', 'please', 'pls', 'plz', 'thx', 'thanks', 'thank', 'need', 'want', 'make', 'draw', 'show', 'get', 'how',
  'do', 'is', 'it', 'its', 'that', 'this', 'be', 'are', 'r', 'hey', 'yo', 'hw', 'asap', 'so', 'some', 'just', 'also',
  'by', 'as', 'from', 'has', 'have', 'where', 'which', 'there', 'their', 'them', 'then', 'use', 'using', 'into', 'one',
  'diagram', 'picture', 'sketch', 'figure', 'image', 'homework', 'quick', 'ok', 'lol', 'they', 'what', 'each',
  'find', 'put', 'drawn', 'should', 'will', 'was', 'were', 'been', 'if', 'or', 'but', 'not', 'your', 'our', 'we',
  'let', 'lets', 'give', 'here', 'help', 'maybe', 'like', 'kinda', 'sorta', 'really', 'very', 'tho', 'idk',
  'does', 'doe', 'did', 'go', 'goes', 'going', 'look', 'looks', 'whats', 'gonna', 'wanna', 'gotta', 'know',
]);

/** Common acronyms and chat words in capitals that are not point names. */
const NOT_POINT_NAMES = /^(?:OK|USA|HW|PS|ASAP|LOL|PLZ|PLS|THX|IMO|TBH|AM|PM|ID|II|III|IV|CM|MM|TV)$/;

/** Spans of point names: standalone runs of 1–5 capitals, e.g. "ABC", "O" (sentence-initial "A"/"I" are words). */
export function pointNameTokens(request: string): { text: string; index: number }[] {
  if (!/[a-z]/.test(request)) return []; // ALL CAPS text: capitals are words, not names
  const tokens: { text: string; index: number }[] = [];
  for (const match of request.matchAll(/(?<![A-Za-z0-9^_\\])[A-Z]{1,5}(?![A-Za-z0-9])/g)) {
    const text = match[0];
    if (NOT_POINT_NAMES.test(text)) continue;
    if (text === 'A' || text === 'I') {
      // "A triangle…", "Draw a… . A circle…", "I need…": words, not names.
      const after = request.slice(match.index + 1, match.index + 12);
      const sentenceStart = /(?:^|[.!?])\W*$/.test(request.slice(Math.max(0, match.index - 8), match.index)) || !/[A-Za-z0-9]/.test(request.slice(0, match.index));
      if (sentenceStart && /^\s+[a-z]/.test(after)) continue;
      if (text === 'I' && /^\s*(?:need|want|have|am|was|got|cant|can't|dont|don't)\b/i.test(after)) continue;
    }
    tokens.push({ text, index: match.index });
  }
  return tokens;
}

/** "abc", "pqr", "xyz", "klm": point names typed in lower case (letters consecutive in the alphabet), not words. */
function isLowerCaseNameRun(word: string): boolean {
  if (word.length < 2 || word.length > 5) return false;
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) !== word.charCodeAt(i - 1) + 1) return false;
  return true;
}

export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

/** "plott" → "plot", "dott" → "dot"; l, s and z stay doubled ("fill", "pass"), as in Porter's stemmer. */
function undouble(w: string): string {
  const last = w.at(-1)!;
  return w.length >= 3 && last === w.at(-2) && !/[aeiouylsz]/.test(last) ? w.slice(0, -1) : w;
}

const termCache = new Map<string, string[]>();

/** Normalises a single lower-case word (no punctuation) to zero or more index terms (memoised: words repeat). */
export function termsOfWord(word: string): string[] {
  let terms = termCache.get(word);
  if (!terms) {
    if (termCache.size > 100_000) termCache.clear();
    termCache.set(word, (terms = computeTerms(word)));
  }
  return terms;
}

function computeTerms(word: string): string[] {
  if (word === '' || /\d/.test(word) || STOP_WORDS.has(word) || isLowerCaseNameRun(word)) return [];
  const fixed = WORD_FIXES[word] ?? word;
  if (STOP_WORDS.has(fixed)) return [];
  const stemmed = stem(fixed);
  return STOP_WORDS.has(stemmed) ? [] : [stemmed]; // "drawing" → "draw"
}

/** Index terms of a request, in order (duplicates kept; BM25 counts them). */
export function tokenizeRequest(request: string): string[] {
  let text = request;
  // Point names are labels, not content (see the file comment); blank them before lower-casing.
  const names = pointNameTokens(text);
  for (let i = names.length - 1; i >= 0; i--) {
    const { text: name, index } = names[i]!;
    text = `${text.slice(0, index)} ${text.slice(index + name.length)}`;
  }
  // One pass for the phrase fixes: "°", apostrophes ("triangle's"), "mid-point", "numberline", "x-axis".
  text = text.toLowerCase().replace(/°|'|\bmid[\s-]+point|\bnumber[\s-]*line|\b([xy])[\s-]*axis\b/g, (match, axis: string | undefined) => (
    match === '°' ? ' degree ' : match === "'" ? '' : axis ? `${axis} axis` : match.startsWith('mid') ? 'midpoint' : 'number line'));
  const terms: string[] = [];
  for (const word of text.split(/[^a-z0-9]+/)) for (const term of termsOfWord(word)) terms.push(term);
  return terms;
}

/**
 * Terms that style a diagram but never name one: a request whose only known terms are these ("a purple
 * dinosaur") has no match, rather than whatever purple diagram ranks first.
 */
export const STYLE_TERMS: ReadonlySet<string> = new Set([
  'red', 'blue', 'green', 'orange', 'purple', 'gray', 'yellow', 'pink', 'black', 'color', 'colored', 'label', 'mark',
  'shade', 'dashed', 'dotted', 'big', 'bigger', 'small', 'smaller', 'large', 'thick', 'thin', 'nice', 'neat', 'simple',
  'bold', 'new', 'pretty', 'cool',
].flatMap(termsOfWord));
