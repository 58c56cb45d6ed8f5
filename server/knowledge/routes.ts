import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  articleListQuery,
  createArticleInput,
  createCategoryInput,
  createTranslationInput,
  feedbackInput,
  rejectInput,
  reviewDecisionInput,
  reviewRequestInput,
  searchQuery,
  suggestionsInput,
  suggestQuery,
  updateArticleInput,
  updateCategoryInput,
} from '../../shared/schemas/knowledge.ts';
import { actorOf } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { principalOf } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { readId, readJson, readQuery } from '../http/validate.ts';
import { AppError } from '../lib/errors.ts';
import type { Editor } from './articles/editor.ts';
import { recordFeedback } from './articles/feedback.ts';
import { getArticle, listArticles } from './articles/queries.ts';
import { diffRevisions, getRevision, listRevisions } from './articles/revisions.ts';
import {
  approveArticle,
  archiveArticle,
  publishArticle,
  rejectArticle,
  submitForReview,
  unarchiveArticle,
  unpublishArticle,
} from './articles/workflow.ts';
import { createArticle, createTranslation, deleteArticle, restoreRevision, updateArticle } from './articles/write.ts';
import { createCategory, deleteCategory, listCategories, updateCategory } from './categories.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

function editorOf(c: Context<AppEnv>): Editor {
  const principal = principalOf(c);
  return { actor: actorOf(principal), agentId: principal.agent.id, role: principal.role };
}

function readVersion(c: Context<AppEnv>, name: string): number {
  const value = Number(c.req.param(name));
  if (!Number.isInteger(value) || value < 1) throw new AppError('not_found', 'No such version');
  return value;
}

const diffQuery = z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

/** The agents' knowledge-base API: articles with revisions and review, categories, search. */
export function knowledgeRoutes({ database }: Deps, knowledge: KnowledgeBase) {
  const { db } = database;
  const articles = new Hono<AppEnv>()
    .get('/', async (c) => c.json(await listArticles(db, readQuery(c, articleListQuery))))
    .post('/', async (c) => c.json(await createArticle(db, await readJson(c, createArticleInput), editorOf(c)), 201))
    .get('/:id', async (c) => c.json(await getArticle(db, readId(c))))
    .put('/:id', async (c) => {
      const id = readId(c);
      const article = await updateArticle(db, id, await readJson(c, updateArticleInput), editorOf(c));
      knowledge.sync(id); // slug or category of a live article may have changed
      return c.json(article);
    })
    .delete('/:id', async (c) => {
      const id = readId(c);
      await deleteArticle(db, id, editorOf(c));
      knowledge.sync(id);
      return c.body(null, 204);
    })
    .post('/:id/feedback', async (c) => {
      const id = readId(c);
      return c.json(await recordFeedback(db, id, await readJson(c, feedbackInput)));
    })
    .get('/:id/revisions', async (c) => c.json({ items: await listRevisions(db, readId(c)) }))
    .get('/:id/revisions/:version', async (c) => c.json(await getRevision(db, readId(c), readVersion(c, 'version'))))
    .post('/:id/revisions/:version/restore', async (c) => c.json(await restoreRevision(db, readId(c), readVersion(c, 'version'), editorOf(c))))
    .get('/:id/diff', async (c) => {
      const id = readId(c);
      const { from, to } = readQuery(c, diffQuery);
      return c.json(await diffRevisions(db, id, from, to));
    })
    .post('/:id/submit', async (c) => {
      const id = readId(c);
      const { comment } = await readJson(c, reviewRequestInput);
      return c.json(await submitForReview(db, id, comment, editorOf(c)));
    })
    .post('/:id/approve', async (c) => {
      const id = readId(c);
      const { comment } = await readJson(c, reviewDecisionInput);
      const article = await approveArticle(db, id, comment, editorOf(c));
      knowledge.sync(id);
      return c.json(article);
    })
    .post('/:id/reject', async (c) => {
      const id = readId(c);
      const { comment } = await readJson(c, rejectInput);
      return c.json(await rejectArticle(db, id, comment, editorOf(c)));
    })
    .post('/:id/publish', async (c) => {
      const id = readId(c);
      const article = await publishArticle(db, id, editorOf(c));
      knowledge.sync(id);
      return c.json(article);
    })
    .post('/:id/unpublish', async (c) => {
      const id = readId(c);
      const article = await unpublishArticle(db, id, editorOf(c));
      knowledge.sync(id);
      return c.json(article);
    })
    .post('/:id/archive', async (c) => {
      const id = readId(c);
      const article = await archiveArticle(db, id, editorOf(c));
      knowledge.sync(id);
      return c.json(article);
    })
    .post('/:id/unarchive', async (c) => c.json(await unarchiveArticle(db, readId(c), editorOf(c))))
    .post('/:id/translations', async (c) => {
      const id = readId(c);
      return c.json(await createTranslation(db, id, await readJson(c, createTranslationInput), editorOf(c)), 201);
    })
    .get('/:id/related', async (c) => c.json({ items: knowledge.related(readId(c)) }));

  const categories = new Hono<AppEnv>()
    .get('/', async (c) => c.json({ items: await listCategories(db) }))
    .post('/', async (c) => c.json(await createCategory(db, await readJson(c, createCategoryInput), editorOf(c).actor), 201))
    .patch('/:id', async (c) => {
      const id = readId(c);
      const category = await updateCategory(db, id, await readJson(c, updateCategoryInput), editorOf(c).actor);
      knowledge.rebuild(); // a move changes which parent categories contain its articles
      return c.json(category);
    })
    .delete('/:id', async (c) => {
      await deleteCategory(db, readId(c), editorOf(c).actor);
      return c.body(null, 204);
    });

  return new Hono<AppEnv>()
    .route('/articles', articles)
    .route('/categories', categories)
    .get('/search', (c) => c.json(knowledge.search(readQuery(c, searchQuery), 'console')))
    .get('/suggest', (c) => c.json(knowledge.suggest(readQuery(c, suggestQuery))))
    .post('/suggestions', async (c) => c.json({ items: knowledge.suggestForText(await readJson(c, suggestionsInput)) }));
}
