import type { Template } from '../../types.ts';
import { ANGLE_PAIRS } from './anglePairs.ts';
import { ANGLE_TYPES } from './angleTypes.ts';
import { ARCS_SECTORS } from './arcsSectors.ts';
import { CIRCLE_PARTS } from './circleParts.ts';
import { CIRCLE_SECANT } from './circleSecant.ts';
import { CIRCLE_TANGENT } from './circleTangent.ts';
import { CYCLIC_QUADRILATERAL } from './cyclicQuadrilateral.ts';
import { INSCRIBED_ANGLE } from './inscribedAngle.ts';
import { LINE_SEGMENTS_RAYS } from './lineSegmentsRays.ts';
import { PARALLEL_LINES } from './parallelLines.ts';
import { PERPENDICULAR_LINES } from './perpendicularLines.ts';
import { REFLECTION } from './reflection.ts';
import { ROTATION } from './rotation.ts';
import { TRANSLATION } from './translation.ts';
import { DILATION } from './dilation.ts';
import { TWO_CIRCLES } from './twoCircles.ts';

/** Templates of this family group, in a fixed order. */
export const TEMPLATES: readonly Template[] = [...CIRCLE_PARTS, ...CIRCLE_TANGENT, ...CIRCLE_SECANT, ...ARCS_SECTORS, ...INSCRIBED_ANGLE, ...CYCLIC_QUADRILATERAL, ...TWO_CIRCLES, ...ANGLE_TYPES, ...ANGLE_PAIRS, ...PARALLEL_LINES, ...PERPENDICULAR_LINES, ...REFLECTION, ...ROTATION, ...TRANSLATION, ...DILATION, ...LINE_SEGMENTS_RAYS];
