/**
 * Decides what we add in front of the user's code before asy sees it, and whether the job needs a display.
 *
 * AoPS-style code calls helpers from `olympiad`/`cse5` (rightanglemark, MP, D, foot, …) without importing them,
 * because AoPS's renderer imports them implicitly. When we see such a helper and no explicit import, we prepend
 * `import aops;` (our own module, core/compile/modules/aops.asy) and remember the offset so error lines still
 * match the user's code.
 */

export type ImplicitImports = 'auto' | 'always' | 'never';

export interface PreparedSource {
  /** The text written to the job's .asy file. */
  source: string;
  /** Lines prepended before the user's first line. */
  preambleLines: number;
  /** True when the code draws 3D (needs an X display for OpenGL rendering). */
  needsDisplay: boolean;
}

/** Helper names that only exist in olympiad/cse5-style modules (ours: core/compile/modules). */
const AOPS_HELPERS = [
  'rightanglemark', 'anglemark', 'foot', 'circumcenter', 'circumradius', 'circumcircle',
  'incenter', 'inradius', 'incircle', 'orthocenter', 'centroid', 'bisectorpoint', 'pathticks', 'excenter',
  'exradius', 'excircle', 'MP', 'D', 'CR', 'CP', 'IP', 'OP', 'WP', 'MA', 'Drawing', 'Dot',
];
/** Pen/setting variables of those modules, used without a call. */
const AOPS_VARIABLES = ['markscalefactor', 'pointpen', 'pathpen', 'pointfontpen', 'pointfontsize', 'anglefontpen', 'dps'];
const AOPS_HELPER_CALL = new RegExp(
  `\\b(?:(?:${AOPS_HELPERS.join('|')})\\s*\\(|(?:${AOPS_VARIABLES.join('|')})\\b)`,
);
const EXPLICIT_AOPS_IMPORT = /^\s*(?:import|access|include)\s+(?:"?)(?:olympiad|cse5|aops)\b/m;
const THREE_D = /^\s*(?:import|access)\s+(?:"?)(?:three|graph3|solids|tube|bsp|surface|three_\w+|contour3|smoothcontour3|obj|ode3|grid3)\b/m;

export function prepareSource(userCode: string, implicitImports: ImplicitImports = 'auto'): PreparedSource {
  const needsDisplay = THREE_D.test(userCode);
  const wantsAops =
    implicitImports === 'always' ||
    (implicitImports === 'auto' && !EXPLICIT_AOPS_IMPORT.test(userCode) && AOPS_HELPER_CALL.test(stripCommentsAndStrings(userCode)));
  const preamble = wantsAops ? 'import aops;\n' : '';
  const body = userCode.endsWith('\n') ? userCode : userCode + '\n';
  return { source: preamble + body, preambleLines: wantsAops ? 1 : 0, needsDisplay };
}

/** Removes comments and string literals so `label("D")` or `// foot of altitude` do not trigger the AoPS import. */
function stripCommentsAndStrings(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
}
