/** Where a request is going, read from PartyKit's URL shape `/parties/:party/:room[/more]`. */
export interface PartyAddress {
  party: string;
  room: string;
}

const prefix = '/parties/';
const maxRoomIdLength = 256;
// RFC 3986 path characters. Ids stay exactly as sent (not percent-decoded), as in PartyKit.
const roomIdPattern = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+$/;

/**
 * `null` when the path is not a party path at all, `'invalid'` when it is one but names no usable
 * room, else the party and the raw room id. Anything after the room id is the room's business.
 */
export function parsePartyPath(pathname: string): PartyAddress | 'invalid' | null {
  if (!pathname.startsWith(prefix)) return null;
  const partyEnd = pathname.indexOf('/', prefix.length);
  if (partyEnd === -1) return 'invalid';
  const party = pathname.slice(prefix.length, partyEnd);
  const roomEnd = pathname.indexOf('/', partyEnd + 1);
  const room = pathname.slice(partyEnd + 1, roomEnd === -1 ? undefined : roomEnd);
  if (party === '' || !isValidRoomId(room)) return 'invalid';
  return { party, room };
}

export function isValidRoomId(id: string): boolean {
  return id.length > 0 && id.length <= maxRoomIdLength && roomIdPattern.test(id);
}

/** The URL of a room (plus an optional sub-path) as PartyKit builds it for `context.parties`. */
export function roomUrl(origin: string, address: PartyAddress, path = ''): string {
  return `${origin}${prefix}${address.party}/${address.room}${path}`;
}
