import { useEffect, useState } from 'preact/hooks';
import { WidgetApiError } from '../../shared/api/widget.ts';

/** null while loading, then the value or the failure's HTTP status (0: no answer). */
export type Loaded<T> = { value: T } | { failed: number } | null;

/**
 * Runs `load` when `key` changes and keeps the latest answer. The previous request is aborted,
 * so a slow answer to an old question never overwrites a newer one.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>(null);
  useEffect(() => {
    const controller = new AbortController();
    setState(null);
    load(controller.signal).then(
      (value) => setState({ value }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ failed: error instanceof WidgetApiError ? error.status : 0 });
      },
    );
    return () => controller.abort();
  }, [key]); // `key` names everything `load` reads
  return state;
}
