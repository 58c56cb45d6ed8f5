import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Replace the data locally after a write answered with the new version. */
  set: (data: T) => void;
}

/**
 * Loads something when `key` changes. Answers to an older key are dropped, so fast typing in a
 * search box never shows the results of an earlier query.
 */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    loadRef.current().then(
      (data) => {
        if (mine === generation.current) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (mine === generation.current) setState((previous) => ({ ...previous, error, loading: false }));
      },
    );
  }, []);

  useEffect(() => {
    run();
    // A page that unmounts must not be updated by a late answer.
    return () => {
      generation.current++;
    };
  }, [key, run]);

  const set = useCallback((data: T) => setState({ data, error: null, loading: false }), []);
  return { ...state, reload: run, set };
}
