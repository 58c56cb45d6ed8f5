import type { ArticleListQuery, ArticleSummary } from '../../../shared/schemas/knowledge.ts';
import { articleStatuses, isOneOf } from '../../lib/labels.ts';

/** "Needs my review": waiting for review, and written by someone else (authors cannot approve their own). */
export const needsMyReview = 'review';

/** The knowledge base home's filters, as they sit in the URL. */
export interface ArticleFilters {
  /** An article status, or `needsMyReview`. */
  status: string;
  locale: string;
  tag: string;
  author: string;
  category: string;
  /** The last search submitted with Enter. */
  search: string;
}

export function articleFiltersFromQuery(params: URLSearchParams): ArticleFilters {
  const status = params.get('status') ?? '';
  return {
    status: status === needsMyReview || isOneOf(articleStatuses, status) ? status : '',
    locale: params.get('locale')?.trim() ?? '',
    tag: params.get('tag')?.trim().toLowerCase() ?? '',
    author: params.get('author')?.trim() ?? '',
    category: params.get('category')?.trim() ?? '',
    search: params.get('search')?.trim() ?? '',
  };
}

export function toArticleListQuery(filters: ArticleFilters, me: string | undefined): ArticleListQuery {
  const query: ArticleListQuery = {};
  if (filters.status === needsMyReview) query.status = 'in_review';
  else if (isOneOf(articleStatuses, filters.status)) query.status = filters.status;
  if (filters.locale) query.locale = filters.locale;
  if (filters.tag) query.tag = filters.tag;
  if (filters.author === 'me' && me) query.authorId = me;
  else if (filters.author && filters.author !== 'me') query.authorId = filters.author;
  if (filters.category) query.categoryId = filters.category;
  if (filters.search) query.q = filters.search;
  return query;
}

/** What the server's filters cannot say: "not written by me". */
export const matchesFilters = (filters: ArticleFilters, me: string | undefined) => (article: ArticleSummary) =>
  filters.status !== needsMyReview || article.author?.id !== me;

/** Filters besides the search and the category (which have their own places on the page). */
export const activeFilterCount = (filters: ArticleFilters) => [filters.status, filters.locale, filters.tag, filters.author].filter(Boolean).length;

/** Share of "was this helpful?" answers that said yes, or null before anyone answered. */
export function helpfulShare(article: Pick<ArticleSummary, 'helpful' | 'notHelpful'>): number | null {
  const total = article.helpful + article.notHelpful;
  return total === 0 ? null : Math.round((article.helpful / total) * 100);
}
