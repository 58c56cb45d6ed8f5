import { eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/open.ts';
import { knowledgeArticles, knowledgeRevisions } from '../../db/schema.ts';
import { sanitizerVersion } from '../render/index.ts';
import { renderRevision } from './render.ts';

/**
 * Re-renders every revision whose HTML was made under other sanitizing rules (a policy change or
 * a DOMPurify upgrade, often a bypass fix). Runs at start, in batches; the markdown is untouched.
 */
export function resanitizeStaleRevisions(db: Db, batchSize = 500): number {
  let updated = 0;
  for (;;) {
    const stale = db
      .select({ id: knowledgeRevisions.id, content: knowledgeRevisions.content, excerpt: knowledgeRevisions.excerpt, locale: knowledgeArticles.locale })
      .from(knowledgeRevisions)
      .innerJoin(knowledgeArticles, eq(knowledgeArticles.id, knowledgeRevisions.articleId))
      .where(ne(knowledgeRevisions.sanitizerVersion, String(sanitizerVersion)))
      .limit(batchSize)
      .all();
    if (stale.length === 0) return updated;
    db.transaction((tx) => {
      for (const revision of stale) {
        const rendered = renderRevision(tx, revision.locale, revision.content, revision.excerpt);
        tx.update(knowledgeRevisions)
          .set({ html: rendered.html, text: rendered.text, sanitizerVersion: rendered.sanitizerVersion })
          .where(eq(knowledgeRevisions.id, revision.id))
          .run();
      }
    });
    updated += stale.length;
  }
}
