import { Hono } from 'hono';
import { id as idSchema } from '../../../shared/schemas/common.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { fileResponse } from '../../http/static.ts';
import { AppError } from '../../lib/errors.ts';
import { contentDisposition } from '../../uploads/file-name.ts';
import { uploadContentSecurityPolicy } from '../../uploads/routes.ts';
import { UploadStore } from '../../uploads/storage.ts';
import { findChatAttachment } from '../attachments.ts';
import { chatDepsOf } from '../deps.ts';
import { isValidFileSignature } from '../file-urls.ts';

/**
 * Chat files at /api/chat-files/:id?sig=…: only with the signature the message's URL carries
 * (checked before the database is asked). Served as stored, typed from the row, never sniffed,
 * sandboxed, and cached privately (a file never changes under its id).
 */
export function chatFileRoutes(deps: Deps) {
  const chat = chatDepsOf(deps);
  const uploads = new UploadStore(deps.config.dataDir);
  return new Hono<AppEnv>().get('/:id', async (c) => {
    const id = c.req.param('id');
    if (!idSchema.safeParse(id).success) throw new AppError('not_found', 'No such file');
    if (!isValidFileSignature(deps.config.secret, id, c.req.query('sig') ?? '')) {
      throw new AppError('forbidden', 'This file link is not valid; open the file from its chat message');
    }
    const row = await findChatAttachment(chat, id);
    if (!row) throw new AppError('not_found', 'No such file');
    const response = fileResponse(c, uploads.dir, id, {
      'content-type': row.contentType,
      'x-content-type-options': 'nosniff',
      'content-disposition': contentDisposition(row.contentType.startsWith('image/') ? 'inline' : 'attachment', row.fileName),
      'cache-control': 'private, max-age=31536000, immutable',
      'content-security-policy': uploadContentSecurityPolicy,
      // Shown in the widget on customers' own sites.
      'cross-origin-resource-policy': 'cross-origin',
      etag: `"${row.sha256}"`,
    });
    if (!response) throw new AppError('not_found', 'No such file');
    return response;
  });
}
