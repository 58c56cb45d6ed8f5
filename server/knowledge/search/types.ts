export type { SearchHit, SearchResult, Suggestions } from '../../../shared/schemas/knowledge.ts';

/** A published article as the search engine sees it; the data layer builds these on publish and at start. */
export interface SearchDocument {
  id: string;
  locale: string;
  slug: string;
  title: string;
  tags: string[];
  excerpt: string;
  /** Plain text: markdown already stripped. */
  content: string;
  categoryId: string | null;
  /** The category and its ancestors, so filtering by a parent category finds articles in its children. */
  categoryPath?: string[];
}

export interface SearchOptions {
  /** The article's category or any of its ancestors. */
  categoryId?: string;
  /** Every one of these tags (case-insensitive). */
  tags?: string[];
  limit?: number;
  offset?: number;
}

/** The searchable fields, in the order MiniSearch numbers them. */
export const searchFields = ['title', 'tags', 'excerpt', 'content'] as const;
export type SearchField = (typeof searchFields)[number];
