import { z } from 'zod';
import { locale, visitorId, type SearchHit } from './knowledge.ts';
import type { IsoDate } from './common.ts';

/**
 * What the embedded widget sends to and gets from the public knowledge endpoints
 * (/api/widget/sites/:key/knowledge/…). Search and suggest reuse `searchQuery` and `suggestQuery`
 * from knowledge.ts, and feedback reuses `feedbackInput`; only what has no counterpart there is
 * here. The widget bundle imports the types only: zod never reaches visitors.
 */

export const popularQuery = z.strictObject({
  locale: locale.default('en'),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});
export type PopularQuery = z.input<typeof popularQuery>;

export const viewInput = z.strictObject({ visitorId });
export type ViewInput = z.input<typeof viewInput>;

/** A live article in a list (popular, related): enough to show its title and open it. */
export interface WidgetArticleLink {
  id: string;
  locale: string;
  slug: string;
  title: string;
  excerpt: string;
}

export interface PopularArticles {
  /** The locale the list is in: the one asked for, or the fallback when it has no live articles. */
  locale: string;
  items: WidgetArticleLink[];
}

/** The published revision of a live article, as the widget shows it. */
export interface WidgetArticle {
  id: string;
  locale: string;
  slug: string;
  title: string;
  /** Sanitized on the server (marked → DOMPurify); the widget still inserts it inertly. */
  html: string;
  /** When the revision customers read was written. */
  updatedAt: IsoDate;
  related: SearchHit[];
}
