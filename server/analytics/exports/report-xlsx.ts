import type { Readable } from 'node:stream';
import type { Report } from './report.ts';
import { xlsxFile } from './xlsx.ts';

/** The whole report as an Excel workbook: an "About" sheet with the range, then one sheet per table. */
export function reportXlsx(report: Report): Readable {
  return xlsxFile(report.title, async (xlsx) => {
    const about = xlsx.addSheet('About', [
      { header: report.title, kind: 'text', width: 24 },
      { header: '', kind: 'text', width: 40 },
    ]);
    const { range } = report;
    for (const row of [
      ['From', range.from],
      ['To', range.to],
      ['Time zone', range.tz],
      ['Previous period', `${range.previousFrom} – ${range.previousTo}`],
      ['Generated', new Date(report.generatedAt).toISOString()],
    ]) {
      about.addRow(row).commit();
    }
    about.commit();
    const used = new Set<string>();
    for (const table of report.tables) {
      // Sheet names are unique and at most 31 characters.
      const title = table.sheet ?? table.title;
      let name = title.slice(0, 28);
      for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${title.slice(0, 26)} ${n}`;
      used.add(name.toLowerCase());
      const sheet = xlsx.addSheet(name, table.columns);
      for (const row of table.rows) sheet.addRow(row).commit();
      sheet.commit();
      await xlsx.drained();
    }
  });
}
