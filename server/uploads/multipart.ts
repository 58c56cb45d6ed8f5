import { id } from '../../shared/schemas/common.ts';
import { AppError, invalid } from '../lib/errors.ts';

/** Room for the multipart envelope (boundaries, part headers, the articleId field) around the file. */
const envelopeBytes = 64 * 1024;

export interface UploadForm {
  bytes: Buffer;
  /** The name the client gave; only a hint for the stored name, never for the type. */
  fileName: string;
  articleId: string | null;
}

export function tooLarge(maxFileBytes: number): AppError {
  return new AppError('payload_too_large', `Files are limited to ${formatBytes(maxFileBytes)}`);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Reads a request body, giving up as soon as it is bigger than `maxBytes`: a declared
 * Content-Length over the limit is refused before anything is read, and a chunked body is counted
 * as it arrives, so an oversized upload is never held in memory.
 */
export async function readBodyWithin(request: Request, maxBytes: number, onTooLarge: () => Error): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw onTooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading; the server drains (or drops) what the client is still sending.
      void reader.cancel().catch(() => undefined);
      throw onTooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const multipartType = /^multipart\/form-data\s*;.*\bboundary=/i;

/**
 * The upload form: exactly one `file` part and an optional `articleId`; other fields are refused
 * so a typo is not silently ignored. Sizes are enforced while reading (see `readBodyWithin`).
 */
export async function readUploadForm(request: Request, maxFileBytes: number): Promise<UploadForm> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!multipartType.test(contentType)) {
    throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data, in a field named "file"');
  }
  const body = await readBodyWithin(request, maxFileBytes + envelopeBytes, () => tooLarge(maxFileBytes));
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw invalid({ _: 'is not a well-formed multipart/form-data body' }, 'The upload could not be read');
  }

  const fields: Record<string, string> = {};
  const keys = [...new Set(form.keys())];
  for (const key of keys) {
    if (key !== 'file' && key !== 'articleId') fields[key] = 'is not a known field';
    else if (form.getAll(key).length > 1) fields[key] = 'must be given once';
  }
  const file = form.get('file');
  if (file === null) fields.file ??= 'is required';
  else if (typeof file === 'string') fields.file ??= 'must be a file';
  else if (file.size === 0) fields.file ??= 'is empty';

  const rawArticleId = form.get('articleId');
  let articleId: string | null = null;
  if (typeof rawArticleId === 'string' && rawArticleId.trim() !== '') {
    if (id.safeParse(rawArticleId.trim()).success) articleId = rawArticleId.trim();
    else fields.articleId ??= 'must be an id';
  } else if (rawArticleId !== null && typeof rawArticleId !== 'string') {
    fields.articleId ??= 'must be text';
  }
  if (Object.keys(fields).length) throw invalid(fields, 'The upload is not valid');

  const upload = file as File;
  if (upload.size > maxFileBytes) throw tooLarge(maxFileBytes);
  return { bytes: Buffer.from(await upload.arrayBuffer()), fileName: upload.name, articleId };
}
