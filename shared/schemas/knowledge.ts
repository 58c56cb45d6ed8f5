import { z } from 'zod';
import { id, limits, metadata, pageQuery, requiredText, tags, trimmed, type IsoDate } from './common.ts';

export const articleStatuses = ['draft', 'in_review', 'published', 'archived'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const knowledgeLimits = {
  /** Markdown characters per article: a long manual page is ~60 K; beyond this is a mistake or abuse. */
  content: 200_000,
  excerpt: 300,
  slug: 120,
  feedbackComment: 1_000,
  reviewComment: 2_000,
  categoryDescription: 500,
  query: 200,
} as const;

export const locale = z
  .string()
  .trim()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'must be a locale like en or pt-BR' });

export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(knowledgeLimits.slug)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'may hold lowercase letters, digits and single hyphens' });

export interface AuthorSummary {
  id: string;
  name: string;
}

export interface KnowledgeCategory {
  id: string;
  name: string;
  slug: string;
  description: string;
  parentId: string | null;
  sortOrder: number;
  /** Live articles directly in this category. */
  articleCount: number;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

export interface ArticleSummary {
  id: string;
  translationGroupId: string;
  locale: string;
  slug: string;
  title: string;
  excerpt: string;
  status: ArticleStatus;
  /** Newest revision. */
  version: number;
  /** Revision customers see, if any. */
  publishedVersion: number | null;
  /** Customers can read it now. */
  live: boolean;
  categoryId: string | null;
  tags: string[];
  author: AuthorSummary | null;
  views: number;
  helpful: number;
  notHelpful: number;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  publishedAt: IsoDate | null;
}

export interface ReviewRequest {
  id: string;
  version: number;
  requestedBy: AuthorSummary | null;
  requestComment: string | null;
  requestedAt: IsoDate;
  decision: 'approved' | 'rejected' | 'withdrawn' | null;
  decidedBy: AuthorSummary | null;
  decisionComment: string | null;
  decidedAt: IsoDate | null;
}

export interface Article extends ArticleSummary {
  /** Markdown of the newest revision. */
  content: string;
  /** Sanitized HTML of the newest revision. */
  html: string;
  metadata: Record<string, string | number | boolean | null>;
  /** The open review request, or the last decided one. */
  review: ReviewRequest | null;
  translations: { id: string; locale: string; slug: string; title: string; live: boolean }[];
}

export interface ArticleRevision {
  id: string;
  version: number;
  title: string;
  excerpt: string;
  content: string;
  tags: string[];
  html: string;
  author: AuthorSummary | null;
  note: string | null;
  createdAt: IsoDate;
}

export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface RevisionDiff {
  from: number;
  to: number;
  title: { from: string; to: string };
  tags: { added: string[]; removed: string[] };
  lines: DiffLine[];
}

const excerpt = trimmed(knowledgeLimits.excerpt);
const content = z
  .string()
  .max(knowledgeLimits.content, { message: `must be at most ${knowledgeLimits.content.toLocaleString('en')} characters` })
  .refine((value) => value.trim().length > 0, { message: 'is required' });

export const createArticleInput = z.strictObject({
  title: requiredText(limits.subject),
  content,
  excerpt: excerpt.optional(),
  slug: slug.optional(),
  locale: locale.default('en'),
  categoryId: id.nullable().optional(),
  tags: tags.default([]),
  metadata: metadata.optional(),
  note: trimmed(limits.shortText).optional(),
});
export type CreateArticleInput = z.input<typeof createArticleInput>;

export const updateArticleInput = z
  .strictObject({
    title: requiredText(limits.subject).optional(),
    content: content.optional(),
    excerpt: excerpt.optional(),
    slug: slug.optional(),
    categoryId: id.nullable().optional(),
    tags: tags.optional(),
    metadata: metadata.optional(),
    note: trimmed(limits.shortText).optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== 'note'), { message: 'nothing to update' });
export type UpdateArticleInput = z.input<typeof updateArticleInput>;

export const createTranslationInput = z.strictObject({
  locale,
  title: requiredText(limits.subject),
  content,
  excerpt: excerpt.optional(),
  slug: slug.optional(),
  tags: tags.optional(),
});
export type CreateTranslationInput = z.input<typeof createTranslationInput>;

export const reviewRequestInput = z.strictObject({ comment: trimmed(knowledgeLimits.reviewComment).optional() });
export const reviewDecisionInput = z.strictObject({ comment: trimmed(knowledgeLimits.reviewComment).optional() });
export const rejectInput = z.strictObject({ comment: requiredText(knowledgeLimits.reviewComment) });
export type ReviewDecisionInput = z.input<typeof reviewDecisionInput>;

/** A visitor id is a random token the widget keeps in localStorage; nothing personal. */
export const visitorId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { message: 'must be a visitor id' });

export const feedbackInput = z.strictObject({
  visitorId,
  helpful: z.boolean(),
  comment: trimmed(knowledgeLimits.feedbackComment).optional(),
});
export type FeedbackInput = z.input<typeof feedbackInput>;

export const articleListQuery = z.strictObject({
  status: z.enum(articleStatuses).optional(),
  categoryId: id.optional(),
  tag: z.string().trim().toLowerCase().min(1).max(limits.tag).optional(),
  locale: locale.optional(),
  authorId: id.optional(),
  q: trimmed(knowledgeLimits.query).optional(),
  ...pageQuery,
});
export type ArticleListQuery = z.input<typeof articleListQuery>;

export const createCategoryInput = z.strictObject({
  name: requiredText(limits.name),
  slug: slug.optional(),
  description: trimmed(knowledgeLimits.categoryDescription).default(''),
  parentId: id.nullable().default(null),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
export type CreateCategoryInput = z.input<typeof createCategoryInput>;

export const updateCategoryInput = z
  .strictObject({
    name: requiredText(limits.name).optional(),
    slug: slug.optional(),
    description: trimmed(knowledgeLimits.categoryDescription).optional(),
    parentId: id.nullable().optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to update' });
export type UpdateCategoryInput = z.input<typeof updateCategoryInput>;

/** Search text: long input is cut, never refused: customers paste whole error messages. */
const searchText = z
  .string()
  .max(10_000, { message: 'must be at most 10,000 characters' })
  .transform((value) => value.trim().slice(0, knowledgeLimits.query));

export const searchQuery = z.strictObject({
  q: searchText.default(''),
  locale: locale.default('en'),
  categoryId: id.optional(),
  tag: z.string().trim().toLowerCase().min(1).max(limits.tag).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchQuery = z.input<typeof searchQuery>;

export const suggestQuery = z.strictObject({
  q: searchText.default(''),
  locale: locale.default('en'),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});

export const suggestionsInput = z.strictObject({
  text: z.string().max(20_000).transform((value) => value.slice(0, 5_000)),
  locale: locale.default('en'),
  limit: z.number().int().min(1).max(10).default(5),
});

export interface SearchHit {
  id: string;
  slug: string;
  locale: string;
  title: string;
  excerpt: string;
  /** Escaped HTML with the matched words in <mark>. */
  snippet: string;
  score: number;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
}

export interface Suggestions {
  /** Completions of what was typed. */
  queries: string[];
  /** Articles whose titles fit. */
  articles: { id: string; slug: string; title: string }[];
}
