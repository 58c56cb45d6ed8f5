import { useEffect, useRef } from 'preact/hooks';
import { countArticleView, fetchArticle } from '../../../shared/api/widget.ts';
import { articleNodes, followInPageLink } from '../article-html.ts';
import { ArticleList } from '../article-list.tsx';
import { Feedback } from '../feedback.tsx';
import type { Nav } from '../router.tsx';
import { useLoad } from '../use-load.ts';
import { visitorId } from '../visitor.ts';

/** One article: its published revision, a vote, and where to go next. Keyed by locale/slug in the router. */
export function ArticleView({ locale, slug, nav }: { locale: string; slug: string; nav: Nav }) {
  const loaded = useLoad((signal) => fetchArticle(nav.at, locale, slug, signal), '');
  const article = loaded && 'value' in loaded ? loaded.value : null;
  const heading = useRef<HTMLHeadingElement>(null);
  const problem = useRef<HTMLParagraphElement>(null);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!loaded) return;
    if (article) {
      body.current?.replaceChildren(articleNodes(article.html, nav.at.baseUrl));
      void countArticleView(nav.at, article.id, visitorId()).catch(() => undefined);
    }
    // The visitor chose this article: take them (and their screen reader) to its title, or to why it is missing.
    (heading.current ?? problem.current)?.focus();
  }, [loaded]);

  if (!loaded) return <p class="notice" role="status">Loading…</p>;
  if (!article) {
    return (
      <p ref={problem} class="notice" role="alert" tabIndex={-1}>
        {'failed' in loaded && loaded.failed === 404 ? 'This article is no longer available.' : 'The article could not be loaded. Please try again in a moment.'}
      </p>
    );
  }
  return (
    <article class="stack" aria-labelledby="lantern-article-title">
      <div>
        <h3 ref={heading} id="lantern-article-title" class="article-title" tabIndex={-1}>
          {article.title}
        </h3>
        <p class="meta">Updated {new Date(article.updatedAt).toLocaleDateString()}</p>
      </div>
      {/* Filled by the effect above from an inert copy; Preact never touches its children. */}
      <div ref={body} class="article" onClick={(event) => body.current && followInPageLink(event, body.current)} />
      <Feedback articleId={article.id} nav={nav} />
      {article.related.length > 0 && (
        <section class="stack">
          <h4 class="section">Related articles</h4>
          {/* Titles only: a related article's snippet highlights words nobody searched for. */}
          <ArticleList items={article.related.map(({ snippet: _, ...link }) => link)} nav={nav} label="Related articles" />
        </section>
      )}
    </article>
  );
}
