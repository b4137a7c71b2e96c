/**
 * Label text as a person reads it, so the diagram's `label("$40^\circ$", …)` matches the corpus label "40°".
 * Strips math delimiters and text wrappers, spells degrees as °, turns TeX spacing into spaces and collapses
 * whitespace. Case is kept: "a" and "A" are different points.
 */
export function normalizeLabel(raw: string): string {
  let text = raw;
  // \text{…}, \mathrm{…}, … keep their contents (one level of nested braces is enough for labels).
  const wrapper = /\\(?:text|textrm|textit|textbf|textsf|mathrm|mathit|mathbf|mathsf|operatorname|mbox)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;
  for (let i = 0; i < 3 && wrapper.test(text); i++) text = text.replace(wrapper, '$1');
  text = text
    .replace(/\s*\^\s*\{?\s*\\circ\s*\}?/g, '°')
    .replace(/\\circ\b/g, '°')
    .replace(/\\degree\b/g, '°')
    .replace(/\\\$/g, '\u0000') // an escaped dollar is a real dollar sign, not a delimiter
    .replace(/\$/g, '')
    .replace(/\u0000/g, '$')
    .replace(/\\!/g, '')
    .replace(/\\[,;: ]|~/g, ' ')
    .replace(/\\(?:quad|qquad)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text;
}
