import type * as Party from 'partykit/server';
import { z } from 'zod';
import { lobbyRoomId } from '../../shared/chat/protocol.ts';
import type { RoomsNotifier } from './notifier.ts';
import { describe } from './room-errors.ts';
import type { RoomSettings } from './store-for-room.ts';
import type { RoomEffect } from './store.ts';

/**
 * Room effects on the wire. A change made in one place (a session room, the lobby, a REST route)
 * reaches the other rooms as a POST to that room's URL, the same request whether it comes from a
 * room next door (`room.context.parties`) or from Lantern's REST routes (`createRoomsNotifier`),
 * in-process or on PartyKit. Bodies only say *what* changed; the room re-reads the rest.
 */

export const sessionParty = 'main';
export const lobbyParty = 'agents';
export const roomsSecretHeader = 'x-lantern-rooms-secret';

const refreshRequest = z.strictObject({ type: z.literal('refresh') });
const lobbyRequest = z.strictObject({
  type: z.literal('lobby'),
  sessionId: z.string().min(1).max(100),
  assigned: z.strictObject({ agentId: z.string().min(1).max(100), reason: z.enum(['auto', 'accept', 'transfer']) }).optional(),
  queueChanged: z.boolean(),
});
export const roomRequest = z.discriminatedUnion('type', [refreshRequest, lobbyRequest]);
export type RoomRequest = z.infer<typeof roomRequest>;
export type LobbyRequest = z.infer<typeof lobbyRequest>;

export interface RoomDelivery {
  party: typeof sessionParty | typeof lobbyParty;
  room: string;
  body: RoomRequest;
}

/** One POST per room: repeated effects for the same room are merged into one. */
export function deliveriesFor(effects: readonly RoomEffect[]): RoomDelivery[] {
  const byRoom = new Map<string, RoomDelivery>();
  for (const effect of effects) {
    if (effect.kind === 'session') {
      byRoom.set(`session:${effect.sessionId}`, { party: sessionParty, room: effect.sessionId, body: { type: 'refresh' } });
      continue;
    }
    const key = `lobby:${effect.sessionId}`;
    const earlier = byRoom.get(key)?.body;
    const merged: LobbyRequest = {
      type: 'lobby',
      sessionId: effect.sessionId,
      queueChanged: effect.queueChanged || (earlier?.type === 'lobby' && earlier.queueChanged),
    };
    const assigned = effect.assigned ?? (earlier?.type === 'lobby' ? earlier.assigned : undefined);
    if (assigned) merged.assigned = assigned;
    byRoom.set(key, { party: lobbyParty, room: lobbyRoomId, body: merged });
  }
  return [...byRoom.values()];
}

export function roomRequestInit(body: RoomRequest, secret: string): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', [roomsSecretHeader]: secret },
    body: JSON.stringify(body),
  };
}

/**
 * Reads a room's incoming POST: the rooms secret, then the body. A Response means "answer this";
 * the room should not look any further.
 */
export async function readRoomRequest(request: Request | Party.Request, secret: string): Promise<RoomRequest | Response> {
  if (request.method !== 'POST') return jsonResponse(405, 'method_not_allowed', 'Rooms accept POST only');
  if (!sameSecret(request.headers.get(roomsSecretHeader) ?? '', secret)) {
    return jsonResponse(401, 'unauthenticated', `Missing or wrong ${roomsSecretHeader} header`);
  }
  let value: unknown;
  try {
    value = await request.json();
  } catch {
    return jsonResponse(400, 'invalid_json', 'The body must be JSON');
  }
  const parsed = roomRequest.safeParse(value);
  if (!parsed.success) return jsonResponse(422, 'validation_failed', 'Unknown or malformed room request');
  return parsed.data;
}

export function jsonResponse(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify(status < 300 ? { ok: true } : { error: { code, message } }), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

export const okResponse = () => jsonResponse(200, 'ok', 'ok');

/**
 * Sends effects from inside a room to the rooms concerned. Not awaited by the sender's frame
 * handling: the sender is acked already, and the other rooms re-read state, so order between
 * deliveries does not matter. `local` handles deliveries addressed to the calling room itself
 * (a Durable Object calling its own stub would queue behind its own work).
 */
export function sendFromRoom(
  room: Party.Room,
  effects: readonly RoomEffect[],
  secret: string,
  onError: (error: unknown, delivery: RoomDelivery) => void,
  local?: (delivery: RoomDelivery) => boolean,
): void {
  for (const delivery of deliveriesFor(effects)) {
    if (local?.(delivery)) continue;
    const party = room.context.parties[delivery.party];
    if (!party) {
      onError(new Error(`Party "${delivery.party}" is not configured`), delivery);
      continue;
    }
    party
      .get(delivery.room)
      .fetch(roomRequestInit(delivery.body, secret))
      .then((response) => {
        if (!response.ok) onError(new Error(`Room answered ${response.status}`), delivery);
      })
      .catch((error: unknown) => onError(error, delivery));
  }
}

/**
 * A room's effects sent on with `sendFromRoom`: nothing for none, and what is not delivered is
 * logged (with `context`), never thrown.
 */
export function applyFromRoom(
  room: Party.Room,
  settings: Pick<RoomSettings, 'secret' | 'logger'>,
  effects: readonly RoomEffect[],
  local: (delivery: RoomDelivery) => boolean,
  context: Record<string, unknown> = {},
): void {
  if (effects.length === 0) return;
  sendFromRoom(
    room,
    effects,
    settings.secret,
    (error, delivery) => settings.logger.warn('room effect not delivered', { ...context, delivery, ...describe(error) }),
    local,
  );
}

export interface RoomsNotifierOptions {
  /** In-process: the PartyHost's fetch; on PartyKit: global fetch. */
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  /** Where the rooms are, e.g. `http://127.0.0.1:8787` or `https://lantern.you.partykit.dev`. Read per call. */
  roomsUrl: string | (() => string);
  secret: string;
  /** Failed deliveries are reported, never thrown: the REST change is committed either way. */
  onError?: (error: unknown, delivery: RoomDelivery) => void;
}

/** RoomsNotifier for REST routes: POSTs each effect to its room and waits for the rooms to answer. */
export function createRoomsNotifier(options: RoomsNotifierOptions): RoomsNotifier {
  const onError = options.onError ?? ((error, delivery) => console.warn('room effect not delivered', delivery, error));
  return {
    async apply(effects) {
      const base = typeof options.roomsUrl === 'function' ? options.roomsUrl() : options.roomsUrl;
      await Promise.all(
        deliveriesFor(effects).map(async (delivery) => {
          try {
            const response = await options.fetch(roomUrl(base, delivery), roomRequestInit(delivery.body, options.secret));
            if (!response.ok) onError(new Error(`Room answered ${response.status}: ${await response.text()}`), delivery);
          } catch (error) {
            onError(error, delivery);
          }
        }),
      );
    },
  };
}

function roomUrl(base: string, delivery: RoomDelivery): string {
  return `${base.replace(/\/+$/, '')}/parties/${delivery.party}/${encodeURIComponent(delivery.room)}`;
}

/** Compares in time independent of where the strings differ (no node:crypto on every host). */
function sameSecret(given: string, expected: string): boolean {
  let difference = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return difference === 0 && expected.length > 0;
}
