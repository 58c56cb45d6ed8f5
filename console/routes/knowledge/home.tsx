import { useEffect } from 'preact/hooks';
import { ButtonLink } from '../../components/button.tsx';
import { AgentFilter, ClearFilters, FilterBar, FilterSelect, FilterText } from '../../components/filters.tsx';
import { Icon } from '../../components/icon.tsx';
import { Link } from '../../components/link.tsx';
import { PageHeader, SectionHeader } from '../../components/page-heading.tsx';
import { PagedListCard } from '../../components/paged-list.tsx';
import { EmptyState } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { articleStatuses, articleStatusLabels } from '../../lib/labels.ts';
import { localeOptions } from '../../lib/locales.ts';
import { paths } from '../../lib/paths.ts';
import { currentQuery, navigate, withQuery } from '../../lib/router.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { loadAgents } from '../../state/agents.ts';
import { currentAgent } from '../../state/session.ts';
import { ArticleTable } from './article-table.tsx';
import { CategoryGrid } from './category-grid.tsx';
import { categoryPath, categoryTree, findNode, useCategories } from './category-tree.ts';
import { activeFilterCount, articleFiltersFromQuery, matchesFilters, needsMyReview, toArticleListQuery, type ArticleFilters } from './query.ts';
import { KnowledgeSearchBox, KnowledgeSearchResults } from './search.tsx';

function ArticleFiltersBar({ filters }: { filters: ArticleFilters }) {
  const count = activeFilterCount(filters);
  return (
    <FilterBar label="Filter articles" rowId="article-filters" count={count}>
      <FilterSelect
        label="Status"
        name="status"
        value={filters.status}
        options={[
          ['', 'Any status'],
          [needsMyReview, 'Needs my review'],
          ...articleStatuses.map((status): [string, string] => [status, articleStatusLabels[status]]),
        ]}
      />
      <FilterSelect label="Language" name="locale" value={filters.locale} options={[['', 'Any language'], ...localeOptions()]} />
      <FilterText label="Tag" name="tag" placeholder="Any tag" />
      <AgentFilter label="Author" name="author" value={filters.author} />
      {count > 0 && <ClearFilters params={['status', 'locale', 'tag', 'author']} />}
    </FilterBar>
  );
}

/**
 * The knowledge base home, as Zendesk Guide's: search what customers would find, browse by
 * category, and every article with its state and how it does. `?category=` makes it that
 * category's page; `?search=` shows what a search finds.
 */
export function KnowledgeHomePage() {
  const filters = articleFiltersFromQuery(currentQuery.value);
  const me = currentAgent.value?.id;
  const categories = useCategories();
  const all = categories.data ?? [];
  const tree = categoryTree(all);
  const current = filters.category ? findNode(tree, filters.category) : undefined;
  const trail = current ? categoryPath(all, current.category.id).slice(0, -1) : [];
  const query = toArticleListQuery(filters, me);
  const keep = matchesFilters(filters, me);
  const list = usePagedList(
    (cursor) => api.knowledge.articles.list({ ...query, cursor, limit: 25 }).then((page) => ({ ...page, items: page.items.filter(keep) })),
    `${filters.status}:${JSON.stringify(query)}`,
  );

  useEffect(() => {
    void loadAgents().catch(() => {});
  }, []);

  const filtered = activeFilterCount(filters) > 0 || Boolean(filters.search);
  const title = current ? current.category.name : 'Knowledge base';
  const listTitle = filters.search ? `All articles with “${filters.search}” in the title` : current ? `Articles in ${current.category.name}` : 'Recent articles';
  const subcategories = current ? current.children : tree;

  return (
    <div class="page">
      <PageHeader
        title={title}
        above={
          current && (
            <nav aria-label="Breadcrumb" class="breadcrumb">
              <Link href={paths.knowledge()}>Knowledge base</Link>
              {trail.map((category) => (
                <span key={category.id}>
                  {' › '}
                  <Link href={paths.knowledge({ category: category.id })}>{category.name}</Link>
                </span>
              ))}
            </nav>
          )
        }
        subtitle={current ? current.category.description || null : 'Help articles your customers read in the widget and the help centre.'}
        actions={
          <>
            <ButtonLink href={paths.knowledgeCategories()}>Categories</ButtonLink>
            <ButtonLink href={paths.newArticle({ category: current?.category.id })} variant="primary">
              <Icon name="plus" size={18} />
              New article
            </ButtonLink>
          </>
        }
      />
      <KnowledgeSearchBox
        initial={filters.search}
        locale={filters.locale || 'en'}
        onSearch={(q) => navigate(withQuery({ search: q }), { replace: Boolean(filters.search) === Boolean(q) })}
      />
      {filters.search && (
        <KnowledgeSearchResults q={filters.search} locale={filters.locale || 'en'} onClear={() => navigate(withQuery({ search: null }))} />
      )}
      {!filters.search && subcategories.length > 0 && (
        <section aria-labelledby="categories-title">
          <SectionHeader
            id="categories-title"
            title={current ? 'Sub-categories' : 'Categories'}
            description={current ? `Inside ${current.category.name}.` : 'How the help centre is organised.'}
            actions={
              <Link href={paths.knowledgeCategories()} class="section-link">
                Manage categories
              </Link>
            }
          />
          <CategoryGrid nodes={subcategories} label={current ? 'Sub-categories' : 'Categories'} />
        </section>
      )}
      <section class="stack" aria-labelledby="articles-title">
        <h2 class="section-title section-title--flush" id="articles-title">
          {listTitle}
        </h2>
        <ArticleFiltersBar filters={filters} />
        <PagedListCard
          list={list}
          noun="articles"
          label={listTitle}
          empty={
            <EmptyState title={filtered ? 'No articles match these filters' : current ? 'No articles in this category yet' : 'No articles yet'}>
              {filtered ? 'Try another status, language or tag, or clear the filters.' : 'Write the first one: customers find answers before they write in.'}
            </EmptyState>
          }
        >
          {(articles) => <ArticleTable articles={articles} caption={listTitle} />}
        </PagedListCard>
      </section>
    </div>
  );
}
