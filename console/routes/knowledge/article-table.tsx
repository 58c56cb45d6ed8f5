import type { ArticleSummary } from '../../../shared/schemas/knowledge.ts';
import { ArticleStatusBadge, Badge } from '../../components/badge.tsx';
import { Link } from '../../components/link.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { localeName } from '../../lib/locales.ts';
import { paths } from '../../lib/paths.ts';
import { helpfulShare } from './query.ts';

/** "Live" beside the status when customers read an older version than the one being edited. */
export function LiveBadge({ article }: { article: Pick<ArticleSummary, 'live' | 'status' | 'publishedVersion'> }) {
  if (!article.live || article.status === 'published') return null;
  return (
    <Badge tone="green" title="Customers can read the published version">
      Live v{article.publishedVersion}
    </Badge>
  );
}

function Helpful({ article }: { article: ArticleSummary }) {
  const share = helpfulShare(article);
  const votes = article.helpful + article.notHelpful;
  return share === null ? (
    <span class="muted">—</span>
  ) : (
    <span title={`${article.helpful} of ${votes} readers found it helpful`}>{share}%</span>
  );
}

/** Articles as a table on wide screens; on phones the numbers fold under the title. */
export function ArticleTable({ articles, caption }: { articles: ArticleSummary[]; caption: string }) {
  return (
    <div class="table-wrap">
      <table class="table article-table">
        <TableHead
          caption={caption}
          columns={[{ label: 'Article' }, { label: 'Status' }, { label: 'Updated', wide: true }, { label: 'Views', wide: true, numeric: true }, { label: 'Helpful', wide: true, numeric: true }]}
        />
        <tbody>
          {articles.map((article) => (
            <tr key={article.id} class="row-link" data-article-id={article.id}>
              <td class="article-table__main">
                <Link href={paths.article(article.id)} class="row-link__anchor">
                  {article.title}
                </Link>
                <div class="row-meta article-table__meta">
                  <span>
                    {localeName(article.locale)}
                    {article.author && ` · by ${article.author.name}`}
                  </span>
                  {article.tags.slice(0, 3).map((tag) => (
                    <span class="tag" key={tag}>
                      {tag}
                    </span>
                  ))}
                  <span class="narrow-only">
                    <RelativeTime iso={article.updatedAt} />
                    {'\u00a0· '}
                    {article.views} views
                  </span>
                </div>
              </td>
              <td class="article-table__status">
                <ArticleStatusBadge status={article.status} />
                <LiveBadge article={article} />
              </td>
              <td class="wide-only nowrap">
                <RelativeTime iso={article.updatedAt} />
              </td>
              <td class="wide-only numeric">{article.views.toLocaleString()}</td>
              <td class="wide-only numeric">
                <Helpful article={article} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
