import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { startPartykitDev, type PartykitDev } from '../testing/partykit-dev.ts';
import { describeHostContract } from './fixtures/host-contract.ts';

// The same contract as party-host.test.ts, against real PartyKit running the same fixture rooms:
// whatever passes here and fails there (or the reverse) is a difference between the hosts.
const greeting = 'hello from partykit';
let partykit: PartykitDev;

beforeAll(async () => {
  partykit = await startPartykitDev({
    config: fileURLToPath(new URL('./fixtures/partykit.json', import.meta.url)),
    vars: { GREETING: greeting },
  });
}, 45_000);

afterAll(() => partykit?.stop());

describeHostContract('partykit dev', () => ({ host: partykit.host, greeting }));
