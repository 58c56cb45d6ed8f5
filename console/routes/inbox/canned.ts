import { signal } from '@preact/signals';
import { matchCannedShortcut } from '../../../shared/chat/canned.ts';
import type { CannedResponse } from '../../../shared/schemas/canned.ts';
import { api } from '../../lib/api.ts';

/**
 * Canned responses for the composer's `/shortcut` picker: loaded once when the inbox first needs
 * them (a few dozen short texts), again after a failure.
 */
export const cannedResponses = signal<CannedResponse[] | null>(null);
let loading: Promise<void> | null = null;

export function loadCannedResponses(): void {
  if (cannedResponses.value || loading) return;
  loading = api.cannedResponses.list().then(
    ({ items }) => {
      cannedResponses.value = items;
      loading = null;
    },
    () => {
      loading = null;
    },
  );
}

/** The `/word` being typed just before the caret (at the start or after a space), if any. */
export interface ShortcutToken {
  prefix: string;
  start: number;
  end: number;
}

export function shortcutAt(text: string, caret: number): ShortcutToken | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)(\/\S*)$/.exec(before);
  if (!match?.[2]) return null;
  // The same rule as everywhere canned shortcuts are typed (shared/chat/canned.ts).
  const prefix = matchCannedShortcut(match[2]);
  if (prefix === null) return null;
  return { prefix, start: caret - match[2].length, end: caret };
}
