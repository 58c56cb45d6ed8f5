import type { Context } from 'hono';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import type { Logger } from '../lib/logger.ts';

/** A file to send as a download: its body streams as it is produced. */
export interface DownloadFile {
  fileName: string;
  contentType: string;
  body: Readable | ReadableStream<Uint8Array>;
}

/**
 * A download response: an attachment with an ASCII file name (see lib/download-name.ts), never
 * sniffed or cached. A body that fails half-way is logged; the client sees a cut-off download.
 */
export function sendDownload(c: Context, file: DownloadFile, logger: Logger, headers: Record<string, string> = {}): Response {
  let body: ReadableStream<Uint8Array>;
  if (file.body instanceof Readable) {
    file.body.on('error', (error) => logger.error('download stream failed', { requestId: c.get('requestId'), error: String(error) }));
    // Node's web stream type and the DOM lib's differ only on paper.
    body = Readable.toWeb(file.body) as NodeWebReadableStream<Uint8Array> as unknown as ReadableStream<Uint8Array>;
  } else {
    body = file.body;
  }
  return c.body(body, 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.fileName}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    ...headers,
  });
}
