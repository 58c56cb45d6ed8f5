import { attachmentLimits } from '../../shared/schemas/attachments.ts';
import type { FileKind } from './detect.ts';

/** Extensions a file of each kind may keep; the first one is used when the name has none that fits. */
const extensionsOf: Record<FileKind, readonly string[]> = {
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  webp: ['webp'],
  gif: ['gif'],
  pdf: ['pdf'],
};

const fallbackStem: Record<FileKind, string> = { png: 'image', jpeg: 'image', webp: 'image', gif: 'image', pdf: 'document' };

/** Letters, marks and digits of any script, spaces and `- _ ( )`; everything else becomes `-`. */
const unsafeChars = /[^\p{L}\p{M}\p{N} _()-]/gu;
/** Controls, format characters (bidi overrides such as U+202E, zero-width joiners) and line separators. */
const invisibleChars = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** An extension worth dropping: 1–5 ASCII letters/digits with at least one letter (`php`, `svg`, `JPG`, not `2`). */
const extensionPattern = /\.([a-z0-9]{1,5})$/i;

const maxStem = attachmentLimits.fileName - 6; // room for ".jpeg"

/**
 * A name that is safe to show, to put in a URL path segment and in a Content-Disposition header:
 * no directory part, no path separators, no dots but the one before the extension, no control or
 * invisible characters, capped in length, and an extension that matches the detected type (a PNG
 * uploaded as `shell.php` is `shell.png`; a JPEG named `photo.png` becomes `photo.jpg`).
 */
export function safeFileName(raw: string | null | undefined, kind: FileKind): string {
  let name = (raw ?? '').normalize('NFC').replace(invisibleChars, '');
  // Browsers may send a full path (old IE, some mobile pickers): keep only the last part.
  name = name.split(/[\\/]/).pop() ?? '';

  const allowed = extensionsOf[kind];
  let extension = allowed[0] as string;
  const match = extensionPattern.exec(name);
  if (match?.[1] && /[a-z]/i.test(match[1])) {
    const given = match[1].toLowerCase();
    if (allowed.includes(given)) extension = given;
    name = name.slice(0, -match[0].length);
  }

  let stem = name
    .replace(unsafeChars, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s._-]+|[\s._-]+$/g, '');
  const codePoints = Array.from(stem);
  if (codePoints.length > maxStem) stem = codePoints.slice(0, maxStem).join('').replace(/[\s._-]+$/, '');
  return `${stem || fallbackStem[kind]}.${extension}`;
}

/** RFC 5987 `attr-char`s stay, everything else is percent-encoded UTF-8. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `inline` or `attachment` with the name, quoted for old clients (non-ASCII replaced) and given
 * exactly as `filename*` (RFC 6266 / 5987) when it is not plain ASCII.
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const plain = `${type}; filename="${fallback}"`;
  return fallback === fileName ? plain : `${plain}; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** A `:name` URL segment that cannot be a path: no separators, no dot segments, no controls. */
export function isHarmlessNameSegment(name: string): boolean {
  return name.length > 0 && name.length <= 255 && name !== '.' && name !== '..' && !/[\\/\p{Cc}]/u.test(name);
}
