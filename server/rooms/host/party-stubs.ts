import type { HostedStub, PartiesContext } from './party-types.ts';
import { isValidRoomId, roomUrl, type PartyAddress } from './url.ts';

/** How a stub reaches a room: the host's request path minus the static `onBeforeRequest` hook. */
export type DeliverRequest = (address: PartyAddress, request: Request) => Promise<Response>;

/**
 * `room.context.parties` for rooms hosted in-process: `parties.other.get(id).fetch(...)` calls that
 * room's `onRequest` directly, with the URL PartyKit would build (`origin` is the host the room was
 * first reached on, as in PartyKit).
 */
export function createPartiesContext(partyNames: Iterable<string>, origin: string, deliver: DeliverRequest): PartiesContext {
  const parties: PartiesContext = {};
  for (const party of partyNames) {
    parties[party] = { get: (room) => createStub({ party, room }, origin, deliver) };
  }
  return parties;
}

function createStub(address: PartyAddress, origin: string, deliver: DeliverRequest): HostedStub {
  return {
    async fetch(pathOrInit, maybeInit) {
      if (!isValidRoomId(address.room)) throw new Error(`Invalid room id: ${address.room}`);
      let path = '';
      let init = maybeInit;
      if (typeof pathOrInit === 'string') {
        if (!pathOrInit.startsWith('/')) throw new Error('Path must start with /');
        path = pathOrInit;
      } else {
        init = pathOrInit;
      }
      const url = roomUrl(origin, address, path);
      return deliver(address, init instanceof Request ? await copyRequest(url, init) : new Request(url, init));
    },
    // Opening a socket to another room needs a real client connection; rooms here talk over fetch.
    socket: () => Promise.reject(new Error('parties.<name>.get(id).socket() is not supported by the in-process PartyKit host')),
    connect: () => {
      throw new Error('parties.<name>.get(id).connect() is not supported by the in-process PartyKit host');
    },
  };
}

/** A Request as the init of another: its body must be read, since streams cannot be re-sent. */
async function copyRequest(url: string, request: Request): Promise<Request> {
  const body = request.body === null ? null : await request.arrayBuffer();
  return new Request(url, { method: request.method, headers: request.headers, body, signal: request.signal });
}
