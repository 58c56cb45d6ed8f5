import { Readable } from 'node:stream';
import type { TranscriptFormat } from '../../../shared/schemas/transcripts.ts';
import type { Queryable } from '../../db/open.ts';
import type { DownloadFile } from '../../http/download.ts';
import { loadTranscript, loadTranscripts, type Transcript } from './load.ts';
import { renderTranscriptPdf } from './render-pdf.ts';
import { exportTextHeader, exportTextSection, renderTranscriptText } from './render-text.ts';
import { downloadName } from '../../lib/download-name.ts';
import { day, transcriptFileStem, transcriptTitle } from './format.ts';

// Chats read from the database at a time while an export streams: few queries, little memory.
const batchSize = 50;

export interface TranscriptFile extends DownloadFile {
  body: Readable;
}

export const contentTypes: Record<TranscriptFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
};

/** The chats, loaded a batch at a time as the reader consumes them, yielding to other work between batches. */
async function* transcriptsOf(db: Queryable, sessionIds: readonly string[]): AsyncGenerator<Transcript> {
  for (let i = 0; i < sessionIds.length; i += batchSize) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    yield* loadTranscripts(db, sessionIds.slice(i, i + batchSize));
  }
}

/** One chat's customer-facing transcript (no internal notes) as a download. */
export function transcriptFile(db: Queryable, sessionId: string, format: TranscriptFormat): TranscriptFile {
  const transcript = loadTranscript(db, sessionId);
  const { session, messages } = transcript;
  return {
    fileName: downloadName(transcriptFileStem(session), format),
    contentType: contentTypes[format],
    body:
      format === 'pdf'
        ? renderTranscriptPdf([transcript], { title: `${transcriptTitle(session)} (${session.siteName})` })
        : Readable.from([Buffer.from(renderTranscriptText(session, messages))]),
  };
}

/** Many chats in one file, newest first, streamed as they are read. */
export function exportFile(db: Queryable, sessionIds: readonly string[], format: TranscriptFormat, now = new Date()): TranscriptFile {
  const fileName = downloadName(`chat-transcripts-${day(now.toISOString())}`, format);
  if (format === 'pdf') {
    return {
      fileName,
      contentType: contentTypes.pdf,
      body: renderTranscriptPdf(transcriptsOf(db, sessionIds), { title: `Chat transcripts (${sessionIds.length})` }),
    };
  }
  async function* text() {
    // Bytes, not strings: the HTTP layer hands these chunks to the response as they are.
    yield Buffer.from(exportTextHeader(sessionIds.length, now));
    for await (const transcript of transcriptsOf(db, sessionIds)) yield Buffer.from(exportTextSection(transcript));
  }
  return { fileName, contentType: contentTypes.txt, body: Readable.from(text()) };
}
