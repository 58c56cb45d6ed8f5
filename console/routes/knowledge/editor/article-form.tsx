import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, KnowledgeCategory } from '../../../../shared/schemas/knowledge.ts';
import { Alert, FormError } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Field, SelectField, TagsField, TextField } from '../../../components/field.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { api } from '../../../lib/api.ts';
import { parseTags } from '../../../lib/format.ts';
import { localeName, localeOptions } from '../../../lib/locales.ts';
import { paths } from '../../../lib/paths.ts';
import { navigate } from '../../../lib/router.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { useEditForm } from '../../../lib/use-edit-form.ts';
import { currentAgent } from '../../../state/session.ts';
import { CategoryOptions } from '../category-options.tsx';
import { categoryTree } from '../category-tree.ts';
import { useAutosave } from './autosave.ts';
import { slugify } from './format.ts';
import { checkLinks, type ArticleLookup, type LinkWarning } from './links.ts';
import { MarkdownEditor } from './markdown-editor.tsx';
import { Translations } from './translations.tsx';
import { ArticleWorkflow } from './workflow.tsx';

/** The form's values: what the agent types, and what autosave keeps. */
export interface ArticleDraft {
  title: string;
  /** Typed by the agent; until then (new articles) it follows the title. */
  slug: string;
  slugEdited: boolean;
  categoryId: string;
  /** Comma-separated, as typed. */
  tags: string;
  excerpt: string;
  content: string;
  locale: string;
}

const formFields = ['title', 'slug', 'categoryId', 'tags', 'excerpt', 'content', 'locale', 'note'];

export function draftOf(article: Article): ArticleDraft {
  return {
    title: article.title,
    slug: article.slug,
    slugEdited: true,
    categoryId: article.categoryId ?? '',
    tags: article.tags.join(', '),
    excerpt: article.excerpt,
    content: article.content,
    locale: article.locale,
  };
}

/** A new article: empty, or a translation starting from the source's text. */
export function blankDraft(locale: string, categoryId: string, source?: Article): ArticleDraft {
  return {
    title: source?.title ?? '',
    slug: '',
    slugEdited: false,
    categoryId: source?.categoryId ?? categoryId,
    tags: source ? source.tags.join(', ') : '',
    excerpt: source?.excerpt ?? '',
    content: source?.content ?? '',
    locale,
  };
}

/** Internal links are looked up once per address while the editor is open. */
function useArticleLookup(): ArticleLookup {
  const cache = useRef(new Map<string, ReturnType<ArticleLookup>>());
  return (locale, slug) => {
    const key = `${locale}/${slug}`;
    let found = cache.current.get(key);
    if (!found) {
      found = api.knowledge.articles
        .list({ q: slug, locale, limit: 20 })
        .then((page) => page.items.find((item) => item.slug === slug && item.locale === locale) ?? null)
        .catch(() => {
          // Not known now (offline?): ask again next time rather than call a good link broken.
          cache.current.delete(key);
          return { title: slug, live: true };
        });
      cache.current.set(key, found);
    }
    return found;
  };
}

function LinkWarnings({ warnings }: { warnings: LinkWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert tone="warning" title={`${warnings.length} ${warnings.length === 1 ? 'link needs' : 'links need'} attention`}>
      <ul class="alert__list link-warnings">
        {warnings.map(({ link, message }, index) => (
          <li key={`${index}:${link.href}`}>
            {link.image ? 'Image' : 'Link'} “{link.text || link.href || 'untitled'}”
            {link.href && (
              <>
                {' '}
                (<code>{link.href}</code>)
              </>
            )}{' '}
            {message}.
          </li>
        ))}
      </ul>
    </Alert>
  );
}

interface ArticleEditorProps {
  /** The article being edited; null for a new one. */
  article: Article | null;
  /** For a new translation: the article it translates. */
  source?: Article | undefined;
  /** For a new article. */
  locale: string;
  category: string;
  categories: KnowledgeCategory[];
  onSaved: (article: Article) => void;
}

/**
 * Everything about one article on one page: its fields, the markdown with a live preview, link
 * checks, autosave, the review workflow and its translations.
 */
export function ArticleEditor({ article, source, locale, category, categories, onSaved }: ArticleEditorProps) {
  const agentId = currentAgent.value?.id ?? 'anyone';
  const isNew = article === null;
  const saved = article ? draftOf(article) : blankDraft(locale, category, source);
  const [note, setNote] = useState('');
  const autosaveKey = `${agentId}:${article ? article.id : source ? `translate:${source.id}:${locale}` : 'new'}`;

  const edit = useEditForm<ArticleDraft>(saved, async (draft) => {
    const tags = parseTags(draft.tags).map((tag) => tag.toLowerCase());
    const slug = draft.slugEdited && draft.slug.trim() ? draft.slug.trim() : undefined;
    if (!article) {
      const created = source
        ? await api.knowledge.articles.translate(source.id, {
            locale: draft.locale,
            title: draft.title,
            content: draft.content,
            excerpt: draft.excerpt.trim() || undefined,
            slug,
            tags,
          })
        : await api.knowledge.articles.create({
            title: draft.title,
            content: draft.content,
            excerpt: draft.excerpt.trim() || undefined,
            slug,
            locale: draft.locale,
            categoryId: draft.categoryId || null,
            tags,
            note: note.trim() || undefined,
          });
      autosave.stop();
      navigate(paths.article(created.id), { replace: true });
      return draftOf(created);
    }
    const updated = await api.knowledge.articles.update(article.id, {
      title: draft.title,
      content: draft.content,
      excerpt: draft.excerpt,
      tags,
      categoryId: draft.categoryId || null,
      ...(slug && slug !== article.slug ? { slug } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setNote('');
    onSaved(updated);
    return draftOf(updated);
  });
  const { draft } = edit;
  const set = (patch: Partial<ArticleDraft>) => edit.setDraft({ ...draft, ...patch });
  const autosave = useAutosave(autosaveKey, draft, saved, article?.version ?? null, edit.setDraft);

  // Links are checked once typing pauses; addresses of other articles are looked up.
  const lookup = useArticleLookup();
  const [warnings, setWarnings] = useState<LinkWarning[]>([]);
  const settledContent = useDebounced(draft.content, 700);
  useEffect(() => {
    let current = true;
    void checkLinks(settledContent, draft.locale, window.location.origin, lookup).then((found) => {
      if (current) setWarnings(found);
    });
    return () => {
      current = false;
    };
  }, [settledContent, draft.locale]);

  const tree = categoryTree(categories);
  const slugShown = draft.slugEdited ? draft.slug : slugify(draft.title);
  const archived = article?.status === 'archived';
  const reviewOpen = article?.status === 'in_review';

  return (
    <>
      {autosave.offer && (
        <div class="restore-banner">
          <Alert tone="warning" title="Restore unsaved changes?">
            <p>
              This browser kept edits you had not saved, from <RelativeTime iso={autosave.offer.savedAt} />.
              {article && autosave.offer.baseVersion !== null && autosave.offer.baseVersion !== article.version
                ? ` They were made to version ${autosave.offer.baseVersion}; the article is now at version ${article.version}, so restoring replaces those changes.`
                : ''}
            </p>
            <div class="form-actions restore-banner__actions">
              <Button size="sm" variant="primary" onClick={autosave.restore}>
                Restore changes
              </Button>
              <Button size="sm" variant="ghost" onClick={autosave.dismiss}>
                Discard them
              </Button>
            </div>
          </Alert>
        </div>
      )}
      {article && <ArticleWorkflow article={article} dirty={edit.dirty} linkWarnings={warnings.length} onChanged={onSaved} />}
      {source && (
        <Alert tone="info" title={`Translating “${source.title}” into ${localeName(locale)}`}>
          The {localeName(source.locale)} text is filled in: replace it with the translation. It keeps the original's category.
        </Alert>
      )}
      <form class="card card--padded form article-form" onSubmit={edit.onSubmit} aria-label="Article" noValidate>
        <FormError message={edit.error} extra={edit.unclaimed(formFields)} />
        {archived && <Alert tone="info">This article is archived. An admin can restore it to edit it again.</Alert>}
        <TextField
          label="Title"
          error={edit.errorFor('title')}
          maxLength={300}
          value={draft.title}
          disabled={archived}
          onValue={(title) => set({ title })}
        />
        <div class="form-grid article-form__meta">
          <TextField
            label="Slug"
            error={edit.errorFor('slug')}
            hint={draft.slugEdited ? `/help/${draft.locale}/articles/${slugShown || '…'}` : 'Made from the title until you change it.'}
            maxLength={120}
            autoComplete="off"
            spellcheck={false}
            value={slugShown}
            disabled={archived}
            onValue={(slug) => set({ slug: slug.toLowerCase(), slugEdited: isNew ? slug !== '' : true })}
          />
          <SelectField
            label="Category"
            error={edit.errorFor('categoryId')}
            hint={source ? 'A translation is in its original’s category.' : undefined}
            value={draft.categoryId}
            disabled={archived || Boolean(source)}
            onValue={(categoryId) => set({ categoryId })}
          >
            <option value="">No category</option>
            <CategoryOptions tree={tree} />
          </SelectField>
          {isNew && (
            <SelectField
              label="Language"
              error={edit.errorFor('locale')}
              value={draft.locale}
              disabled={Boolean(source)}
              onValue={(value) => set({ locale: value })}
            >
              {localeOptions().map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </SelectField>
          )}
          <TagsField error={edit.errorFor('tags', 'Tag')} example="billing, refunds" value={draft.tags} disabled={archived} onValue={(tags) => set({ tags })} />
        </div>
        <Field label="Excerpt" optional error={edit.errorFor('excerpt')} hint="Shown under the title in search results. Empty: the opening of the article.">
          {(control) => (
            <textarea
              {...control}
              class="textarea"
              rows={2}
              maxLength={300}
              value={draft.excerpt}
              disabled={archived}
              onInput={(event) => set({ excerpt: event.currentTarget.value })}
            />
          )}
        </Field>
        <Field label="Content" error={edit.errorFor('content')} hint="Markdown. Drop, paste or upload images. Ctrl+B bold, Ctrl+I italic, Ctrl+K link.">
          {(control) => (
            <MarkdownEditor
              control={control}
              value={draft.content}
              onValue={(content) => set({ content })}
              title={draft.title}
              locale={draft.locale}
              articleId={article?.id}
              saved={article ? { content: article.content, html: article.html } : null}
            />
          )}
        </Field>
        <LinkWarnings warnings={warnings} />
        {!archived && (
          <div class="article-form__save">
            {!isNew || !source ? (
              <TextField
                label="Revision note"
                optional
                hint={reviewOpen ? 'Saving changes withdraws the open review request.' : 'What changed, for the history.'}
                maxLength={200}
                value={note}
                onValue={setNote}
              />
            ) : null}
            <div class="form-actions">
              <Button type="submit" variant="primary" busy={edit.busy} disabled={!edit.dirty}>
                {isNew ? (source ? 'Create translation' : 'Create draft') : 'Save'}
              </Button>
              {edit.dirty && !isNew && (
                <Button variant="ghost" onClick={edit.discard} disabled={edit.busy}>
                  Discard changes
                </Button>
              )}
              <span class="saved-note" aria-live="polite">
                {edit.justSaved ? 'Saved' : edit.dirty ? <span class="muted">Unsaved changes are kept in this browser</span> : ''}
              </span>
            </div>
          </div>
        )}
      </form>
      {article && <Translations article={article} />}
    </>
  );
}
