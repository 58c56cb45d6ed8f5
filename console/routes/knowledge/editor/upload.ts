import type { AttachmentContentType } from '../../../../shared/schemas/attachments.ts';
import { attachmentLimits } from '../../../../shared/schemas/attachment-limits.ts';
import { api } from '../../../lib/api.ts';

/**
 * Files dropped, pasted or picked in the editor: checked here first (type, size) so a wrong file
 * fails at once, then uploaded; the answer is the markdown to insert.
 */
// Typed by the schema's union, so a type the server adds fails the check here until it is listed.
const typeNames: Record<AttachmentContentType, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
};
const maxBytes = attachmentLimits.fileBytes;
const maxName = attachmentLimits.fileName;

export const acceptedTypes = Object.keys(typeNames).join(',');

/** Why this file cannot be uploaded, or null. */
export function fileProblem(file: File): string | null {
  if (!(file.type in typeNames)) return `${file.name || 'This file'} is not a PNG, JPEG, WebP or GIF image, or a PDF.`;
  if (file.size > maxBytes) return `${file.name || 'This file'} is larger than ${maxBytes / 1024 / 1024} MB.`;
  return null;
}

/** "Screenshot 2024-05-01.png" → "Screenshot 2024-05-01": the alt text to start from. */
const altFrom = (name: string) => name.replace(/\.[a-z0-9]+$/i, '').replace(/[[\]]/g, '').trim() || 'image';

/** A pasted screenshot has no useful name: give it one the server accepts. */
export function fileNameOf(file: File): string {
  const extension = file.type === 'application/pdf' ? 'pdf' : file.type.split('/')[1] ?? 'png';
  const name = file.name && file.name !== 'image.png' ? file.name : `pasted-image-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${extension}`;
  return name.slice(-maxName);
}

export async function uploadFile(file: File, articleId: string | undefined): Promise<string> {
  const fileName = fileNameOf(file);
  const attachment = await api.knowledge.upload(file, fileName, articleId);
  const label = altFrom(attachment.fileName || fileName);
  return attachment.contentType === 'application/pdf' ? `[${label}](${attachment.url})` : `![${label}](${attachment.url})`;
}
