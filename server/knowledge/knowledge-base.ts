import type { z } from 'zod';
import type { SearchResult, searchQuery, Suggestions, suggestionsInput, suggestQuery } from '../../shared/schemas/knowledge.ts';
import type { Db } from '../db/open.ts';
import { knowledgeSearches } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';
import { liveDocument, liveDocuments } from './articles/live-documents.ts';
import { resanitizeStaleRevisions } from './articles/resanitize.ts';
import { KnowledgeSearch } from './search/knowledge-search.ts';

type SearchSource = 'widget' | 'help_center' | 'console';

/**
 * The search side of the knowledge base: an in-memory index per locale over live articles,
 * rebuilt at start and kept in step with every publish, unpublish, archive and delete.
 */
export class KnowledgeBase {
  private readonly index = new KnowledgeSearch();

  constructor(private readonly db: Db) {
    resanitizeStaleRevisions(db);
    this.rebuild();
  }

  rebuild(): void {
    this.index.rebuild(liveDocuments(this.db));
  }

  /** Brings one article's entry in line with the database (added, replaced, or removed). */
  sync(articleId: string): void {
    const doc = liveDocument(this.db, articleId);
    if (doc) this.index.replace(doc);
    else this.index.remove(articleId);
  }

  /** Customers' searches are logged (query, locale, result count) for "searches with no result". */
  search(query: z.output<typeof searchQuery>, source: SearchSource): SearchResult {
    const result = this.index.search(query.locale, query.q, { categoryId: query.categoryId, tags: query.tag ? [query.tag] : undefined, limit: query.limit });
    if (source !== 'console' && query.q) {
      this.db
        .insert(knowledgeSearches)
        .values({ id: uuidv7(), locale: query.locale, query: query.q, results: result.total, source, createdAt: new Date() })
        .run();
    }
    return result;
  }

  suggest(query: z.output<typeof suggestQuery>): Suggestions {
    return this.index.suggest(query.locale, query.q, query.limit);
  }

  related(articleId: string, limit = 5) {
    return this.index.related(articleId, limit);
  }

  suggestForText(input: z.output<typeof suggestionsInput>) {
    return this.index.suggestForText(input.locale, input.text, input.limit);
  }
}
