import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Unsaved edits are kept in this browser's localStorage while the agent types, so a closed tab,
 * a crash or a reload loses nothing. They are offered back ("Restore unsaved changes?") when the
 * editor opens again with something different from what is saved, and dropped once saved.
 */
export interface Autosaved<D> {
  draft: D;
  /** The article version the edits started from: the article may have moved on since. */
  baseVersion: number | null;
  savedAt: string;
}

const prefix = 'lantern:kb-draft:';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (private modes, policies): then there is simply no autosave.
    return null;
  }
}

export function readAutosave<D>(key: string): Autosaved<D> | null {
  try {
    const raw = storage()?.getItem(prefix + key);
    return raw ? (JSON.parse(raw) as Autosaved<D>) : null;
  } catch {
    return null;
  }
}

function writeAutosave<D>(key: string, value: Autosaved<D>): void {
  try {
    storage()?.setItem(prefix + key, JSON.stringify(value));
  } catch {
    // Full or refused: the editor still works, it just cannot keep a copy.
  }
}

export function clearAutosave(key: string): void {
  storage()?.removeItem(prefix + key);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface AutosaveState<D> {
  /** Edits from an earlier visit, waiting for the agent to restore or discard them. */
  offer: Autosaved<D> | null;
  restore: () => void;
  dismiss: () => void;
  /** The edits were saved under another key (a new article got its id): drop them, write no more. */
  stop: () => void;
}

/**
 * Keeps `draft` under `key` whenever it differs from `saved` (half a second after typing stops,
 * and at once when the page is left). While an earlier copy is on offer nothing is written, so
 * typing before answering the banner cannot overwrite it.
 */
export function useAutosave<D>(key: string, draft: D, saved: D, baseVersion: number | null, apply: (draft: D) => void): AutosaveState<D> {
  const [offer, setOffer] = useState<Autosaved<D> | null>(() => {
    const stored = readAutosave<D>(key);
    if (stored && same(stored.draft, saved)) clearAutosave(key);
    return stored && !same(stored.draft, saved) ? stored : null;
  });
  const dirty = !same(draft, saved);
  const stopped = useRef(false);
  const latest = useRef({ draft, dirty, blocked: offer !== null, baseVersion });
  latest.current = { draft, dirty, blocked: offer !== null || stopped.current, baseVersion };

  useEffect(() => {
    const flush = () => {
      const { draft: current, dirty: changed, blocked, baseVersion: base } = latest.current;
      if (blocked) return;
      if (changed) writeAutosave(key, { draft: current, baseVersion: base, savedAt: new Date().toISOString() });
      else clearAutosave(key);
    };
    const timer = setTimeout(flush, 500);
    window.addEventListener('pagehide', flush);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [key, draft, dirty, offer]);

  // Leaving the editor inside the console (a link, the back button) keeps the latest keystrokes too.
  useEffect(
    () => () => {
      const { draft: current, dirty: changed, blocked, baseVersion: base } = latest.current;
      if (!blocked && changed) writeAutosave(key, { draft: current, baseVersion: base, savedAt: new Date().toISOString() });
    },
    [key],
  );

  return {
    offer,
    restore: () => {
      if (offer) apply(offer.draft);
      setOffer(null);
    },
    dismiss: () => {
      clearAutosave(key);
      setOffer(null);
    },
    stop: () => {
      stopped.current = true;
      latest.current = { ...latest.current, blocked: true };
      clearAutosave(key);
    },
  };
}
