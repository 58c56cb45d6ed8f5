import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/open.ts';
import { knowledgeArticles } from '../../db/schema.ts';
import { excerptFrom, parseArticleRef, renderArticle, sanitizerVersion } from '../render/index.ts';

/**
 * What a revision stores besides its markdown: safe HTML, plain text, and the rules' version.
 * `article:slug#part` links become help-center links when that article exists in the same language.
 */
export function renderRevision(db: Queryable, locale: string, content: string, excerpt: string | undefined) {
  const rendered = renderArticle(content, {
    resolveInternalLink(href) {
      const ref = parseArticleRef(href);
      if (!ref) return null;
      const exists = db
        .select({ id: knowledgeArticles.id })
        .from(knowledgeArticles)
        .where(and(eq(knowledgeArticles.locale, locale), eq(knowledgeArticles.slug, ref.slug)))
        .get();
      if (!exists) return null;
      return `/help/${locale}/articles/${ref.slug}${ref.fragment ? `#${ref.fragment}` : ''}`;
    },
  });
  return {
    html: rendered.html,
    text: rendered.text,
    excerpt: excerpt?.trim() ? excerpt.trim() : excerptFrom(rendered.text, 200),
    sanitizerVersion: String(sanitizerVersion),
  };
}
