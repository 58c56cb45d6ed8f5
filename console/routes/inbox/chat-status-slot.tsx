import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The place in the sidebar for the agent's chat status. What fills it (the control, the lobby
 * socket, partysocket) is fetched after the console has started, so the first page does not wait
 * for live chat; the inbox page shares that code when it opens.
 */
let loaded: ComponentType | null = null;
let pending: Promise<ComponentType> | null = null;

export function ChatStatusSlot() {
  const [, setReady] = useState(loaded !== null);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    pending ??= import('./availability-control.tsx').then((module) => module.AvailabilityControl);
    pending.then(
      (component) => {
        loaded = component;
        if (current) setReady(true);
      },
      () => {
        // Offline or a new deploy: the slot stays empty; the inbox page has its own retry.
        pending = null;
      },
    );
    return () => {
      current = false;
    };
  }, []);
  const Control = loaded;
  return Control ? <Control /> : null;
}
