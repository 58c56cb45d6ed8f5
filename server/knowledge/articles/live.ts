import { and, isNotNull, ne } from 'drizzle-orm';
import { knowledgeArticles } from '../../db/schema.ts';

/** Customers can read an article when a revision is published and it is not archived. */
export const liveCondition = and(isNotNull(knowledgeArticles.publishedVersion), ne(knowledgeArticles.status, 'archived'));

export const isLive = (row: { publishedVersion: number | null; status: string }) =>
  row.publishedVersion !== null && row.status !== 'archived';
