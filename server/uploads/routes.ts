import { Hono } from 'hono';
import { attachmentLimits, attachmentListQuery } from '../../shared/schemas/attachments.ts';
import { id as idSchema } from '../../shared/schemas/common.ts';
import { actorOf } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { principalOf } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { cacheForever, fileResponse } from '../http/static.ts';
import { readId, readQuery } from '../http/validate.ts';
import { AppError } from '../lib/errors.ts';
import { contentDisposition, isHarmlessNameSegment } from './file-name.ts';
import { readUploadForm } from './multipart.ts';
import { assertArticle, createAttachment, deleteAttachment, findAttachment, listAttachments, prepareUpload } from './queries.ts';
import { UploadStore } from './storage.ts';

/**
 * Where the lead mounts `uploadRoutes`. The app's 1 MB JSON body limit must not apply to this one
 * POST: it enforces its own 10 MB limit while reading (see `readUploadForm`).
 */
export const uploadApiPath = '/api/support/knowledge/attachments';

export const isUploadRequest = (method: string, path: string) => method === 'POST' && path === uploadApiPath;

/**
 * Even if a browser ignores the Content-Type and nosniff, nothing in an uploaded file can run:
 * no scripts, no plugins, no forms, no same-origin access (sandbox), and it may only show images
 * from here. Inline styles stay allowed for the browser's own image/PDF viewer pages.
 */
export const uploadContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/** The agents' API: upload (multipart `file`, optional `articleId`), list, delete. */
export function uploadRoutes({ database, config }: Deps) {
  const { db } = database;
  const store = new UploadStore(config.dataDir);
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await listAttachments(db, readQuery(c, attachmentListQuery))))
    .post('/', async (c) => {
      const principal = principalOf(c);
      const form = await readUploadForm(c.req.raw, attachmentLimits.fileBytes).catch((error: unknown) => {
        // Refused before the body was read to its end: close the connection instead of draining
        // whatever the client is still sending (and so nobody reuses a half-read connection).
        if (error instanceof AppError && error.code === 'payload_too_large') c.header('connection', 'close');
        throw error;
      });
      await assertArticle(db, form.articleId);
      const upload = await prepareUpload(form.bytes, form.fileName);
      const attachment = await createAttachment(db, store, upload, {
        articleId: form.articleId,
        uploader: { id: principal.agent.id, name: principal.agent.name },
        actor: actorOf(principal),
      });
      return c.json(attachment, 201);
    })
    .delete('/:id', async (c) => {
      const principal = principalOf(c);
      await deleteAttachment(db, store, readId(c), { agentId: principal.agent.id, role: principal.role, actor: actorOf(principal) });
      return c.body(null, 204);
    });
}

/**
 * Public file serving at `/uploads/:id/:name` (the widget shows these images on other sites).
 * The id alone picks the file; `:name` is cosmetic but must not look like a path. Content-Type
 * and the download name come from the database row, never from the URL.
 */
export function uploadFileRoutes({ database, config }: Deps) {
  const { db } = database;
  const store = new UploadStore(config.dataDir);
  const missing = () => new AppError('not_found', 'No such file');
  return new Hono<AppEnv>().get('/:id/:name', async (c) => {
    const id = c.req.param('id');
    if (!idSchema.safeParse(id).success || !isHarmlessNameSegment(c.req.param('name'))) throw missing();
    const row = await findAttachment(db, id);
    if (!row) throw missing();

    const etag = `"${row.sha256}"`;
    const headers: Record<string, string> = {
      'content-type': row.contentType,
      'x-content-type-options': 'nosniff',
      'content-disposition': contentDisposition(row.contentType.startsWith('image/') ? 'inline' : 'attachment', row.fileName),
      'cache-control': cacheForever,
      'content-security-policy': uploadContentSecurityPolicy,
      'cross-origin-resource-policy': 'cross-origin',
      etag,
    };
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      return new Response(null, { status: 304, headers });
    }
    const response = fileResponse(c, store.dir, id, headers);
    if (!response) throw missing(); // a row whose file was removed by hand
    return response;
  });
}
