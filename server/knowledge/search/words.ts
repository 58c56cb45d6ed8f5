/**
 * A word of running text: letters, digits and combining marks, possibly joined by apostrophes
 * ("don't", "customer's") or hyphens ("wi-fi", "two-step"). Everything else separates words, so
 * no character in a query has any meaning to the engine beyond that.
 */
export const wordPattern = /[\p{L}\p{N}\p{M}]+(?:['’ʼ‘\-‐‑][\p{L}\p{N}\p{M}]+)*/gu;
/** ASCII letters and digits, or any non-ASCII character (sorted out later by wordPattern). */
function isRoughWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code >= 128;
}

/**
 * Where each word of a text starts and ends, flattened: [start, end, start, end, …]. A
 * hand-written first cut (ASCII letters and digits, ASCII apostrophes and hyphens between them,
 * any non-ASCII character) that is then re-cut with wordPattern only where it met non-ASCII text:
 * most words are plain ASCII, and indexing a large help centre reads millions of them.
 */
export function wordBounds(text: string): number[] {
  const bounds: number[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isRoughWordCode(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isRoughWordCode(code)) {
        if (code >= 128) ascii = false;
        i += 1;
      } else if ((code === 39 || code === 45) && i + 1 < length && isRoughWordCode(text.charCodeAt(i + 1))) {
        i += 1;
      } else {
        break;
      }
    }
    if (ascii) {
      bounds.push(start, i);
    } else {
      for (const exact of text.slice(start, i).matchAll(wordPattern)) {
        const from = start + (exact.index as number);
        bounds.push(from, from + exact[0].length);
      }
    }
  }
  return bounds;
}

/** The words of a text with where they start. */
export function words(text: string): { word: string; start: number }[] {
  const bounds = wordBounds(text);
  const found: { word: string; start: number }[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const start = bounds[i] as number;
    found.push({ word: text.slice(start, bounds[i + 1]), start });
  }
  return found;
}

const apostrophes = /['’ʼ‘]/;
const hyphens = /[-‐‑]/;
/** French and Italian elisions: l'adresse, d'accès, qu'il. */
const elided = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu']);

/** "customer's" → "customer", "don't" → "dont", "l'adresse" → "adresse". */
function withoutApostrophes(segment: string): string {
  const pieces = segment.split(apostrophes);
  if (pieces.length > 1 && pieces[pieces.length - 1] === 's') pieces.pop();
  const first = pieces[0] ?? '';
  if (pieces.length > 1 && elided.has(first) && (pieces[1]?.length ?? 0) >= 3) pieces.shift();
  return pieces.join('');
}

/**
 * The raw terms one (folded) word stands for, before stop words and stemming. A hyphenated word
 * yields its parts and the parts joined, so "wi-fi" meets "wifi" and "two-step" meets "two step".
 */
export function splitWord(word: string): string[] {
  if (!hyphens.test(word)) return [apostrophes.test(word) ? withoutApostrophes(word) : word];
  const parts = word.split(hyphens).map(withoutApostrophes).filter((part) => part.length > 0);
  return parts.length > 1 ? [...parts, parts.join('')] : parts;
}
