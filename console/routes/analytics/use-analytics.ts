import { useEffect, useState } from 'preact/hooks';
import { useResource, type Resource } from '../../lib/use-resource.ts';

/**
 * One analytics answer, loaded again when what it is for (`inputs`: the range, the horizon)
 * changes or when the live stream says the figures moved (`version`). What is shown stays while
 * it reloads.
 */
export function useAnalytics<T>(name: string, load: () => Promise<T>, inputs: object, version: number): Resource<T> & { loadedAt: number | null } {
  const resource = useResource(load, `${name}:${JSON.stringify(inputs)}:${version}`);
  const [loadedAt, setLoadedAt] = useState<number | null>(null);
  useEffect(() => {
    if (resource.data !== undefined && !resource.loading) setLoadedAt(Date.now());
  }, [resource.data, resource.loading]);
  return { ...resource, loadedAt };
}

/** Re-renders every `ms`, for "Updated 2 minutes ago". */
export function useTick(ms: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
