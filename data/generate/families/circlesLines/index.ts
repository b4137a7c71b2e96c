import type { Template } from '../../types.ts';
import { CIRCLE_PARTS } from './circleParts.ts';

/** Templates of this family group, in a fixed order. */
export const TEMPLATES: readonly Template[] = [...CIRCLE_PARTS];
