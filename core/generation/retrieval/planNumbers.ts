import type { CodeFacts } from './codeFacts.ts';
import type { RequestNumber } from './requestEntities.ts';

/**
 * Which number literals of a template's code are the request's numbers, learned from the corpus itself: scenes of
 * one template and phrasing pattern whose code has the same structure show which literals vary, and a varying
 * literal is substitutable only if in every scene it equals the same request number. One varying literal that is
 * not a request number (a hypotenuse label derived from the legs, a coordinate computed from an angle, a random
 * placement) means the numbers cannot be changed safely, so they are all kept.
 */

export interface SceneNumbers {
  numbers: readonly RequestNumber[];
  facts: CodeFacts;
}

interface SlotStats {
  /** Index into the request's numbers this literal copies. */
  number: number;
  integersOnly: boolean;
  positiveOnly: boolean;
  min: number;
  max: number;
  maxAbs: number;
}

/** How two request numbers compare in every scene seen ("from -5 to 5, point at 2": from < point < to). */
type Relation = [number, number, '<' | '>' | '='];

/**
 * Slot index → what it copies, plus the order relations every scene kept between the request's numbers
 * (a numerator below its denominator, a point inside its number line); null when the scenes prove no safe mapping.
 */
export type SlotMapping = { slots: Map<number, SlotStats>; relations: Relation[] } | null;

/** Fewer scenes than this (the retrieved one included) is not evidence. */
export const MIN_SCENES = 3;
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** `scenes` share structureKey; the first is the retrieved one. */
export function analyseNumberSlots(scenes: readonly SceneNumbers[]): SlotMapping {
  if (scenes.length < MIN_SCENES) return null;
  const count = scenes[0]!.facts.slots.length;
  const numberCount = scenes[0]!.numbers.length;
  if (numberCount === 0 || scenes.some((s) => s.facts.slots.length !== count || s.numbers.length !== numberCount)) return null;
  const mapping = new Map<number, SlotStats>();
  for (let slot = 0; slot < count; slot++) {
    const values = scenes.map((s) => s.facts.slots[slot]!.value);
    if (values.every((v) => same(v, values[0]!))) continue; // a constant: size, mark size, a fixed coordinate
    let number = -1;
    for (let k = 0; k < numberCount && number < 0; k++) if (scenes.every((s) => same(s.numbers[k]!.value, s.facts.slots[slot]!.value))) number = k;
    if (number < 0) return null;
    mapping.set(slot, {
      number,
      // A literal that was an integer in every scene may be an `int` (loop bound, polygon sides) unless its
      // context says real (a pair, a string, dir(…)): keep it an integer.
      integersOnly: !scenes[0]!.facts.slots[slot]!.realContext && values.every(Number.isInteger),
      positiveOnly: values.every((v) => v > 0),
      min: Math.min(...values),
      max: Math.max(...values),
      maxAbs: Math.max(...values.map(Math.abs)),
    });
  }
  if (mapping.size === 0) return null;
  const relations: Relation[] = [];
  for (let a = 0; a < numberCount; a++) {
    for (let b = a + 1; b < numberCount; b++) {
      const pairs = scenes.map((s) => [s.numbers[a]!.value, s.numbers[b]!.value] as const);
      if (pairs.every(([x, y]) => same(x, y))) relations.push([a, b, '=']);
      else if (pairs.every(([x, y]) => x < y)) relations.push([a, b, '<']);
      else if (pairs.every(([x, y]) => x > y)) relations.push([a, b, '>']);
    }
  }
  return { slots: mapping, relations };
}

/**
 * Replacement texts (by slot index) that put the user's numbers where the retrieved request's were, or null when
 * the two requests' numbers do not line up (count, or how each is written: angle, percent, fraction part,
 * coordinate, plain), break an order every scene kept (10/9 where every scene had a proper fraction), or are out
 * of what the template draws sensibly (a sign change, a fraction in an int, more than 5× outside the range seen).
 */
export function planNumbers(user: readonly RequestNumber[], source: readonly RequestNumber[], facts: CodeFacts, mapping: SlotMapping): Map<number, string> | null {
  if (!mapping || user.length === 0 || user.length !== source.length) return null;
  if (user.some((n, k) => n.kind !== source[k]!.kind)) return null;
  for (const [a, b, relation] of mapping.relations) {
    const x = user[a]!.value;
    const y = user[b]!.value;
    if (relation === '=' ? !same(x, y) : relation === '<' ? !(x < y) : !(x > y)) return null;
  }
  const edits = new Map<number, string>();
  for (const [slot, stats] of mapping.slots) {
    // The mapping is the group's; this scene must obey it too.
    if (!facts.slots[slot] || !same(facts.slots[slot].value, source[stats.number]!.value)) return null;
    const target = user[stats.number]!;
    const value = target.value;
    if (stats.integersOnly && !Number.isInteger(value)) return null;
    if (stats.positiveOnly ? value <= 0 || value < stats.min / 5 || value > stats.max * 5 : Math.abs(value) > stats.maxAbs * 5 + 1) return null;
    const literal = facts.slots[slot]!;
    if (same(literal.value, value)) continue;
    edits.set(slot, value < 0 && !literal.inString && !literal.signed ? `(${target.text})` : target.text);
  }
  return edits;
}
