import { resolve } from 'node:path';
import { startTestServer } from '../testing/harness.ts';
import { roomsContract, roomsTestServerEnv } from './rooms-contract.ts';
import { startPartykitDev } from './testing/partykit-dev.ts';

const offlineGraceMs = 500;

// The same rooms on real PartyKit (`partykit dev`, workerd) from partykit.json: they reach the test
// server's store over /api/internal/rooms, and the server's REST effects reach them over HTTP.
roomsContract('chat rooms, hosted by partykit dev', async () => {
  const server = await startTestServer({ env: roomsTestServerEnv });
  try {
    const dev = await startPartykitDev({
      config: resolve(import.meta.dirname, '../../partykit.json'),
      vars: {
        LANTERN_API_URL: server.url,
        LANTERN_ROOMS_SECRET: server.config.roomsSecret,
        LANTERN_LOBBY_OFFLINE_GRACE_MS: String(offlineGraceMs),
      },
    });
    server.config.roomsUrl = `http://${dev.host}`;
    return {
      server,
      roomsHost: dev.host,
      offlineGraceMs,
      roomFetch: (path, init) => fetch(`http://${dev.host}${path}`, init),
      stop: async () => {
        await dev.stop();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
});
