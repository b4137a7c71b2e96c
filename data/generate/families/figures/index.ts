import type { Template } from '../../types.ts';

/** Templates of this family group, in a fixed order. */
export const TEMPLATES: readonly Template[] = [];
