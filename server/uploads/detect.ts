import type { AttachmentContentType } from '../../shared/schemas/attachments.ts';
import { AppError } from '../lib/errors.ts';

export type ImageKind = 'png' | 'jpeg' | 'webp' | 'gif';
export type FileKind = ImageKind | 'pdf';

export const contentTypeOf: Record<FileKind, AttachmentContentType> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
};

export const labelOf: Record<FileKind, string> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP', gif: 'GIF', pdf: 'PDF' };

const ascii = (text: string) => Buffer.from(text, 'latin1');

const startsWith = (bytes: Uint8Array, prefix: Uint8Array, at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const jpeg = Uint8Array.of(0xff, 0xd8, 0xff);
const gif87 = ascii('GIF87a');
const gif89 = ascii('GIF89a');
const riff = ascii('RIFF');
const webp = ascii('WEBP');
const pdf = ascii('%PDF-');

/**
 * The file's type, judged only by its first bytes (the name and the client's Content-Type are
 * never trusted). The signature must sit at offset 0: anything that starts with text (HTML, SVG,
 * scripts, a polyglot with an image glued behind a comment) is not one of ours.
 */
export function detectKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, png)) return 'png';
  if (startsWith(bytes, jpeg)) return 'jpeg';
  if (startsWith(bytes, gif87) || startsWith(bytes, gif89)) return 'gif';
  if (startsWith(bytes, riff) && startsWith(bytes, webp, 8)) return 'webp';
  // `%PDF-1.7`, `%PDF-2.0`: a version digit must follow, so "%PDF-<script>" is not a PDF.
  if (startsWith(bytes, pdf) && bytes.length > pdf.length && isDigit(bytes[pdf.length])) return 'pdf';
  return null;
}

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

const eofMarker = ascii('%%EOF');
/** Readers look for the trailer near the end; allow trailing whitespace or a little junk, as they do. */
const eofWindow = 1024;

/** A PDF must also end like one: `%%EOF` within the last KB. Catches truncated files and plain fakes. */
export function hasPdfTrailer(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - eofWindow));
  return tail.includes(eofMarker);
}

export const acceptedTypesText = 'PNG, JPEG, WebP or GIF images and PDF documents';

export function unsupportedFile(): AppError {
  return new AppError(
    'unsupported_media_type',
    `Only ${acceptedTypesText} can be uploaded, and this file's content is none of them (the type is read from the file itself, not from its name). SVG, HTML and other formats are refused.`,
  );
}
