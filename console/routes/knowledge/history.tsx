import type { Article, ArticleRevision } from '../../../shared/schemas/knowledge.ts';
import { Alert } from '../../components/alert.tsx';
import { Badge } from '../../components/badge.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { BackLink, Link } from '../../components/link.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { api } from '../../lib/api.ts';
import { paths } from '../../lib/paths.ts';
import { currentQuery, navigate, withQuery } from '../../lib/router.ts';
import { useFlash } from '../../lib/use-flash.ts';
import { useResource } from '../../lib/use-resource.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { DiffView } from './diff-view.tsx';
import { PageNotReady } from './not-ready.tsx';

/** The two versions compared: from the URL, else the one before the newest and the newest. */
function comparedVersions(revisions: ArticleRevision[]): [from: number, to: number] {
  const versions = revisions.map((revision) => revision.version);
  const newest = versions[0] ?? 1;
  const pick = (name: string, fallback: number) => {
    const value = Number(currentQuery.value.get(name));
    return versions.includes(value) ? value : fallback;
  };
  return [pick('from', versions[1] ?? newest), pick('to', newest)];
}

function RevisionTable({ article, revisions, from, to, onRestored }: {
  article: Article;
  revisions: ArticleRevision[];
  from: number;
  to: number;
  onRestored: (restored: Article, version: number) => void;
}) {
  const choose = (name: 'from' | 'to', version: number) => navigate(withQuery({ [name]: String(version) }), { replace: true });
  return (
    <div class="table-wrap">
      <table class="table revision-table">
        <TableHead
          caption="Versions, newest first"
          columns={[{ label: 'From' }, { label: 'To' }, { label: 'Version' }, { label: 'Saved', wide: true }, { label: 'Note', wide: true }, { label: 'Actions', hidden: true }]}
        />
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.id} data-version={revision.version} class={revision.version === from || revision.version === to ? 'is-selected' : undefined}>
              {(['from', 'to'] as const).map((end) => (
                <td key={end}>
                  <input
                    type="radio"
                    name={`compare-${end}`}
                    aria-label={`Compare ${end} version ${revision.version}`}
                    checked={revision.version === (end === 'from' ? from : to)}
                    onChange={() => choose(end, revision.version)}
                  />
                </td>
              ))}
              <td class="revision-table__version">
                <strong class="nowrap">Version {revision.version}</strong>{' '}
                {revision.version === article.publishedVersion && article.live && <Badge tone="green">Live</Badge>}
                {revision.version === article.version && <Badge tone="blue">Newest</Badge>}
                <div class="row-meta narrow-only revision-table__folded">
                  <RelativeTime iso={revision.createdAt} />
                  {revision.note && ` · ${revision.note}`}
                </div>
              </td>
              <td class="wide-only">
                {revision.author?.name ?? 'A former agent'}, <RelativeTime iso={revision.createdAt} />
              </td>
              <td class="wide-only revision-table__note">{revision.note ?? <span class="muted">—</span>}</td>
              <td class="nowrap">
                {revision.version !== article.version && article.status !== 'archived' && (
                  <RestoreButton article={article} version={revision.version} onRestored={onRestored} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Restoring copies the old version into a new draft: history is never rewritten. */
function RestoreButton({ article, version, onRestored }: { article: Article; version: number; onRestored: (restored: Article, version: number) => void }) {
  const restore = useSubmit(async () => onRestored(await api.knowledge.articles.restore(article.id, version), version), { staysOpen: true });
  return (
    <>
      <ConfirmButton
        label={
          <>
            Restore<span class="visually-hidden"> version {version}</span>
          </>
        }
        question={`Restore version ${version} as a new draft (version ${article.version + 1})?`}
        confirmLabel="Restore"
        busy={restore.busy}
        onConfirm={async () => {
          await restore.run();
        }}
      />
      {restore.error && <p class="field__error">{restore.error}</p>}
    </>
  );
}

/** /console/knowledge/articles/:id/history: every saved version, and what changed between two. */
export function ArticleHistoryPage({ id }: { id: string }) {
  const article = useResource(() => api.knowledge.articles.get(id), id);
  const revisions = useResource(() => api.knowledge.articles.revisions(id).then((page) => page.items), id);
  const [restored, setRestored] = useFlash<{ from: number; to: number }>(8000);
  const list = revisions.data ?? [];
  const [from, to] = comparedVersions(list);
  const diff = useResource(
    () => (list.length > 1 && from !== to ? api.knowledge.articles.diff(id, from, to) : Promise.resolve(null)),
    `${id}:${list.length}:${from}:${to}`,
  );

  if (!article.data || !revisions.data) return <PageNotReady resources={[article, revisions]} title="Article history" loadingLabel="Loading history…" />;
  const current = article.data;

  return (
    <div class="page page--wide">
      <PageHeader
        title={`History: ${current.title}`}
        heading={
          <>
            History <span class="muted">· {current.title}</span>
          </>
        }
        above={<BackLink href={paths.article(id)}>Back to the editor</BackLink>}
        subtitle="Every save is kept. Pick two versions to see what changed; restoring one makes it the newest draft."
      />
      {restored && (
        <Alert tone="success" title={`Version ${restored.from} restored as version ${restored.to}`}>
          It is a draft: <Link href={paths.article(id)}>open it in the editor</Link> to submit it for review.
        </Alert>
      )}
      <section class="card" aria-labelledby="versions-title">
        <div class="card__header">
          <h2 class="section-title" id="versions-title">
            Versions
          </h2>
        </div>
        <RevisionTable
          article={current}
          revisions={revisions.data}
          from={from}
          to={to}
          onRestored={(next, version) => {
            article.set(next);
            revisions.reload();
            setRestored({ from: version, to: next.version });
            // What the restore changed: the newest version before it against the new one.
            navigate(withQuery({ from: String(current.version), to: String(next.version) }), { replace: true });
          }}
        />
      </section>
      <section class="card card--padded" aria-labelledby="diff-title">
        <h2 class="section-title" id="diff-title">
          {from === to ? `Version ${to}` : `Changes from version ${from} to version ${to}`}
        </h2>
        {list.length < 2 ? (
          <p class="muted">There is only one version so far.</p>
        ) : from === to ? (
          <p class="muted">Pick two different versions to compare.</p>
        ) : (
          <ResourceView resource={diff} loadingLabel="Comparing…">
            {(result) => (result ? <DiffView diff={result} /> : null)}
          </ResourceView>
        )}
      </section>
    </div>
  );
}
