import { z } from 'zod';
import { id, pageQuery, type IsoDate } from './common.ts';

/** What the knowledge base accepts as attachments, decided by the file's bytes, never its name. */
export const attachmentContentTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'] as const;
export type AttachmentContentType = (typeof attachmentContentTypes)[number];

export { attachmentLimits } from './attachment-limits.ts';

/** An uploaded image or PDF. `url` is same-origin and never changes content (cache it forever). */
export interface KnowledgeAttachment {
  id: string;
  url: string;
  fileName: string;
  contentType: AttachmentContentType;
  /** Bytes as stored (images after re-encoding). */
  size: number;
  /** Pixels as stored (one frame of an animation); null for PDFs. */
  width: number | null;
  height: number | null;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
  articleId: string | null;
  uploadedBy: { id: string; name: string } | null;
  createdAt: IsoDate;
}

export const attachmentListQuery = z.strictObject({
  articleId: id.optional(),
  ...pageQuery,
});
export type AttachmentListQuery = z.input<typeof attachmentListQuery>;
