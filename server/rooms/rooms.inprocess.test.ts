import { chatDepsOf } from '../chat/deps.ts';
import { createLogger } from '../lib/logger.ts';
import { startTestServer } from '../testing/harness.ts';
import { DirectChatStore } from './direct-store.ts';
import { createChatRooms } from './index.ts';
import { roomsContract, roomsTestServerEnv } from './rooms-contract.ts';

const offlineGraceMs = 500;

// The rooms in this process (our PartyHost on ws), on the same port as the API.
roomsContract('chat rooms, hosted in-process', async () => {
  const server = await startTestServer({
    env: roomsTestServerEnv,
    rooms: (deps) => {
      const rooms = createChatRooms({
        store: new DirectChatStore(chatDepsOf(deps)),
        config: deps.config,
        // Room warnings and errors show up in the test output.
        logger: createLogger('warn', (line) => console.error(line)),
        offlineGraceMs,
      });
      deps.rooms = rooms.notifier;
      return rooms.host;
    },
  });
  const host = server.rooms;
  if (!host) throw new Error('the harness did not build the rooms');
  return {
    server,
    roomsHost: new URL(server.url).host,
    offlineGraceMs,
    // Rooms' HTTP side is not on the public port in-process; effects reach it through the host.
    roomFetch: (path, init) => host.fetch(new Request(`${server.url}${path}`, init)),
    stop: () => server.close(),
  };
});
