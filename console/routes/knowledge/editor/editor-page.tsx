import type { Article } from '../../../../shared/schemas/knowledge.ts';
import { ArticleStatusBadge } from '../../../components/badge.tsx';
import { BackLink, Link } from '../../../components/link.tsx';
import { PageHeader } from '../../../components/page-heading.tsx';
import { api } from '../../../lib/api.ts';
import { localeName } from '../../../lib/locales.ts';
import { paths } from '../../../lib/paths.ts';
import { currentQuery } from '../../../lib/router.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { useCategories } from '../category-tree.ts';
import { PageNotReady } from '../not-ready.tsx';
import { ArticleEditor } from './article-form.tsx';
import { versionNote } from './workflow.tsx';
import '../../../styles/editor.css';

function ArticleHeader({ article }: { article: Article }) {
  return (
    <PageHeader
      title={article.title}
      above={<BackLink href={paths.knowledge()}>Knowledge base</BackLink>}
      subtitle={
        <span class="article-header__meta">
          <ArticleStatusBadge status={article.status} />
          <span class="article-header__versions">{versionNote(article)}</span>
          <span>{localeName(article.locale)}</span>
          {article.author && <span>by {article.author.name}</span>}
        </span>
      }
      actions={
        <>
          <Link href={paths.articleHistory(article.id)} class="button button--secondary">
            History
          </Link>
          {article.live && (
            <a href={`/help/${encodeURIComponent(article.locale)}/articles/${encodeURIComponent(article.slug)}`} class="button button--ghost" target="_blank" rel="noopener">
              View in help centre
            </a>
          )}
        </>
      }
    />
  );
}

/** /console/knowledge/articles/:id */
export function ArticleEditorPage({ id }: { id: string }) {
  const article = useResource(() => api.knowledge.articles.get(id), id);
  const categories = useCategories();
  if (!article.data || !categories.data) return <PageNotReady resources={[article, categories]} title="Article" loadingLabel="Opening the editor…" />;
  return (
    <div class="page page--wide">
      <ArticleHeader article={article.data} />
      <ArticleEditor article={article.data} locale={article.data.locale} category="" categories={categories.data} onSaved={article.set} />
    </div>
  );
}

/** /console/knowledge/articles/new, maybe ?category=, or ?translateFrom=&locale= for a translation. */
export function NewArticlePage() {
  const params = currentQuery.value;
  const sourceId = params.get('translateFrom') ?? '';
  const locale = params.get('locale') || 'en';
  const source = useResource(() => (sourceId ? api.knowledge.articles.get(sourceId) : Promise.resolve(null)), sourceId);
  const categories = useCategories();
  const title = sourceId ? 'New translation' : 'New article';
  if (source.data === undefined || !categories.data) return <PageNotReady resources={[source, categories]} title={title} loadingLabel="Opening the editor…" />;
  return (
    <div class="page page--wide">
      <PageHeader
        title={title}
        above={<BackLink href={source.data ? paths.article(source.data.id) : paths.knowledge()}>{source.data ? source.data.title : 'Knowledge base'}</BackLink>}
        subtitle="Saved as a draft: it goes live once it is approved."
      />
      <ArticleEditor
        article={null}
        source={source.data ?? undefined}
        locale={locale}
        category={params.get('category') ?? ''}
        categories={categories.data}
        onSaved={() => {}}
      />
    </div>
  );
}
