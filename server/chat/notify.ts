import type { Deps } from '../deps.ts';
import type { RoomEffect } from '../rooms/store.ts';

/**
 * Tells the rooms about a change made over REST. The change is already committed, so a room that
 * cannot be reached must not turn it into a failed request: clients re-read on (re)connect, and
 * the failure is logged.
 */
export async function notifyRooms({ rooms, logger }: Pick<Deps, 'rooms' | 'logger'>, effects: RoomEffect[]): Promise<void> {
  if (!effects.length) return;
  try {
    await rooms.apply(effects);
  } catch (error) {
    logger.warn('chat rooms could not be notified', { error: error instanceof Error ? error.message : String(error), effects: effects.length });
  }
}
