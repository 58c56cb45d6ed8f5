import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/**
 * A short content hash of a built asset. The build writes the app's hash into widget.js
 * (vite.config.ts) and the server recomputes it to decide whether a request for
 * `widget-app.js?v=…` names the file it has: both sides must use this one function.
 */
export function contentVersion(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 16);
}

const cache = new Map<string, { mtimeMs: number; size: number; version: string }>();

/** The content version of a file, or null if it does not exist; rehashed only when the file changes. */
export function fileVersion(path: string): string | null {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return null;
  }
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.version;
  const version = contentVersion(readFileSync(path));
  cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, version });
  return version;
}
