import { and, desc, eq, lt, or } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  type AttachmentContentType,
  type attachmentListQuery,
  type KnowledgeAttachment,
} from '../../shared/schemas/attachments.ts';
import type { AgentRole } from '../../shared/schemas/agents.ts';
import type { Page } from '../../shared/schemas/common.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { Db, Queryable } from '../db/open.ts';
import { agents, knowledgeArticles, knowledgeAttachments } from '../db/schema.ts';
import { decodeCursor, encodeCursor } from '../lib/cursor.ts';
import { AppError, forbidden, invalid, notFound } from '../lib/errors.ts';
import { uuidv7 } from '../lib/ids.ts';
import { contentTypeOf, detectKind, hasPdfTrailer, unsupportedFile } from './detect.ts';
import { safeFileName } from './file-name.ts';
import { reencodeImage, type ImageLimits } from './images.ts';
import type { UploadStore } from './storage.ts';

type AttachmentRow = typeof knowledgeAttachments.$inferSelect;

/** A file that passed every check, ready to be stored exactly as it is. */
export interface PreparedUpload {
  data: Buffer;
  fileName: string;
  contentType: AttachmentContentType;
  width: number | null;
  height: number | null;
  sha256: string;
}

/**
 * Decides what the bytes are (magic bytes only), then makes them safe: images are decoded and
 * re-encoded (see `reencodeImage`), PDFs must begin with `%PDF-n` and end with `%%EOF` and are
 * kept byte for byte. Anything else is refused with `unsupported_media_type`.
 */
export async function prepareUpload(bytes: Buffer, clientName: string, limits?: ImageLimits): Promise<PreparedUpload> {
  const kind = detectKind(bytes);
  if (!kind) throw unsupportedFile();
  let data = bytes;
  let width: number | null = null;
  let height: number | null = null;
  if (kind === 'pdf') {
    if (!hasPdfTrailer(bytes)) {
      throw new AppError(
        'unsupported_media_type',
        'The file starts like a PDF but does not end like one (no %%EOF marker); it may be truncated or not a PDF',
      );
    }
  } else {
    ({ data, width, height } = await reencodeImage(bytes, kind, limits));
  }
  return {
    data,
    fileName: safeFileName(clientName, kind),
    contentType: contentTypeOf[kind],
    width,
    height,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}

export const attachmentUrl = (id: string, fileName: string) => `/uploads/${id}/${encodeURIComponent(fileName)}`;

function articleExists(db: Queryable, articleId: string): boolean {
  return db.select({ id: knowledgeArticles.id }).from(knowledgeArticles).where(eq(knowledgeArticles.id, articleId)).get() !== undefined;
}

/** Cheap check before an upload is processed; repeated inside the transaction that stores it. */
export async function assertArticle(db: Db, articleId: string | null): Promise<void> {
  if (articleId && !articleExists(db, articleId)) throw invalid({ articleId: 'is not an article' });
}

const selectAttachments = (db: Queryable) =>
  db
    .select({ attachment: knowledgeAttachments, uploader: { id: agents.id, name: agents.name } })
    .from(knowledgeAttachments)
    .leftJoin(agents, eq(agents.id, knowledgeAttachments.uploadedBy));

function toAttachment({ attachment: row, uploader }: { attachment: AttachmentRow; uploader: { id: string; name: string } | null }): KnowledgeAttachment {
  return {
    id: row.id,
    url: attachmentUrl(row.id, row.fileName),
    fileName: row.fileName,
    contentType: row.contentType as AttachmentContentType,
    size: row.size,
    width: row.width,
    height: row.height,
    sha256: row.sha256,
    articleId: row.articleId,
    uploadedBy: uploader,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Stores the file (temp file + rename), then its row and audit entry in one transaction. If the
 * transaction fails the file is removed again; a crash in between leaves at most an orphan file
 * with no row, which is never served.
 */
export async function createAttachment(
  db: Db,
  store: UploadStore,
  upload: PreparedUpload,
  context: { articleId: string | null; uploader: { id: string; name: string }; actor: Actor },
): Promise<KnowledgeAttachment> {
  const now = new Date();
  const row: AttachmentRow = {
    id: uuidv7(now.getTime()),
    articleId: context.articleId,
    fileName: upload.fileName,
    contentType: upload.contentType,
    size: upload.data.byteLength,
    width: upload.width,
    height: upload.height,
    sha256: upload.sha256,
    uploadedBy: context.uploader.id,
    createdAt: now,
  };
  await store.write(row.id, upload.data);
  try {
    db.transaction((tx) => {
      if (row.articleId && !articleExists(tx, row.articleId)) throw invalid({ articleId: 'is not an article' });
      tx.insert(knowledgeAttachments).values(row).run();
      recordAudit(
        tx,
        context.actor,
        'attachment.uploaded',
        'attachment',
        row.id,
        { fileName: row.fileName, contentType: row.contentType, size: row.size, sha256: row.sha256, articleId: row.articleId },
        now,
      );
    });
  } catch (error) {
    await store.remove(row.id);
    throw error;
  }
  return toAttachment({ attachment: row, uploader: context.uploader });
}

export type AttachmentListFilter = z.output<typeof attachmentListQuery>;

/** Newest first; keyset on (created_at, id). */
export async function listAttachments(db: Db, filter: AttachmentListFilter): Promise<Page<KnowledgeAttachment>> {
  const after = filter.cursor ? decodeCursor(filter.cursor) : null;
  const rows = selectAttachments(db)
    .where(
      and(
        filter.articleId ? eq(knowledgeAttachments.articleId, filter.articleId) : undefined,
        after
          ? or(
              lt(knowledgeAttachments.createdAt, new Date(Number(after.value))),
              and(eq(knowledgeAttachments.createdAt, new Date(Number(after.value))), lt(knowledgeAttachments.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(knowledgeAttachments.createdAt), desc(knowledgeAttachments.id))
    .limit(filter.limit + 1)
    .all();
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toAttachment),
    nextCursor: rows.length > filter.limit && last ? encodeCursor(last.attachment.createdAt.getTime(), last.attachment.id) : null,
  };
}

/** The row behind a public file URL, or undefined. */
export async function findAttachment(db: Db, id: string): Promise<AttachmentRow | undefined> {
  return db.select().from(knowledgeAttachments).where(eq(knowledgeAttachments.id, id)).get();
}

/** Admins may delete any attachment; agents only their own. The row goes first, then the file. */
export async function deleteAttachment(
  db: Db,
  store: UploadStore,
  id: string,
  caller: { agentId: string; role: AgentRole; actor: Actor },
): Promise<void> {
  db.transaction((tx) => {
    const row = tx.select().from(knowledgeAttachments).where(eq(knowledgeAttachments.id, id)).get();
    if (!row) throw notFound('Attachment');
    if (caller.role !== 'admin' && row.uploadedBy !== caller.agentId) {
      throw forbidden('Only admins and the agent who uploaded a file can delete it');
    }
    tx.delete(knowledgeAttachments).where(eq(knowledgeAttachments.id, id)).run();
    recordAudit(tx, caller.actor, 'attachment.deleted', 'attachment', id, {
      fileName: row.fileName,
      contentType: row.contentType,
      sha256: row.sha256,
      articleId: row.articleId,
    });
  });
  await store.remove(id);
}
