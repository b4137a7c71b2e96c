import type { Template } from '../../types.ts';
import { COMPOSITE_FIGURES } from './compositeFigures.ts';
import { CONGRUENT_TRIANGLES } from './congruentTriangles.ts';
import { POLYGON_ANGLES } from './polygonAngles.ts';
import { PYTHAGOREAN } from './pythagorean.ts';
import { QUADRILATERAL_AREA } from './quadrilateralArea.ts';
import { QUADRILATERALS } from './quadrilaterals.ts';
import { REGULAR_POLYGONS } from './regularPolygons.ts';
import { SIMILAR_TRIANGLES } from './similarTriangles.ts';
import { TRIANGLE_ALTITUDE } from './triangleAltitude.ts';
import { TRIANGLE_ANGLE_BISECTOR } from './triangleAngleBisector.ts';
import { TRIANGLE_PERPENDICULAR_BISECTOR } from './triangleBisectorPerp.ts';
import { TRIANGLE_CENTERS } from './triangleCenters.ts';
import { TRIANGLE_CIRCUMCIRCLE } from './triangleCircumcircle.ts';
import { TRIANGLE_INCIRCLE } from './triangleIncircle.ts';
import { TRIANGLE_MEDIAN } from './triangleMedian.ts';
import { TRIANGLE_MIDSEGMENT } from './triangleMidsegment.ts';
import { TRIANGLE_TYPES } from './triangleTypes.ts';

/** Templates of this family group, in a fixed order. */
export const TEMPLATES: readonly Template[] = [
  ...TRIANGLE_TYPES, ...TRIANGLE_ALTITUDE, ...TRIANGLE_MEDIAN, ...TRIANGLE_ANGLE_BISECTOR, ...TRIANGLE_PERPENDICULAR_BISECTOR,
  ...TRIANGLE_CENTERS, ...TRIANGLE_INCIRCLE, ...TRIANGLE_CIRCUMCIRCLE, ...TRIANGLE_MIDSEGMENT,
  ...QUADRILATERALS, ...QUADRILATERAL_AREA, ...REGULAR_POLYGONS, ...CONGRUENT_TRIANGLES,
  ...SIMILAR_TRIANGLES, ...PYTHAGOREAN, ...POLYGON_ANGLES, ...COMPOSITE_FIGURES,
];
