import { csvLine, csvLineEnd, utf8Bom } from './csv.ts';
import type { Report } from './report.ts';

/**
 * The whole report as one CSV: a few lines naming the report and its range, then each table
 * under its title with its own heading row, a blank line between tables.
 */
export function reportCsv(report: Report): string {
  const { range } = report;
  let out = utf8Bom;
  out += csvLine([report.title]);
  out += csvLine(['From', range.from, 'To', range.to, 'Time zone', range.tz]);
  out += csvLine(['Previous period from', range.previousFrom, 'To', range.previousTo]);
  out += csvLine(['Generated', new Date(report.generatedAt).toISOString()]);
  for (const table of report.tables) {
    out += csvLineEnd;
    out += csvLine([table.title]);
    out += csvLine(table.columns.map((column) => column.header));
    for (const row of table.rows) out += csvLine(row);
  }
  return out;
}
