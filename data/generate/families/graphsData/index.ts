import type { Template } from '../../types.ts';
import { COORDINATE_POINTS_TEMPLATES } from './coordinatePoints.ts';

/** Templates of this family group, in a fixed order. */
export const TEMPLATES: readonly Template[] = [...COORDINATE_POINTS_TEMPLATES];
