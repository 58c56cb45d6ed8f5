import { useEffect, useRef } from 'preact/hooks';
import { api } from '../../lib/api.ts';

/**
 * Calls `reload` when tickets or chats change (the analytics change stream), a burst of changes
 * joined into one reload after `delayMs`; and every `everyMs` regardless, for what the stream does
 * not carry (agents going online or offline).
 */
export function useLiveReload(reload: () => void, { delayMs = 300, everyMs = 60_000 } = {}): void {
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = api.analytics.subscribe(() => {
      timer ??= setTimeout(() => {
        timer = null;
        latest.current();
      }, delayMs);
    });
    const regular = setInterval(() => {
      if (document.visibilityState === 'visible') latest.current();
    }, everyMs);
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      clearInterval(regular);
    };
  }, [delayMs, everyMs]);
}
