import { z } from 'zod';
import { id, pageQuery, type IsoDate } from './common.ts';

/** What the knowledge base accepts as attachments, decided by the file's bytes, never its name. */
export const attachmentContentTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'] as const;
export type AttachmentContentType = (typeof attachmentContentTypes)[number];

export const attachmentLimits = {
  /** Largest file accepted, in bytes (before images are re-encoded). */
  fileBytes: 10 * 1024 * 1024,
  /** Images are scaled down so their long side is at most this many pixels. */
  longSide: 2000,
  /** Decoded size limit (all frames of an animation together): refuses decompression bombs. */
  inputPixels: 50_000_000,
  fileName: 120,
} as const;

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
