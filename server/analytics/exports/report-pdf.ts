import PDFDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import { reportSections, weekdayNames } from '../../../shared/schemas/reports.ts';
import { systemFonts, toWinAnsi, type FontSet } from '../../helpcenter/pdf/fonts.ts';
import { writeFooters } from '../../helpcenter/pdf/footers.ts';
import { dayOf } from '../../../shared/time-zone.ts';
import { barChart, heatmap, horizontalBars, palette } from './pdf-charts.ts';
import { sectionTitles, type Report, type ReportTable, type VolumeDay } from './report.ts';

export interface ReportPdfOptions {
  /** Deflate the page streams (default true). */
  compress?: boolean;
  fonts?: FontSet;
}

const margin = { top: 50, bottom: 60, left: 50, right: 50 };
const pageWidth = 595.28;
const contentWidth = pageWidth - margin.left - margin.right;
const colors = { heading: '#0f172a', text: '#1f2937', muted: '#6b7280', rule: '#d1d5db', stripe: '#f8fafc', head: '#eef2ff' };
// Tables longer than this (a year of days) are summarised in the PDF; CSV and Excel carry every row.
const maxPdfRows = 45;

/** The calendar day in `tz` of an ISO instant (moved by `shift` ms: −1 for the last day of a half-open range). */
const localDay = (iso: string, tz: string, shift = 0) => dayOf(Date.parse(iso) + shift, tz);

/** Long ranges are drawn by week so bars stay readable. */
function chartVolume(volume: VolumeDay[]): { labels: string[]; created: number[]; resolved: number[] } {
  const byWeek = volume.length > 62;
  const groups: VolumeDay[] = [];
  for (const [i, entry] of volume.entries()) {
    if (!byWeek || i % 7 === 0) groups.push({ ...entry });
    else {
      const last = groups.at(-1);
      if (last) {
        last.created += entry.created;
        last.resolved += entry.resolved;
      }
    }
  }
  return { labels: groups.map((g) => g.day.slice(5)), created: groups.map((g) => g.created), resolved: groups.map((g) => g.resolved) };
}

class ReportPdfWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor(
    private readonly fonts: FontSet,
    report: Report,
    compress: boolean,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: margin,
      compress,
      bufferPages: true,
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: this.text(report.title), Creator: 'Lantern', Producer: 'Lantern', CreationDate: new Date(report.generatedAt) },
    });
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
  }

  text(value: string): string {
    return this.fonts.unicode ? value : toWinAnsi(value);
  }

  private get maxY(): number {
    return this.doc.page.height - margin.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.maxY) this.doc.addPage();
  }

  title(report: Report): void {
    const { doc } = this;
    const { range } = report;
    doc.font('bold').fontSize(20).fillColor(colors.heading).text(this.text(report.title), margin.left, margin.top, { width: contentWidth });
    doc.moveDown(0.3);
    doc.font('regular').fontSize(10).fillColor(colors.muted);
    const span = (from: string, to: string) => `${localDay(from, range.tz)} to ${localDay(to, range.tz, -1)}`;
    doc.text(this.text(`${span(range.from, range.to)} (${range.tz}) · compared with ${span(range.previousFrom, range.previousTo)}`), { width: contentWidth });
    doc.text(`Generated ${new Date(report.generatedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`, { width: contentWidth });
    doc.moveDown(1);
  }

  /** A section's heading, kept with the first ~200 pt of what follows it. */
  sectionHeading(title: string): void {
    const { doc } = this;
    this.ensure(200);
    doc.font('bold').fontSize(14).fillColor(colors.heading).text(this.text(title), margin.left, doc.y, { width: contentWidth });
    const y = doc.y + 3;
    doc.save().moveTo(margin.left, y).lineTo(margin.left + contentWidth, y).lineWidth(0.75).strokeColor(colors.rule).stroke().restore();
    doc.y = y + 8;
  }

  private caption(text: string): void {
    this.doc.font('bold').fontSize(10).fillColor(colors.text).text(this.text(text), margin.left, this.doc.y, { width: contentWidth });
    this.doc.moveDown(0.3);
  }

  /** A chart in a box of `height` below a caption, kept on one page. */
  chart(caption: string, height: number, draw: (box: { x: number; y: number; width: number; height: number }) => void): void {
    this.ensure(height + 24);
    this.caption(caption);
    const box = { x: margin.left, y: this.doc.y, width: contentWidth, height };
    draw(box);
    this.doc.x = margin.left;
    this.doc.y = box.y + height + 14;
  }

  /** A table with a shaded heading row (repeated after a page break) and striped rows. */
  table(table: ReportTable): void {
    const { doc } = this;
    const count = table.columns.length;
    const first = Math.min(170, Math.max(90, contentWidth * 0.34));
    const rest = count > 1 ? (contentWidth - first) / (count - 1) : contentWidth;
    const widths = table.columns.map((_, i) => (i === 0 ? (count > 1 ? first : contentWidth) : rest));
    const fontSize = count > 6 ? 7.5 : 8.5;
    const padding = 3;
    const rows = table.display.length > maxPdfRows ? table.display.slice(0, maxPdfRows) : table.display;

    const rowHeight = (cells: readonly string[], font: string) => {
      doc.font(font).fontSize(fontSize);
      return Math.max(...cells.map((cell, i) => doc.heightOfString(this.text(cell), { width: (widths[i] ?? rest) - 2 * padding }))) + 2 * padding;
    };
    const drawRow = (cells: readonly string[], font: string, fill: string | null) => {
      const height = rowHeight(cells, font);
      const y = doc.y;
      if (fill) doc.save().rect(margin.left, y, contentWidth, height).fill(fill).restore();
      let x = margin.left;
      doc.font(font).fontSize(fontSize).fillColor(colors.text);
      cells.forEach((cell, i) => {
        const width = widths[i] ?? rest;
        doc.text(this.text(cell), x + padding, y + padding, { width: width - 2 * padding, align: i === 0 ? 'left' : 'right' });
        x += width;
      });
      doc.x = margin.left;
      doc.y = y + height;
    };
    const headers = table.columns.map((column) => column.header);

    this.ensure(rowHeight(headers, 'bold') + 3 * (fontSize + 8) + 20);
    this.caption(table.title);
    drawRow(headers, 'bold', colors.head);
    rows.forEach((cells, r) => {
      if (doc.y + rowHeight(cells, 'regular') > this.maxY) {
        doc.addPage();
        drawRow(headers, 'bold', colors.head);
      }
      drawRow(cells, 'regular', r % 2 === 1 ? colors.stripe : null);
    });
    if (rows.length < table.display.length) {
      doc.font('regular').fontSize(8).fillColor(colors.muted).text(`First ${rows.length} of ${table.display.length} rows; the CSV and Excel exports have them all.`, margin.left, doc.y + 2, { width: contentWidth });
    }
    if (!rows.length) doc.font('regular').fontSize(8.5).fillColor(colors.muted).text('Nothing in this period.', margin.left, doc.y + 2);
    doc.moveDown(1);
  }

  footers(label: string): void {
    writeFooters(this.doc, {
      label: this.text(label),
      pageLabel: (page, pages) => `Page ${page} of ${pages}`,
      x: margin.left,
      width: contentWidth,
      fontSize: 8,
      color: colors.muted,
    });
  }
}

function writeReport(writer: ReportPdfWriter, report: Report): void {
  writer.title(report);
  for (const section of reportSections) {
    if (!report.sections.includes(section)) continue;
    writer.sectionHeading(sectionTitles[section]);
    const tables = report.tables.filter((table) => table.section === section);
    const { volume, channels, resolutionTimes } = report.charts;
    if (section === 'overview' && volume) {
      const data = chartVolume(volume);
      writer.chart(volume.length > 62 ? 'Tickets per week' : 'Tickets per day', 150, (box) =>
        barChart(writer.doc, box, data.labels, [
          { name: 'Created', values: data.created, color: palette.created },
          { name: 'Resolved', values: data.resolved, color: palette.resolved },
        ]),
      );
    }
    if (section === 'tickets') {
      if (channels) writer.chart('Channel mix', channels.length * 18, (box) => horizontalBars(writer.doc, box, channels.map((c) => ({ ...c, label: writer.text(c.label) }))));
      if (resolutionTimes) {
        writer.chart('Resolution time (tickets resolved in the period)', 120, (box) =>
          barChart(writer.doc, box, resolutionTimes.map((b) => writer.text(b.label)), [{ name: 'Tickets', values: resolutionTimes.map((b) => b.value) }]),
        );
      }
      const peak = tables.find((table) => table.key === 'peak-hours');
      if (peak) {
        writer.chart(writer.text(peak.title), 130, (box) =>
          heatmap(
            writer.doc,
            box,
            weekdayNames.map((name) => name.slice(0, 3)),
            Array.from({ length: 24 }, (_, h) => String(h)),
            peak.rows.map((row) => row.slice(1).map((cell) => (typeof cell === 'number' ? cell : 0))),
          ),
        );
      }
    }
    // The heatmap shows the peak hours; its 25-column table fits only the spreadsheets.
    for (const table of tables) if (table.key !== 'peak-hours') writer.table(table);
  }
}

/**
 * The report as a PDF stream: title and range, then each section with its charts (volume bars,
 * channel mix, resolution times, the peak-hours heatmap) and tables, "Page n of m" on every page.
 */
export function renderReportPdf(report: Report, options: ReportPdfOptions = {}): Readable {
  const writer = new ReportPdfWriter(options.fonts ?? systemFonts(), report, options.compress ?? true);
  try {
    writeReport(writer, report);
    writer.footers(`Lantern · ${report.title}`);
    writer.doc.end();
  } catch (error) {
    writer.doc.destroy(error instanceof Error ? error : new Error(String(error)));
  }
  return writer.doc;
}
