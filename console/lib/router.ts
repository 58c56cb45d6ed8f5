import { computed, signal } from '@preact/signals';

/**
 * A history-based router small enough to read in one sitting: the current URL lives in a signal,
 * `navigate` changes it, and the back button (popstate) feeds it too.
 */
export interface Url {
  path: string;
  search: string;
}

const readUrl = (): Url => ({ path: window.location.pathname, search: window.location.search });

export const currentUrl = signal<Url>(readUrl());
export const currentQuery = computed(() => new URLSearchParams(currentUrl.value.search));

/**
 * Set when the user moves to another page, cleared by the page's heading once it has taken focus,
 * so screen-reader and keyboard users start at the top of the new page. Filter changes that only
 * touch the query string leave focus where the user is typing.
 */
export const headingFocusPending = signal(false);

function changed(previousPath: string) {
  const next = readUrl();
  if (next.path !== previousPath) {
    headingFocusPending.value = true;
    window.scrollTo(0, 0);
  }
  currentUrl.value = next;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  const target = `${url.pathname}${url.search}${url.hash}`;
  if (target === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  const previousPath = window.location.pathname;
  if (options.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  changed(previousPath);
}

let lastPath = window.location.pathname;
window.addEventListener('popstate', () => {
  changed(lastPath);
});
// Track the path that popstate compares against.
currentUrl.subscribe((url) => {
  lastPath = url.path;
});

/** Replaces some query parameters of the current URL; empty values are dropped. */
export function withQuery(changes: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams(currentUrl.value.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  const search = params.toString();
  return `${currentUrl.value.path}${search ? `?${search}` : ''}`;
}
