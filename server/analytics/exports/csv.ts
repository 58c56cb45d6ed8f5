/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, a cell quoted when it
 * holds a comma, a quote or a line break, quotes doubled. Starts with a UTF-8 BOM so Excel reads
 * accents right instead of guessing a legacy code page.
 *
 * Formula injection: a cell starting with = + - @ (or a tab / carriage return, which some
 * spreadsheets skip before looking) would be run as a formula when the file is opened, so a
 * customer who names a ticket `=HYPERLINK(…)` could plant a link or worse in an admin's
 * spreadsheet. Such text cells get a leading apostrophe (OWASP's advice); numbers are ours and
 * written as they are, so a negative number stays a number.
 */
export const utf8Bom = '\ufeff';
export const csvLineEnd = '\r\n';

const needsQuotes = /[",\r\n]/;
const formulaStart = /^[=+\-@\t\r]/;

/** One text cell. Null and empty are an empty cell. */
export function csvText(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell (ours, never user text): written as is; null is empty. */
export const csvNumber = (value: number | null): string => (value === null ? '' : String(value));

export type CsvCell = string | number | null;

/** A whole line: strings go through csvText, numbers through csvNumber. */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i] ?? null;
    if (i > 0) line += ',';
    line += typeof cell === 'number' ? csvNumber(cell) : csvText(cell);
  }
  return line + csvLineEnd;
}
