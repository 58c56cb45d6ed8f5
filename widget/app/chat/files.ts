import { attachmentLimits } from '../../../shared/schemas/attachment-limits.ts';

/** What the file picker offers. The server decides by the file's bytes; this only spares a wasted upload. */
export const acceptedTypes = 'image/png,image/jpeg,image/gif,image/webp,application/pdf';
// chatLimits.attachments, written out: importing the protocol module's values would bundle zod.
export const maxFiles = 5;

/** Why `file` cannot be sent, or null when it may be. */
export function fileProblem(file: File): string | null {
  if (!acceptedTypes.split(',').includes(file.type)) return `${file.name}: only images and PDFs can be sent.`;
  if (file.size > attachmentLimits.fileBytes) return `${file.name} is larger than ${attachmentLimits.fileBytes / 1024 / 1024} MB.`;
  return null;
}
