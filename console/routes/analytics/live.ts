import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api.ts';

/**
 * A number that goes up when tickets or chats change (the server's analytics stream), so the page
 * refetches without a reload. Changes come in bursts (a reply writes a message, a status and the
 * ticket), so the first one starts a `delayMs` wait and the rest of the burst joins it: at most
 * one refetch per wait, never more than `delayMs` behind.
 */
export function useLiveVersion(delayMs = 2000): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let seen: number | null = null;
    const unsubscribe = api.analytics.subscribe((change) => {
      // Each event is a move (the server only sends changes); a repeat after a reconnect is not.
      if (change.version === seen) return;
      seen = change.version;
      timer ??= setTimeout(() => {
        timer = null;
        setVersion((current) => current + 1);
      }, delayMs);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [delayMs]);
  return version;
}
