/**
 * Charts drawn with pdfkit's vector primitives (rectangles, lines, text): crisp at any zoom, a
 * few hundred bytes each, and their labels stay selectable text. Fonts are the document's
 * registered `regular` and `bold`; text must already be in the document's encoding.
 */

export const palette = { created: '#2563eb', resolved: '#10b981', grid: '#e5e7eb', axis: '#9ca3af', text: '#374151', muted: '#6b7280' };
const seriesColors = ['#2563eb', '#10b981', '#f59e0b', '#8b5cf6', '#ef4444', '#06b6d4', '#84cc16'];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A round axis maximum and its step: 0, step, 2·step … ≥ max. */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: ticks, step: 1 };
  const rough = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const niceStep = step < 1 ? 1 : step;
  return { top: Math.ceil(max / niceStep) * niceStep, step: niceStep };
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function legend(doc: PDFKit.PDFDocument, x: number, y: number, items: { label: string; color: string }[]): void {
  let at = x;
  doc.font('regular').fontSize(8);
  for (const item of items) {
    doc.save().rect(at, y + 1, 8, 8).fill(item.color).restore();
    doc.fillColor(palette.text).text(item.label, at + 11, y, { lineBreak: false });
    at += 11 + doc.widthOfString(item.label) + 14;
  }
}

/**
 * Grouped vertical bars: one group per label, one bar per series, a y axis with round ticks and
 * gridlines, and as many x labels as fit without overlapping.
 */
export function barChart(
  doc: PDFKit.PDFDocument,
  box: Box,
  labels: readonly string[],
  series: readonly { name: string; values: readonly number[]; color?: string }[],
): void {
  const axisWidth = 36;
  const legendHeight = series.length > 1 ? 16 : 0;
  const labelHeight = 14;
  const plot = { x: box.x + axisWidth, y: box.y + legendHeight, width: box.width - axisWidth, height: box.height - legendHeight - labelHeight };
  const colors = series.map((s, i) => s.color ?? seriesColors[i % seriesColors.length] ?? palette.created);
  if (legendHeight) legend(doc, plot.x, box.y, series.map((s, i) => ({ label: s.name, color: colors[i] ?? palette.created })));

  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const { top, step } = niceScale(max);
  doc.font('regular').fontSize(7);
  for (let tick = 0; tick <= top + step / 2; tick += step) {
    const y = plot.y + plot.height - (tick / top) * plot.height;
    doc.save().moveTo(plot.x, y).lineTo(plot.x + plot.width, y).lineWidth(0.5).strokeColor(tick === 0 ? palette.axis : palette.grid).stroke().restore();
    doc.fillColor(palette.muted).text(number.format(tick), box.x, y - 3.5, { width: axisWidth - 4, align: 'right', lineBreak: false });
  }

  const groups = Math.max(labels.length, 1);
  const groupWidth = plot.width / groups;
  const gap = Math.min(groupWidth * 0.2, 6);
  const barWidth = Math.max((groupWidth - gap) / Math.max(series.length, 1), 0.3);
  series.forEach((s, si) => {
    s.values.forEach((value, gi) => {
      if (value <= 0) return;
      const height = (value / top) * plot.height;
      const x = plot.x + gi * groupWidth + gap / 2 + si * barWidth;
      doc.save().rect(x, plot.y + plot.height - height, barWidth, height).fill(colors[si] ?? palette.created).restore();
    });
  });

  // X labels: every k-th so that they do not overlap.
  doc.font('regular').fontSize(7).fillColor(palette.muted);
  const widest = Math.max(1, ...labels.map((label) => doc.widthOfString(label)));
  const every = Math.max(1, Math.ceil((widest + 6) / groupWidth));
  labels.forEach((label, i) => {
    if (i % every !== 0) return;
    const center = plot.x + i * groupWidth + groupWidth / 2;
    doc.text(label, center - widest / 2 - 3, plot.y + plot.height + 3, { width: widest + 6, align: 'center', lineBreak: false });
  });
}

/** Horizontal bars with the label on the left and the value (and share) at the bar's end: channel mix and the like. */
export function horizontalBars(doc: PDFKit.PDFDocument, box: Box, rows: readonly { label: string; value: number }[]): void {
  const labelWidth = 90;
  const valueWidth = 80;
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const max = Math.max(1, ...rows.map((row) => row.value));
  const rowHeight = Math.min(18, box.height / Math.max(rows.length, 1));
  const barArea = box.width - labelWidth - valueWidth;
  rows.forEach((row, i) => {
    const y = box.y + i * rowHeight;
    doc.font('regular').fontSize(8.5).fillColor(palette.text).text(row.label, box.x, y + rowHeight / 2 - 5, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    const width = (row.value / max) * barArea;
    doc.save().rect(box.x + labelWidth, y + 3, barArea, rowHeight - 6).fill('#f3f4f6').restore();
    if (width > 0) doc.save().rect(box.x + labelWidth, y + 3, width, rowHeight - 6).fill(seriesColors[i % seriesColors.length] ?? palette.created).restore();
    const share = total > 0 ? ` (${((row.value / total) * 100).toFixed(1)} %)` : '';
    doc.fillColor(palette.text).text(`${number.format(row.value)}${share}`, box.x + labelWidth + barArea + 6, y + rowHeight / 2 - 5, { width: valueWidth - 6, lineBreak: false });
  });
}

/** A grid of cells shaded by value (weekday × hour): darker is busier; the busiest cell's count is printed in the legend. */
export function heatmap(doc: PDFKit.PDFDocument, box: Box, rowLabels: readonly string[], columnLabels: readonly string[], values: readonly (readonly number[])[]): void {
  const labelWidth = 30;
  const headerHeight = 12;
  const cellWidth = (box.width - labelWidth) / Math.max(columnLabels.length, 1);
  const cellHeight = (box.height - headerHeight - 14) / Math.max(rowLabels.length, 1);
  const max = Math.max(1, ...values.flat());
  doc.font('regular').fontSize(6.5).fillColor(palette.muted);
  columnLabels.forEach((label, c) => {
    if (c % 2 === 0) doc.text(label, box.x + labelWidth + c * cellWidth, box.y, { width: cellWidth * 2, lineBreak: false });
  });
  rowLabels.forEach((label, r) => {
    const y = box.y + headerHeight + r * cellHeight;
    doc.font('regular').fontSize(7.5).fillColor(palette.text).text(label, box.x, y + cellHeight / 2 - 4, { width: labelWidth - 4, lineBreak: false });
    (values[r] ?? []).forEach((value, c) => {
      const intensity = value / max;
      doc.save().rect(box.x + labelWidth + c * cellWidth + 0.5, y + 0.5, cellWidth - 1, cellHeight - 1).fillOpacity(0.08 + 0.92 * intensity).fill(palette.created).restore();
    });
  });
  doc.font('regular').fontSize(7).fillColor(palette.muted).text(`Darkest: ${number.format(max)} tickets in one hour slot`, box.x + labelWidth, box.y + box.height - 10, { lineBreak: false });
}
