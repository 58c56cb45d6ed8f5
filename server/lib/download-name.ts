/** A file name for a download: ASCII, no path characters, at most 80 characters before the extension. */
export function downloadName(stem: string, extension: string): string {
  const safe = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${safe || 'download'}.${extension}`;
}
