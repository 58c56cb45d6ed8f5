import { PageHeading } from '../../components/page-heading.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { isNotFound } from '../../lib/errors.ts';
import type { Resource } from '../../lib/use-resource.ts';
import { NotFoundPage } from '../not-found.tsx';

type Loaded = Pick<Resource<unknown>, 'data' | 'error' | 'reload'>;

/** An article page before it can show: not found, failed (with a retry), or loading. */
export function PageNotReady({ resources, title, loadingLabel }: { resources: Loaded[]; title: string; loadingLabel: string }) {
  if (resources.some((resource) => isNotFound(resource.error))) return <NotFoundPage what="article" />;
  const failed = resources.find((resource) => resource.error && resource.data === undefined);
  if (failed) {
    return (
      <div class="page">
        <PageHeading title={title} />
        <ErrorState error={failed.error} onRetry={failed.reload} />
      </div>
    );
  }
  return (
    // No heading yet: the real one takes focus when it appears.
    <div class="page">
      <Loading label={loadingLabel} />
    </div>
  );
}
