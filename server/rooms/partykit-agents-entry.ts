/** PartyKit's `agents` party (partykit.json "parties.agents"): the one agents' lobby, room id `lobby`. */
import type * as Party from 'partykit/server';
import AgentsRoom from './agents-room.ts';

export default AgentsRoom satisfies Party.Worker;
