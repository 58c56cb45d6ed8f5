import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorState, Loading } from './states.tsx';

/** Why a lazy component is not there yet: still loading (null), or its fetch failed. */
export type LazyFailure = { error: unknown; retry: () => void } | null;

/**
 * A component whose code is fetched the first time it is drawn, so the rest of the console does
 * not download it. `placeholder` stands in while it loads and after a failed fetch; the next
 * mount (or `retry`) fetches again.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: (failure: LazyFailure) => ComponentChildren): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;

  return function Lazy(props: P) {
    const [, setReady] = useState(false);
    const [error, setError] = useState<unknown>(null);
    const [attempt, setAttempt] = useState(0);

    useEffect(() => {
      if (loaded) return;
      let current = true;
      pending ??= load();
      pending.then(
        (component) => {
          loaded = component;
          if (current) setReady(true);
        },
        (failure: unknown) => {
          pending = null;
          if (current) setError(failure);
        },
      );
      return () => {
        current = false;
      };
    }, [attempt]);

    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    const retry = () => {
      setError(null);
      setAttempt(attempt + 1);
    };
    return <>{placeholder(error ? { error, retry } : null)}</>;
  };
}

/**
 * A page whose code is fetched the first time it is opened (the article editor and its markdown
 * renderer, the inbox), so the rest of the console does not download it. A failed fetch offers a retry.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, label = 'Loading…'): ComponentType<P> {
  return lazyComponent(load, (failure) => (
    <div class="page">{failure ? <ErrorState error={failure.error} onRetry={failure.retry} /> : <Loading label={label} />}</div>
  ));
}
