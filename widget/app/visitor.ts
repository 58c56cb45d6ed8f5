const storageKey = 'lantern.visitor';

/** 16 random bytes as hex. getRandomValues, not randomUUID: the host page may be plain http, which has no randomUUID. */
export const randomId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

let current: string | undefined;

/**
 * A random token that lets the server count a view once a day and a vote once per article,
 * kept in the page's localStorage under `lantern.visitor`. Nothing personal, and created only
 * when first needed (opening an article or voting), so a visitor who never reads one stores
 * nothing. Where storage is blocked (privacy modes, sandboxed frames) it lasts the page view.
 */
export function visitorId(): string {
  if (current) return current;
  try {
    current = localStorage.getItem(storageKey) ?? undefined;
  } catch {
    // storage blocked: fall through to a fresh id
  }
  if (!current || !/^[\w-]{16,64}$/.test(current)) {
    current = randomId();
    try {
      localStorage.setItem(storageKey, current);
    } catch {
      // kept in memory for this page view
    }
  }
  return current;
}
