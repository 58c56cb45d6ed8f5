import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorState, Loading } from './states.tsx';

/**
 * A page whose code is fetched the first time it is opened (the article editor and its markdown
 * renderer), so the rest of the console does not download it. A failed fetch offers a retry.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, label = 'Loading…'): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;

  return function LazyPage(props: P) {
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
      const Page = loaded;
      return <Page {...props} />;
    }
    return (
      <div class="page">
        {error ? (
          <ErrorState
            error={error}
            onRetry={() => {
              setError(null);
              setAttempt(attempt + 1);
            }}
          />
        ) : (
          <Loading label={label} />
        )}
      </div>
    );
  };
}
