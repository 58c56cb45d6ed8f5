import { randomBytes } from 'node:crypto';

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then randomness. Time-ordered ids keep
 * B-tree inserts local and make `id` a stable tie-breaker for keyset pagination.
 * Ids made in the same millisecond carry a rising counter, so one process's ids stay in order.
 * An earlier timestamp (an import, a backfill) is used as given: the id sorts where the row belongs.
 */
let lastMs = -1;
let sequence = 0;

export function uuidv7(now = Date.now()): string {
  const bytes = randomBytes(16);
  let counter = bytes.readUInt16BE(6) & 0x7ff; // start low so a counter has room to climb
  if (now === lastMs && sequence < 0xfff) {
    counter = ++sequence;
  } else if (now >= lastMs) {
    lastMs = now;
    sequence = counter;
  }
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A URL-safe random secret with a readable prefix (`lt_…`, `pk_…`). */
export function randomToken(prefix: string, bytes = 24): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}
