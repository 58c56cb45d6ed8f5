/**
 * The first `maxChars` characters of `text` (whitespace collapsed), cut at a word boundary with an
 * ellipsis. Counts code points, so an emoji or a CJK supplement character is never split. A single
 * word longer than the limit is cut inside the word.
 */
export function excerptFrom(text: string, maxChars = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat.slice(0, (maxChars + 1) * 2));
  if (chars.length <= maxChars) return flat;
  const room = Math.max(1, maxChars - 1); // leave a place for the ellipsis
  let cut = chars.slice(0, room + 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  cut = lastSpace > 0 ? cut.slice(0, lastSpace) : Array.from(cut).slice(0, room).join('');
  return `${cut.replace(/[\s,;:.!?\-–—]+$/u, '')}…`;
}
