/** Letters that Unicode decomposition leaves whole but a reader treats as plain Latin letters. */
const standaloneLetters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const nonAscii = /[\u0080-\uffff]/;

/**
 * Lower-case without accents: "Café", "CAFE" and "cafe" must meet in one term, because customers
 * type without accents far more often than articles are written without them. Compatibility
 * decomposition (NFKD) also turns ligatures and full-width letters into plain ones.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII: skip the (comparatively slow) normalisation for it.
  if (!nonAscii.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => standaloneLetters[letter] ?? letter);
}
