import { purify } from './purifier.ts';

/**
 * The article policy applied to HTML: for HTML stored under an older `sanitizerVersion` when its
 * markdown cannot be rendered again. Idempotent: sanitizing its output changes nothing. Keeps the
 * heading ids renderArticle generated; `article:` references (which stored HTML never holds) are
 * dropped because there is nothing to resolve them with.
 */
export function sanitizeHtml(html: string): string {
  return purify(html).root.innerHTML;
}
