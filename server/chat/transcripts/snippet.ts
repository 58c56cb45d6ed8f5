/**
 * A short excerpt of a message around the first word the search matched. FTS5's own snippet()
 * needs the text in the index, and ours is contentless, so the same matching (lower case,
 * accents removed, words as prefixes) is redone here on the one message shown.
 */

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The text folded character by character, with where each folded character came from. */
function foldWithPositions(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let i = 0; i < piece.length; i += 1) origin.push(index);
    folded += piece;
    index += char.length;
  }
  return { folded, origin };
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Where the first word starting with one of the query's words begins in `text`, or -1. */
export function firstMatchIndex(text: string, query: string): number {
  const words = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return -1;
  const { folded, origin } = foldWithPositions(text);
  let best = -1;
  for (const word of words) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(word, from);
      if (at < 0) break;
      if (!isWordChar(folded[at - 1])) {
        const start = origin[at] ?? 0;
        if (best < 0 || start < best) best = start;
        break;
      }
      from = at + 1;
    }
  }
  return best;
}

/** About `width` characters of `text` around the first match, whitespace collapsed, with … where cut. */
export function snippetAround(text: string, query: string, width = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const at = Math.max(0, firstMatchIndex(flat, query));
  let start = Math.max(0, at - Math.floor(width / 3));
  let end = Math.min(flat.length, start + width);
  start = Math.max(0, end - width);
  // Cut at spaces so no word is shown half.
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < at) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
