import sharp from 'sharp';

/** Grouped bar charts drawn as plain SVG (no chart library) and rasterised with sharp. */

export interface BarPanel {
  title: string;
  /** Axis unit, shown after the values, e.g. "ms" or "/s". */
  unit: string;
  /** One colour and legend entry per bar of a group. */
  series: { name: string; color: string }[];
  /** values[i] belongs to series[i]; null leaves a gap. */
  /** label may hold '\n' for a second line. */
  groups: { label: string; values: (number | null)[] }[];
  /** A dashed horizontal line, e.g. a target. */
  guide?: { value: number; label: string };
}

const PANEL_WIDTH_PX = 560;
const PANEL_HEIGHT_PX = 420;
const MARGIN = { top: 56, right: 16, bottom: 64, left: 56 };

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
const formatValue = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** One panel as an SVG fragment whose top-left corner is at (x, y). */
function drawPanel(panel: BarPanel, x: number, y: number): string {
  const plotWidth = PANEL_WIDTH_PX - MARGIN.left - MARGIN.right;
  const plotHeight = PANEL_HEIGHT_PX - MARGIN.top - MARGIN.bottom;
  const values = panel.groups.flatMap((g) => g.values).filter((v): v is number => v !== null);
  const maxValue = Math.max(...values, panel.guide?.value ?? 0) * 1.15 || 1;
  const toY = (v: number) => MARGIN.top + plotHeight * (1 - v / maxValue);
  const groupWidth = plotWidth / panel.groups.length;
  const barWidth = (groupWidth * 0.8) / panel.series.length;
  const parts: string[] = [
    `<g transform="translate(${x},${y})">`,
    `<text x="${PANEL_WIDTH_PX / 2}" y="22" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(panel.title)}</text>`,
    `<line x1="${MARGIN.left}" y1="${toY(0)}" x2="${PANEL_WIDTH_PX - MARGIN.right}" y2="${toY(0)}" stroke="#333"/>`,
    `<text x="14" y="${MARGIN.top + plotHeight / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 14 ${MARGIN.top + plotHeight / 2})">${escapeXml(panel.unit)}</text>`,
  ];
  panel.series.forEach((s, i) => {
    const legendX = MARGIN.left + i * 130;
    parts.push(`<rect x="${legendX}" y="32" width="12" height="12" fill="${s.color}"/>`,
      `<text x="${legendX + 16}" y="43" font-size="12">${escapeXml(s.name)}</text>`);
  });
  panel.groups.forEach((group, g) => {
    const groupX = MARGIN.left + g * groupWidth + groupWidth * 0.1;
    group.values.forEach((value, i) => {
      if (value === null) return;
      const barX = groupX + i * barWidth;
      parts.push(`<rect x="${barX}" y="${toY(value)}" width="${barWidth - 2}" height="${toY(0) - toY(value)}" fill="${panel.series[i]!.color}"/>`,
        `<text x="${barX + barWidth / 2 - 1}" y="${toY(value) - 4}" font-size="10" text-anchor="middle">${formatValue(value)}</text>`);
    });
    group.label.split('\n').forEach((line, l) => {
      parts.push(`<text x="${MARGIN.left + (g + 0.5) * groupWidth}" y="${toY(0) + 18 + 14 * l}" font-size="12" text-anchor="middle">${escapeXml(line)}</text>`);
    });
  });
  if (panel.guide) {
    const guideY = toY(panel.guide.value);
    // Labelled in the legend row, where it cannot collide with a bar.
    const legendX = MARGIN.left + panel.series.length * 130;
    parts.push(`<line x1="${MARGIN.left}" y1="${guideY}" x2="${PANEL_WIDTH_PX - MARGIN.right}" y2="${guideY}" stroke="#c0392b" stroke-dasharray="6 4"/>`,
      `<line x1="${legendX}" y1="38" x2="${legendX + 24}" y2="38" stroke="#c0392b" stroke-dasharray="6 4"/>`,
      `<text x="${legendX + 28}" y="43" font-size="12" fill="#c0392b">${escapeXml(panel.guide.label)}</text>`);
  }
  parts.push('</g>');
  return parts.join('\n');
}

/** Panels side by side, with a footnote line below; returns the SVG text. */
export function drawBarChart(panels: readonly BarPanel[], footnote: string): string {
  const width = PANEL_WIDTH_PX * panels.length;
  const height = PANEL_HEIGHT_PX + 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...panels.map((panel, i) => drawPanel(panel, i * PANEL_WIDTH_PX, 0)),
    `<text x="12" y="${height - 10}" font-size="11" fill="#555">${escapeXml(footnote)}</text>`,
    '</svg>',
  ].join('\n');
}

export async function writeChartPng(svg: string, file: string): Promise<void> {
  await sharp(Buffer.from(svg)).png().toFile(file);
}
