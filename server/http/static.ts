import type { Context } from 'hono';
import { createReadStream, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Hashed file names never change content; everything else must be revalidated. */
export const cacheForever = 'public, max-age=31536000, immutable';
export const cacheRevalidate = 'no-cache';

/**
 * Answers with a file below `root`, or null if there is none. Paths that climb out of `root`
 * (`..`, encoded or not) are treated as missing.
 */
export function fileResponse(
  c: Context,
  root: string,
  relativePath: string,
  headers: Record<string, string> = {},
): Response | null {
  const base = resolve(root);
  const file = resolve(base, `.${sep}${relativePath}`);
  if (file !== base && !file.startsWith(base + sep)) return null;
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return null;
    size = stat.size;
  } catch {
    return null;
  }
  const body = c.req.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(file)) as ReadableStream);
  return new Response(body, {
    headers: {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-length': String(size),
      'x-content-type-options': 'nosniff',
      ...headers,
    },
  });
}
