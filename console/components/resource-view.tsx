import type { ComponentChildren } from 'preact';
import type { Resource } from '../lib/use-resource.ts';
import { ErrorState, Loading } from './states.tsx';

/**
 * A useResource value in its states: the error with a retry (until there is something to show),
 * loading, then the data. Data already shown stays while it reloads.
 */
export function ResourceView<T>({
  resource,
  loadingLabel,
  children,
}: {
  resource: Resource<T>;
  loadingLabel?: string;
  children: (data: T) => ComponentChildren;
}) {
  if (resource.data === undefined) {
    return resource.error ? <ErrorState error={resource.error} onRetry={resource.reload} /> : <Loading label={loadingLabel} />;
  }
  return <>{children(resource.data)}</>;
}
