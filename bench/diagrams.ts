/** The diagrams the compile benchmark renders: a small one, a typical classroom geometry figure, and a 3D one. */

/** A few lines and one LaTeX label. */
export const SMALL = `size(3cm);
draw(unitcircle);
draw((0, 0)--(1, 0), dashed);
label("$r$", (0.5, 0), N);
`;

/**
 * AoPS style, as pasted in class: circumcircle, foot and rightanglemark are used without an import, so the pipeline
 * prepends `import aops;` (the plain-asy baseline runs the same prepared text). 7 labels, 2 dashed lines.
 */
export const GEOMETRY = `size(7cm);
pair A = (0, 0), B = (4, 0), C = (1, 3);
pair O = circumcenter(A, B, C), H = foot(C, A, B), M = midpoint(A, B);
draw(circumcircle(A, B, C), blue);
draw(A--B--C--cycle);
draw(C--H, dashed);
draw(O--M, dashed);
draw(rightanglemark(C, H, B));
dot(O);
label("$A$", A, SW); label("$B$", B, SE); label("$C$", C, N);
label("$O$", O, NE); label("$H$", H, S); label("$M$", M, S);
label("$a$", (B + C) / 2, NE);
`;

/**
 * Needs OpenGL, so the pipeline runs it under a private Xvfb inside the sandbox. Kept at 3 cm: from about 4 cm
 * ghostscript's uncompressed intermediate files pass the 20 MB file-size limit and the compile fails (reported).
 */
export const THREE_D = `import three;
size(3cm);
currentprojection = perspective(5, 4, 3);
draw(unitsphere, lightblue);
draw(O--1.5X, Arrow3); draw(O--1.5Y, Arrow3); draw(O--1.5Z, Arrow3);
label("$x$", 1.5X, W); label("$y$", 1.5Y, E); label("$z$", 1.5Z, N);
`;

let counter = 0;

/** Same picture, different bytes: a trailing comment defeats the content-addressed cache. */
export function unique(code: string): string {
  counter += 1;
  return `${code}// bench run ${counter}\n`;
}
