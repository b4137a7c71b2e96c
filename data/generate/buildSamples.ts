import { createHash } from 'node:crypto';
import { createRng } from './createRng.ts';
import type { Sample, Split, Template } from './types.ts';

/**
 * Turns templates into samples with leak-free splits. Held out for test, never seen in training:
 * - whole templates (one per family in about half of the families that have two or more), and
 * - whole phrasing patterns (about one in five per template, never the last pattern of its style).
 * Test scenes from training templates use only held-out patterns; training and validation scenes only the others.
 * Afterwards any code or request shared across splits is removed from train/val, so no test code or request
 * appears in training (tests/data/generate/buildSamples.test.ts proves it).
 */

export interface BuildOptions {
  seed: string;
  /** Scenes sampled per template. */
  scenesPerTemplate: number;
  templates: readonly Template[];
}

export interface HoldOut {
  templates: Set<string>;
  /** `${templateId}\u0000${patternId}` */
  patterns: Set<string>;
}

const TEST_SCENE_PERCENT = 8;
const VAL_SCENE_PERCENT = 5;

export function hashToPercent(...parts: string[]): number {
  return createHash('sha256').update(parts.join('\u0000')).digest().readUInt32LE(0) % 100;
}

/** Decides the held-out templates and patterns from the seed alone (a probe scene per template names its patterns). */
export function chooseHoldOut(seed: string, templates: readonly Template[]): HoldOut {
  const holdOut: HoldOut = { templates: new Set(), patterns: new Set() };
  const byFamily = new Map<string, Template[]>();
  for (const template of templates) byFamily.set(template.family, [...(byFamily.get(template.family) ?? []), template]);
  for (const [family, members] of byFamily) {
    if (members.length < 2 || hashToPercent(seed, 'family', family) >= 50) continue;
    const chosen = [...members].sort((a, b) => hashToPercent(seed, a.id) - hashToPercent(seed, b.id) || a.id.localeCompare(b.id))[0]!;
    holdOut.templates.add(chosen.id);
  }
  for (const template of templates) {
    const probe = template.sample(createRng(`${seed}:probe:${template.id}`));
    const byStyle = new Map<string, string[]>();
    for (const r of probe.requests) byStyle.set(r.style, [...(byStyle.get(r.style) ?? []), r.pattern]);
    for (const patterns of byStyle.values()) {
      const candidates = patterns.filter((p) => hashToPercent(seed, 'pattern', template.id, p) < 20);
      // Keep at least one pattern of every style in training.
      for (const pattern of candidates.slice(0, patterns.length - 1)) holdOut.patterns.add(`${template.id}\u0000${pattern}`);
    }
  }
  return holdOut;
}

export function buildSamples(options: BuildOptions): { samples: Sample[]; holdOut: HoldOut } {
  const holdOut = chooseHoldOut(options.seed, options.templates);
  const samples: Sample[] = [];
  for (const template of options.templates) {
    const templateHeldOut = holdOut.templates.has(template.id);
    for (let index = 0; index < options.scenesPerTemplate; index++) {
      const scene = template.sample(createRng(`${options.seed}:${template.id}:${index}`));
      const roll = hashToPercent(options.seed, 'scene', template.id, String(index));
      const sceneSplit: Split = templateHeldOut || roll < TEST_SCENE_PERCENT ? 'test' : roll < TEST_SCENE_PERCENT + VAL_SCENE_PERCENT ? 'val' : 'train';
      for (const request of scene.requests) {
        const patternHeldOut = holdOut.patterns.has(`${template.id}\u0000${request.pattern}`);
        // Test scenes of training templates speak only in held-out patterns; the others never do.
        if (!templateHeldOut && (sceneSplit === 'test') !== patternHeldOut) continue;
        samples.push({
          id: `${template.id}#${index}/${request.pattern}`,
          family: template.family,
          template: template.id,
          grade: template.grade,
          style: request.style,
          pattern: request.pattern,
          request: request.text,
          code: scene.code,
          labels: scene.labels,
          predicates: scene.predicates,
          split: sceneSplit,
        });
      }
    }
  }
  return { samples: removeLeaks(samples), holdOut };
}

/** Drops duplicates within a split and any train/val sample whose code or request also occurs in test (or val). */
function removeLeaks(samples: Sample[]): Sample[] {
  const rank: Record<Split, number> = { test: 0, val: 1, train: 2 };
  const codeOwner = new Map<string, Split>();
  const requestOwner = new Map<string, Split>();
  for (const sample of [...samples].sort((a, b) => rank[a.split] - rank[b.split])) {
    if (!codeOwner.has(sample.code)) codeOwner.set(sample.code, sample.split);
    const key = normaliseRequest(sample.request);
    if (!requestOwner.has(key)) requestOwner.set(key, sample.split);
  }
  const seen = new Set<string>();
  return samples.filter((sample) => {
    if (codeOwner.get(sample.code) !== sample.split) return false;
    if (requestOwner.get(normaliseRequest(sample.request)) !== sample.split) return false;
    const pairKey = `${sample.split}\u0000${sample.code}\u0000${normaliseRequest(sample.request)}`;
    if (seen.has(pairKey)) return false;
    seen.add(pairKey);
    return true;
  });
}

export function normaliseRequest(request: string): string {
  return request.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
