import type { RoomEffect } from './store.ts';

/**
 * Delivers room effects produced outside a room (REST routes) to the rooms: in-process through the
 * PartyHost, or over HTTP to a PartyKit deployment. Implemented in server/rooms/ (session and
 * lobby rooms accept the same POST bodies from both paths).
 */
export interface RoomsNotifier {
  apply(effects: RoomEffect[]): Promise<void>;
}
