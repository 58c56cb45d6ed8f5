/**
 * CSP `connect-src` sources a page needs to reach the chat rooms: their HTTP origin and the matching
 * ws(s) origin. When the rooms run in this process they are 'self' already, but naming them costs
 * nothing and keeps pages working when LANTERN_ROOMS_URL points at a PartyKit deployment.
 */
export function roomsConnectSources(roomsUrl: string): string {
  const rooms = new URL(roomsUrl);
  return `${rooms.origin} ${rooms.protocol === 'https:' ? 'wss' : 'ws'}://${rooms.host}`;
}
