import type { Template } from '../../types.ts';
import { TRIANGLE_TYPES } from './triangleTypes.ts';

/** Templates of this family group, in a fixed order. */
export const TEMPLATES: readonly Template[] = [...TRIANGLE_TYPES];
