/**
 * Which web pages may run a site's widget. This is not access control (the config is public and
 * anyone can fetch it without a browser); it stops a copied embed snippet from working on someone
 * else's site. The server's own origin is always allowed, so /demo works for every site.
 */
export function isOriginAllowed(origin: string, allowedOrigins: readonly string[], publicUrl: string): boolean {
  const normalized = normalizeOrigin(origin);
  if (normalized === null) return false; // "null" (sandboxed frames, file://) or garbage
  return normalized === new URL(publicUrl).origin || allowedOrigins.includes(normalized);
}

function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
