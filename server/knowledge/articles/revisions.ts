import { diffArrays, diffLines } from 'diff';
import { and, desc, eq } from 'drizzle-orm';
import type { ArticleRevision, DiffLine, RevisionDiff } from '../../../shared/schemas/knowledge.ts';
import type { Db } from '../../db/open.ts';
import { agents, knowledgeRevisions } from '../../db/schema.ts';
import { notFound } from '../../lib/errors.ts';
import { requireArticleRow } from './queries.ts';
import { toRevision } from './serialize.ts';

function selectRevisions(db: Db) {
  return db.select({ revision: knowledgeRevisions, authorName: agents.name }).from(knowledgeRevisions).leftJoin(agents, eq(agents.id, knowledgeRevisions.authorId));
}

export async function listRevisions(db: Db, articleId: string): Promise<ArticleRevision[]> {
  requireArticleRow(db, articleId);
  return selectRevisions(db)
    .where(eq(knowledgeRevisions.articleId, articleId))
    .orderBy(desc(knowledgeRevisions.version))
    .all()
    .map(({ revision, authorName }) => toRevision(revision, authorName));
}

export async function getRevision(db: Db, articleId: string, version: number): Promise<ArticleRevision> {
  requireArticleRow(db, articleId);
  const row = selectRevisions(db)
    .where(and(eq(knowledgeRevisions.articleId, articleId), eq(knowledgeRevisions.version, version)))
    .get();
  if (!row) throw notFound('Revision');
  return toRevision(row.revision, row.authorName);
}

/** A line diff of the markdown (what the editor shows), plus the title and tag changes. */
export async function diffRevisions(db: Db, articleId: string, from: number, to: number): Promise<RevisionDiff> {
  const [a, b] = [await getRevision(db, articleId, from), await getRevision(db, articleId, to)];
  const lines: DiffLine[] = [];
  for (const part of diffLines(a.content, b.content)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const text of part.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text });
  }
  const tagDiff = diffArrays([...a.tags].sort(), [...b.tags].sort());
  return {
    from,
    to,
    title: { from: a.title, to: b.title },
    tags: {
      added: tagDiff.filter((p) => p.added).flatMap((p) => p.value),
      removed: tagDiff.filter((p) => p.removed).flatMap((p) => p.value),
    },
    lines,
  };
}
