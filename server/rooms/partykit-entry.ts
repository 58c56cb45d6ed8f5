/**
 * PartyKit's `main` party (partykit.json "main"): a room per chat session, id = session id.
 * Deployed rooms persist through Lantern's API (LANTERN_API_URL + LANTERN_ROOMS_SECRET); this
 * file must not import anything that opens SQLite, so the bundle stays Workers-compatible.
 */
import type * as Party from 'partykit/server';
import SessionRoom from './session-room.ts';

export default SessionRoom satisfies Party.Worker;
