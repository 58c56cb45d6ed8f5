import PDFDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import { systemFonts, toWinAnsi, type FontSet } from '../../helpcenter/pdf/fonts.ts';
import { writeFooters } from '../../helpcenter/pdf/footers.ts';
import { attachmentLine, customerVisible, day, headingRows, senderName, time, transcriptTitle } from './format.ts';
import type { Transcript } from './load.ts';

export interface TranscriptPdfOptions {
  /** The document's title (its metadata, and what viewers show in their title bar). */
  title: string;
  /** Deflate the page streams (default true). */
  compress?: boolean;
  fonts?: FontSet;
}

const colors = { text: '#1f2937', heading: '#0f172a', muted: '#6b7280', rule: '#d1d5db', customer: '#1d4ed8', agent: '#047857' };
const size = { title: 18, meta: 9, name: 9.5, body: 10.5, event: 9, footer: 8 };
const margin = { top: 56, bottom: 64, left: 64, right: 64 };
// Bytes the PDF may hold unread before we wait for the reader (a slow download).
const readBufferLimit = 1024 * 1024;

/**
 * Writes transcripts into one PDF, each starting on a new page with its own heading and page
 * numbers ("Page 2 of 3" counts that chat's pages). Pages are flushed after every chat, so an
 * export of a thousand chats streams out instead of building up in memory.
 */
class TranscriptPdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly width: number;

  constructor(
    private readonly fonts: FontSet,
    options: TranscriptPdfOptions,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: margin,
      compress: options.compress ?? true,
      bufferPages: true,
      autoFirstPage: false,
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: this.text(options.title), Creator: 'Lantern', Producer: 'Lantern', CreationDate: new Date() },
    });
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    this.doc.registerFont('italic', fonts.italic);
    this.width = 595.28 - margin.left - margin.right;
  }

  private text(value: string): string {
    return this.fonts.unicode ? value : toWinAnsi(value);
  }

  private get maxY(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private ensure(height: number): void {
    if (this.doc.y + height > this.maxY) this.doc.addPage();
  }

  private heading({ session }: Transcript): void {
    const doc = this.doc;
    doc.font('bold').fontSize(size.title).fillColor(colors.heading);
    doc.text(this.text(transcriptTitle(session)), margin.left, doc.y, { width: this.width });
    doc.moveDown(0.4);
    const rows = headingRows(session);
    const labelWidth = 70;
    for (const [label, value] of rows) {
      const y = doc.y;
      doc.font('bold').fontSize(size.meta).fillColor(colors.muted).text(this.text(label), margin.left, y, { width: labelWidth, lineBreak: false });
      doc.font('regular').fillColor(colors.text).text(this.text(value), margin.left + labelWidth, y, { width: this.width - labelWidth });
    }
    const y = doc.y + 8;
    doc.save().moveTo(margin.left, y).lineTo(margin.left + this.width, y).lineWidth(1).strokeColor(colors.rule).stroke().restore();
    doc.x = margin.left;
    doc.y = y + 14;
  }

  /** A centred muted line: a day change or a system event. */
  private event(value: string): void {
    const doc = this.doc;
    doc.font('italic').fontSize(size.event);
    this.ensure(doc.currentLineHeight(true) + 6);
    doc.fillColor(colors.muted).text(this.text(value), margin.left, doc.y, { width: this.width, align: 'center' });
    doc.moveDown(0.6);
  }

  private message(message: Transcript['messages'][number]): void {
    const doc = this.doc;
    doc.font('bold').fontSize(size.name);
    // Keep the sender's name with at least two lines of what they wrote.
    this.ensure(doc.currentLineHeight(true) + size.body * 3);
    const nameColor = message.sender.type === 'agent' ? colors.agent : colors.customer;
    doc.fillColor(nameColor).text(this.text(senderName(message)), margin.left, doc.y, { continued: true });
    doc.font('regular').fillColor(colors.muted).text(`  ${time(message.createdAt)}`);
    doc.moveDown(0.15);
    const body = message.body.replace(/\r\n?/g, '\n').trim();
    if (body) {
      doc.font('regular').fontSize(size.body).fillColor(colors.text).text(this.text(body), margin.left, doc.y, { width: this.width, lineGap: 2 });
    }
    for (const file of message.attachments) {
      doc.font('italic').fontSize(size.meta).fillColor(colors.muted).text(this.text(attachmentLine(file)), margin.left, doc.y, { width: this.width });
    }
    doc.moveDown(0.7);
  }

  /** "Acme Store · Chat with Ana Lima" and "Page n of m" on each of this chat's pages. */
  private footers(label: string): void {
    writeFooters(this.doc, {
      label: this.text(label),
      pageLabel: (page, pages) => `Page ${page} of ${pages}`,
      x: margin.left,
      width: this.width,
      fontSize: size.footer,
      color: colors.muted,
    });
  }

  add(transcript: Transcript): void {
    const doc = this.doc;
    doc.addPage();
    this.heading(transcript);
    const messages = customerVisible(transcript.messages);
    let currentDay = '';
    for (const message of messages) {
      if (day(message.createdAt) !== currentDay) {
        currentDay = day(message.createdAt);
        this.event(currentDay);
      }
      if (message.sender.type === 'system') this.event(`${message.body.replace(/\s+/g, ' ').trim()} · ${time(message.createdAt)}`);
      else this.message(message);
    }
    if (!messages.length) this.event('No messages');
    this.footers(`${transcript.session.siteName} · ${transcriptTitle(transcript.session)}`);
    // This chat's pages are final: write them out and let them go.
    doc.flushPages();
  }

  /** Waits while the reader is behind, so a slow download holds at most ~1 MB here. */
  async drained(): Promise<void> {
    while (this.doc.readableLength > readBufferLimit && !this.doc.destroyed) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Let the reader and other requests run between chats.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Transcripts as a PDF stream. Internal notes are left out always; system messages are shown
 * as events. `transcripts` may be produced lazily (an export loads chats batch by batch); an
 * error while producing them destroys the stream with that error.
 */
export function renderTranscriptPdf(transcripts: Iterable<Transcript> | AsyncIterable<Transcript>, options: TranscriptPdfOptions): Readable {
  const writer = new TranscriptPdfWriter(options.fonts ?? systemFonts(), options);
  const { doc } = writer;
  void (async () => {
    let count = 0;
    for await (const transcript of transcripts) {
      if (doc.destroyed) return;
      writer.add(transcript);
      count += 1;
      await writer.drained();
    }
    if (count === 0) {
      doc.addPage();
      doc.font('regular').fontSize(size.body).text('No chats.');
    }
    doc.end();
  })().catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return doc;
}
