import type { Config } from '../config.ts';
import type { Logger } from '../lib/logger.ts';
import AgentsRoom from './agents-room.ts';
import { createRoomsNotifier } from './effects.ts';
import { PartyHost } from './host/index.ts';
import type { RoomsNotifier } from './notifier.ts';
import SessionRoom from './session-room.ts';
import type { RoomsEnv } from './store-for-room.ts';
import type { ChatStore } from './store.ts';

export interface ChatRoomsOptions {
  /** The chat domain on this process's database (direct-store.ts). */
  store: ChatStore;
  /** Read on every notification: tests point `roomsUrl` at a PartyKit dev server after start. */
  config: Pick<Config, 'publicUrl' | 'roomsUrl' | 'roomsSecret'>;
  logger: Logger;
  /** How long an agent stays online after their last console closed; 30 s unless a test needs less. */
  offlineGraceMs?: number;
}

export interface ChatRooms {
  /** Serves `/parties/:party/:room` sockets: `host.attach(server)`, and `host.close()` on shutdown. */
  host: PartyHost;
  /** For Deps.rooms: REST routes' effects reach the rooms, here or on PartyKit. */
  notifier: RoomsNotifier;
}

/** Address for in-process deliveries; the host only reads the path. */
const inProcessOrigin = 'http://lantern.rooms';

/**
 * The chat rooms hosted in this process, and the notifier that delivers REST effects to them.
 * When `config.roomsUrl` names another place than this server (a PartyKit deployment), the
 * notifier POSTs there instead, and this host simply has no visitors.
 */
export function createChatRooms(options: ChatRoomsOptions): ChatRooms {
  const { config, logger } = options;
  const env: RoomsEnv = {
    LANTERN_STORE: options.store,
    LANTERN_ROOMS_SECRET: config.roomsSecret,
    LANTERN_LOGGER: logger,
    ...(options.offlineGraceMs !== undefined ? { LANTERN_LOBBY_OFFLINE_GRACE_MS: options.offlineGraceMs } : {}),
  };
  const host = new PartyHost({ parties: { main: SessionRoom, agents: AgentsRoom }, env: { ...env }, logger });
  const inProcess = () => config.roomsUrl === config.publicUrl;
  const notifier = createRoomsNotifier({
    fetch: (url, init) => (inProcess() ? host.fetch(new Request(url, init)) : fetch(url, init)),
    roomsUrl: () => (inProcess() ? inProcessOrigin : config.roomsUrl),
    secret: config.roomsSecret,
    onError: (error, delivery) =>
      logger.warn('room effect not delivered', { delivery, error: error instanceof Error ? error.message : String(error) }),
  });
  return { host, notifier };
}
