import PDFDocument from 'pdfkit';
import { runsText, type Block, type Run } from './html-blocks.ts';
import { systemFonts, toWinAnsi, type FontSet } from './fonts.ts';
import { writeFooters } from './footers.ts';

export interface PdfArticle {
  title: string;
  locale: string;
  /** "Updated March 3, 2025", already in the article's language. */
  updatedLabel: string;
  updatedAt: Date;
  /** The article's public URL, printed under the title and linked. */
  url: string;
  /** Who publishes it ("Acme Help Center"). */
  publisher: string;
  /** "Page 2 of 5", in the article's language. */
  pageLabel: (n: number, total: number) => string;
  blocks: Block[];
}

export interface PdfOptions {
  /** Deflate the page streams (default true). Tests turn it off to read the text back. */
  compress?: boolean;
  fonts?: FontSet;
}

const colors = { text: '#1f2937', heading: '#0f172a', muted: '#6b7280', link: '#1d4ed8', rule: '#d1d5db', codeBg: '#f3f4f6', quote: '#9ca3af' };
const size = { body: 10.5, code: 9, title: 22, meta: 9, footer: 8 };
const headingSizes = [0, 18, 15, 13, 11.5, 11, 10.5];
const margin = { top: 60, bottom: 64, left: 64, right: 64 };

interface Box {
  x: number;
  width: number;
  depth: number;
}

/** Lays out an article (title, date, link, then its blocks) on A4 pages with page numbers. */
class Writer {
  private readonly doc: PDFKit.PDFDocument;

  constructor(
    private readonly article: PdfArticle,
    private readonly fonts: FontSet,
    compress: boolean,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: margin,
      compress,
      bufferPages: true,
      lang: article.locale,
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: article.title,
        Author: article.publisher,
        Subject: article.url,
        Creator: 'Lantern',
        Producer: 'Lantern',
        CreationDate: new Date(),
        ModDate: article.updatedAt,
      },
    });
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    this.doc.registerFont('italic', fonts.italic);
    this.doc.registerFont('boldItalic', fonts.boldItalic);
    this.doc.registerFont('mono', fonts.mono);
  }

  private text(value: string): string {
    return this.fonts.unicode ? value : toWinAnsi(value);
  }

  private get maxY(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  private ensure(height: number): void {
    if (this.doc.y + height > this.maxY && this.doc.y > this.doc.page.margins.top + 1) this.doc.addPage();
  }

  private fontFor(run: Run, base: { bold?: boolean } = {}): string {
    if (run.code) return 'mono';
    const bold = run.bold || base.bold;
    if (bold && run.italic) return 'boldItalic';
    if (bold) return 'bold';
    if (run.italic) return 'italic';
    return 'regular';
  }

  /** One paragraph of styled runs, wrapped in `box`. Links are blue, underlined and clickable. */
  private runs(runs: Run[], box: Box, options: { fontSize: number; color: string; bold?: boolean; gap: number }): void {
    const doc = this.doc;
    const pieces = runs.filter((run) => run.text.length > 0);
    if (!pieces.length) return;
    doc.fontSize(options.fontSize);
    this.ensure(doc.currentLineHeight(true));
    pieces.forEach((run, i) => {
      const last = i === pieces.length - 1;
      doc
        .font(this.fontFor(run, options))
        .fontSize(run.code ? options.fontSize * 0.92 : run.muted ? options.fontSize * 0.88 : options.fontSize)
        .fillColor(run.muted ? colors.muted : run.link ? colors.link : options.color);
      const textOptions: PDFKit.Mixins.TextOptions = {
        continued: !last,
        link: run.link ?? null,
        underline: Boolean(run.link) && !run.muted,
        strike: Boolean(run.strike),
        lineGap: 2.5,
      };
      if (i === 0) doc.text(this.text(run.text), box.x, doc.y, { ...textOptions, width: box.width });
      else doc.text(this.text(run.text), textOptions);
    });
    doc.moveDown(options.gap);
  }

  private heading(block: Extract<Block, { kind: 'heading' }>, box: Box): void {
    const fontSize = headingSizes[block.level] ?? size.body;
    // Keep a heading with at least a few lines of what follows it.
    this.doc.moveDown(block.level <= 2 ? 0.6 : 0.35);
    this.ensure(fontSize * 1.4 + size.body * 4);
    if (block.level <= 2 && box.depth === 0) this.doc.outline.addItem(this.text(runsText(block.runs)));
    this.runs(block.runs, box, { fontSize, color: colors.heading, bold: true, gap: 0.35 });
  }

  private code(text: string, box: Box): void {
    const doc = this.doc;
    const pad = 8;
    doc.font('mono').fontSize(size.code);
    const value = this.text(text);
    const height = doc.heightOfString(value, { width: box.width - pad * 2, lineGap: 1.5 }) + pad * 2;
    const pageRoom = this.maxY - doc.page.margins.top;
    if (height <= pageRoom) this.ensure(height);
    const top = doc.y;
    if (height <= this.maxY - top) doc.rect(box.x, top, box.width, height).fill(colors.codeBg);
    doc.fillColor(colors.heading).text(value, box.x + pad, top + pad, { width: box.width - pad * 2, lineGap: 1.5 });
    doc.y = Math.max(doc.y, top + height - pad) + pad;
    doc.x = box.x;
    doc.moveDown(0.3);
  }

  private list(block: Extract<Block, { kind: 'list' }>, box: Box): void {
    const doc = this.doc;
    const indent = block.ordered ? 20 : 14;
    block.items.forEach((item, i) => {
      const marker = block.ordered ? `${block.start + i}.` : box.depth % 2 === 0 ? '•' : '–';
      doc.font('regular').fontSize(size.body);
      this.ensure(doc.currentLineHeight(true) * 1.5);
      const top = doc.y;
      doc.fillColor(colors.text).text(marker, box.x, top, { width: indent - 4, lineBreak: false });
      doc.y = top;
      const inner = { x: box.x + indent, width: box.width - indent, depth: box.depth + 1 };
      item.forEach((child, j) => this.block(child, inner, j === item.length - 1 ? 0.25 : 0.35));
      if (item.length === 0) doc.moveDown(1);
    });
    doc.x = box.x;
    doc.moveDown(0.35);
  }

  private quote(blocks: Block[], box: Box): void {
    const doc = this.doc;
    const startPage = doc.bufferedPageRange().count;
    const top = doc.y;
    blocks.forEach((child) => this.block(child, { x: box.x + 14, width: box.width - 14, depth: box.depth + 1 }));
    const bottom = doc.y - 6;
    if (doc.bufferedPageRange().count === startPage && bottom > top) {
      doc.save().moveTo(box.x + 2, top).lineTo(box.x + 2, bottom).lineWidth(2.5).strokeColor(colors.quote).stroke().restore();
    }
    doc.x = box.x;
  }

  private table(block: Extract<Block, { kind: 'table' }>, box: Box): void {
    const doc = this.doc;
    const columns = Math.max(...block.rows.map((row) => row.cells.length));
    if (!columns) return;
    doc.font('regular').fontSize(size.body - 1).fillColor(colors.text);
    doc.table({
      position: { x: box.x, y: doc.y },
      maxWidth: box.width,
      defaultStyle: { border: 0.5, borderColor: colors.rule, padding: 5 },
      rowStyles: (i) => (block.rows[i]?.header ? { backgroundColor: colors.codeBg, font: { src: 'bold' } } : undefined),
      data: block.rows.map((row) => Array.from({ length: columns }, (_, i) => this.text(row.cells[i] ?? ''))),
    });
    doc.x = box.x;
    doc.font('regular').fontSize(size.body).moveDown(0.6);
  }

  private block(block: Block, box: Box, gap = 0.6): void {
    const doc = this.doc;
    switch (block.kind) {
      case 'heading':
        return this.heading(block, box);
      case 'paragraph':
        return this.runs(block.runs, box, { fontSize: size.body, color: colors.text, gap });
      case 'code':
        return this.code(block.text, box);
      case 'list':
        return this.list(block, box);
      case 'quote':
        return this.quote(block.blocks, box);
      case 'table':
        return this.table(block, box);
      case 'rule': {
        this.ensure(16);
        const y = doc.y + 6;
        doc.save().moveTo(box.x, y).lineTo(box.x + box.width, y).lineWidth(0.75).strokeColor(colors.rule).stroke().restore();
        doc.y = y + 10;
        return;
      }
    }
  }

  private titleBlock(box: Box): void {
    const doc = this.doc;
    const { article } = this;
    doc.font('bold').fontSize(size.title).fillColor(colors.heading).text(this.text(article.title), box.x, doc.y, { width: box.width, lineGap: 2 });
    doc.moveDown(0.3);
    doc.font('regular').fontSize(size.meta).fillColor(colors.muted).text(this.text(article.updatedLabel), { width: box.width });
    doc.fillColor(colors.link).text(article.url, { width: box.width, link: article.url, underline: false });
    const y = doc.y + 10;
    doc.save().moveTo(box.x, y).lineTo(box.x + box.width, y).lineWidth(1).strokeColor(colors.rule).stroke().restore();
    doc.y = y + 18;
  }

  private footers(): void {
    writeFooters(this.doc, {
      label: this.text(this.article.title),
      pageLabel: (page, pages) => this.text(this.article.pageLabel(page, pages)),
      x: margin.left,
      width: this.doc.page.width - margin.left - margin.right,
      fontSize: size.footer,
      color: colors.muted,
    });
  }

  render(): Promise<Buffer> {
    const doc = this.doc;
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    const box = { x: margin.left, width: doc.page.width - margin.left - margin.right, depth: 0 };
    this.titleBlock(box);
    for (const block of this.article.blocks) this.block(block, box);
    this.footers();
    doc.end();
    return done;
  }
}

/** A PDF of the article: title, date and link, headings (also as bookmarks), lists, code, quotes, tables. */
export function articlePdf(article: PdfArticle, options: PdfOptions = {}): Promise<Buffer> {
  return new Writer(article, options.fonts ?? systemFonts(), options.compress ?? true).render();
}
