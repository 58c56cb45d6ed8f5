import { lazyComponent } from '../../components/lazy-page.tsx';

/**
 * The place in the sidebar for the agent's chat status. What fills it (the control, the lobby
 * socket, partysocket) is fetched after the console has started, so the first page does not wait
 * for live chat; the inbox page shares that code when it opens. Until then, or offline, or after
 * a new deploy, the slot stays empty: the inbox page has its own retry.
 */
export const ChatStatusSlot = lazyComponent(
  () => import('./availability-control.tsx').then((module) => module.AvailabilityControl),
  () => null,
);
