import { createServer } from 'node:net';

/** A port nobody listens on right now (there is a small race until the caller binds it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('could not pick a free port'))));
    });
  });
}
