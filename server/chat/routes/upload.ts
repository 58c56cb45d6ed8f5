import type { Context } from 'hono';
import { attachmentLimits } from '../../../shared/schemas/attachments.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import { readUploadForm } from '../../uploads/multipart.ts';
import { prepareUpload, type PreparedUpload } from '../../uploads/queries.ts';

/** Chat uploads go through the same limit, multipart reading and multipart checks as KB uploads. */
export const isChatUploadRequest = (method: string, path: string) =>
  method === 'POST' &&
  (/^\/api\/widget\/sites\/[^/]+\/chat\/sessions\/[^/]+\/attachments$/.test(path) || /^\/api\/support\/chats\/[^/]+\/attachments$/.test(path));

/**
 * Reads the multipart `file` and decides what it is by its bytes (server/uploads): images are
 * re-encoded, PDFs checked end to end, anything else (HTML named .png included) is 415. Nothing is
 * stored here.
 */
export async function readChatUpload(c: Context): Promise<PreparedUpload> {
  const form = await readUploadForm(c.req.raw, attachmentLimits.fileBytes).catch((error: unknown) => {
    // Refused before the body was read to its end: close rather than drain what is still coming.
    if (error instanceof AppError && error.code === 'payload_too_large') c.header('connection', 'close');
    throw error;
  });
  if (form.articleId !== null) throw invalid({ articleId: 'is not a known field' }, 'The upload is not valid');
  return prepareUpload(form.bytes, form.fileName);
}
