/**
 * The browser's language as the server's locale format (`en`, `pt-BR`): language and region only,
 * so `zh-Hant-TW` asks for `zh` and `es-419` for `es`. The server answers in the nearest locale
 * that has live articles, falling back to `en` (server/widget/knowledge-queries.ts).
 */
export function browserLocale(language = navigator.language): string {
  const match = /^([a-z]{2})(?![a-z])(?:-([a-z]{2})(?![a-z\d]))?/i.exec(language);
  if (!match?.[1]) return 'en';
  return match[1].toLowerCase() + (match[2] ? `-${match[2].toUpperCase()}` : '');
}
