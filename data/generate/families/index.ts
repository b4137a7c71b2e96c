import type { Template } from '../types.ts';
import { TEMPLATES as FIGURES } from './figures/index.ts';
import { TEMPLATES as CIRCLES_LINES } from './circlesLines/index.ts';
import { TEMPLATES as GRAPHS_DATA } from './graphsData/index.ts';

/** Every template of the corpus, in a fixed order (the order is part of the corpus hash). */
export const TEMPLATES: readonly Template[] = [...FIGURES, ...CIRCLES_LINES, ...GRAPHS_DATA];
