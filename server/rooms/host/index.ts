export { PartyHost, type PartyHostOptions } from './party-host.ts';
export type { PartyServerClass } from './party-types.ts';
export { parsePartyPath, type PartyAddress } from './url.ts';
