import { createLogger } from '../lib/logger.ts';
import { startTestServer } from '../testing/harness.ts';
import { roomsContract, roomsTestServerEnv } from './rooms-contract.ts';

const offlineGraceMs = 500;

// The rooms in this process (our PartyHost on ws), on the same port as the API.
roomsContract('chat rooms, hosted in-process', async () => {
  const server = await startTestServer({
    env: roomsTestServerEnv,
    // Room warnings and errors show up in the test output.
    rooms: { logger: createLogger('warn', (line) => console.error(line)), offlineGraceMs },
  });
  const host = server.rooms;
  return {
    server,
    roomsHost: new URL(server.url).host,
    offlineGraceMs,
    // Rooms' HTTP side is not on the public port in-process; effects reach it through the host.
    roomFetch: (path, init) => host.fetch(new Request(`${server.url}${path}`, init)),
    stop: () => server.close(),
  };
});
