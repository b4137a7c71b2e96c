/**
 * The synthetic corpus: a template samples a scene (canonical Asymptote + the facts it shows) and phrases it as
 * many requests. Every name here is part of the dataset format written to JSONL.
 */

/** How a person asks: a short command, a student's casual words (typos allowed), or problem-style teacher text. */
export type Style = 'short' | 'casual' | 'problem';

export type Grade = 'K-2' | '3-5' | '6-8' | '9-12';

/**
 * Checkable geometric facts, in the diagram's own user coordinates, about points named by their label text
 * (label "$A$" at A names point "A"). Tolerances are the checker's business (core/evaluation).
 */
export type Predicate =
  /** Angle from-at-to, in degrees (0..180). */
  | { kind: 'angle'; from: string; at: string; to: string; deg: number }
  | { kind: 'distance'; a: string; b: string; value: number }
  | { kind: 'equalLength'; a: [string, string]; b: [string, string] }
  | { kind: 'onSegment'; point: string; a: string; b: string }
  | { kind: 'collinear'; points: string[] }
  | { kind: 'midpoint'; point: string; a: string; b: string }
  | { kind: 'parallel'; a: [string, string]; b: [string, string] }
  | { kind: 'perpendicular'; a: [string, string]; b: [string, string] }
  /** All points on one circle; with `center`, that circle's centre is that point. */
  | { kind: 'concyclic'; points: string[]; center?: string }
  /** A point (or a labelled mark) sits at these coordinates. */
  | { kind: 'at'; point: string; x: number; y: number };

export interface PhrasedRequest {
  style: Style;
  /** Id of the phrasing pattern, unique within its template (e.g. 'short-2'); whole patterns are held out for test. */
  pattern: string;
  text: string;
}

export interface Scene {
  /** Canonical Asymptote: named points, size(...), labels with sensible directions, marks where they help. */
  code: string;
  /** Every label text the diagram shows, without $…$ (e.g. "A", "5 cm", "40°" written as "40^\\circ" → "40°"). */
  labels: string[];
  predicates: Predicate[];
  /** At least one request per style; every label or number a request mentions must appear in `labels` or code. */
  requests: PhrasedRequest[];
}

export interface Template {
  /** Globally unique, `family/variant`, e.g. 'triangle-altitude/acute'. Whole templates are held out for test. */
  id: string;
  family: string;
  grade: Grade;
  sample(rng: Rng): Scene;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number;
  /** Real in [min, max), rounded to `decimals` (default: not rounded). */
  real(min: number, max: number, decimals?: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  chance(probability: number): boolean;
  shuffle<T>(items: readonly T[]): T[];
}

export type Split = 'train' | 'val' | 'test';

/** One line of a corpus JSONL file. */
export interface Sample {
  id: string;
  family: string;
  template: string;
  grade: Grade;
  style: Style;
  pattern: string;
  request: string;
  code: string;
  labels: string[];
  predicates: Predicate[];
  split: Split;
}
