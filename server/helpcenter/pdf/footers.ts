/** A footer line: a label on the left, the page's place on the right. Text already in the document's encoding. */
export interface PageFooter {
  /** Cut with an ellipsis when it would run into the page label. */
  label: string;
  /** "Page 2 of 3": the page's number among the buffered pages, and how many there are. */
  pageLabel: (page: number, pages: number) => string;
  x: number;
  width: number;
  fontSize: number;
  color: string;
}

/**
 * Writes the footer on every page still buffered (the article's, or one chat's in a transcript
 * export), 40 pt above the bottom edge. Uses the document's `regular` font.
 */
export function writeFooters(doc: PDFKit.PDFDocument, footer: PageFooter): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the margin must not start another page
    const y = doc.page.height - 40;
    doc.font('regular').fontSize(footer.fontSize).fillColor(footer.color);
    doc.text(footer.label, footer.x, y, { width: footer.width * 0.7, lineBreak: false, ellipsis: true });
    doc.text(footer.pageLabel(i - range.start + 1, range.count), footer.x, y, { width: footer.width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
