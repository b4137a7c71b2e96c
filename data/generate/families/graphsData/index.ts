import type { Template } from '../../types.ts';
import { COORDINATE_POINTS_TEMPLATES } from './coordinatePoints.ts';
import { AREA_MODELS_TEMPLATES } from './areaModels.ts';
import { BAR_CHARTS_TEMPLATES } from './barCharts.ts';
import { CLOCKS_AND_SHAPES_TEMPLATES } from './clocksAndShapes.ts';
import { FRACTION_MODELS_TEMPLATES } from './fractionModels.ts';
import { FUNCTION_GRAPHS_TEMPLATES } from './functionGraphs.ts';
import { INEQUALITIES_TEMPLATES } from './inequalities.ts';
import { LINEAR_GRAPHS_TEMPLATES } from './linearGraphs.ts';
import { NETS_TEMPLATES } from './nets.ts';
import { NUMBER_LINE_INTERVALS_TEMPLATES } from './numberLineIntervals.ts';
import { NUMBER_LINES_TEMPLATES } from './numberLines.ts';
import { PIE_CHARTS_TEMPLATES } from './pieCharts.ts';
import { PROBABILITY_TREES_TEMPLATES } from './probabilityTrees.ts';
import { RECTANGLE_AREA_PERIMETER_TEMPLATES } from './rectangleAreaPerimeter.ts';
import { SOLIDS_FLAT_TEMPLATES } from './solids3d.ts';
import { SOLIDS_ROUND_TEMPLATES } from './solidsRound.ts';
import { VENN_DIAGRAMS_TEMPLATES } from './vennDiagrams.ts';

/** Templates of this family group, in a fixed order. */
export const TEMPLATES: readonly Template[] = [...COORDINATE_POINTS_TEMPLATES, ...LINEAR_GRAPHS_TEMPLATES, ...FUNCTION_GRAPHS_TEMPLATES, ...INEQUALITIES_TEMPLATES, ...NUMBER_LINES_TEMPLATES, ...NUMBER_LINE_INTERVALS_TEMPLATES, ...FRACTION_MODELS_TEMPLATES, ...AREA_MODELS_TEMPLATES, ...RECTANGLE_AREA_PERIMETER_TEMPLATES, ...SOLIDS_FLAT_TEMPLATES,
  ...SOLIDS_ROUND_TEMPLATES, ...NETS_TEMPLATES, ...VENN_DIAGRAMS_TEMPLATES,
  ...PROBABILITY_TREES_TEMPLATES, ...BAR_CHARTS_TEMPLATES, ...PIE_CHARTS_TEMPLATES,
  ...CLOCKS_AND_SHAPES_TEMPLATES];
