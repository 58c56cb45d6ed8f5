import type { Random } from './random.ts';

/**
 * UUID v7 built from the row's own timestamp and the seeded generator.
 *
 * Not `uuidv7()` from server/lib/ids.ts, for two reasons: that one draws from crypto randomness
 * (so `--seed` could not reproduce ids), and its monotonic counter never goes back in time, so
 * after one call with a late timestamp every earlier-dated row would get the late timestamp
 * too. A backfill writes history out of order; its ids must carry each row's own time.
 */
export function seededUuidv7(rng: Random, timestampMs: number): string {
  const ms = Math.floor(timestampMs);
  const timeHigh = Math.floor(ms / 65_536) >>> 0; // bits 47..16
  const timeLow = ms % 65_536; // bits 15..0
  const first = rng.uint32();
  const second = rng.uint32();
  const third = rng.uint32();
  const version = 0x7000 | (first & 0x0fff);
  const variant = 0x8000 | ((first >>> 16) & 0x3fff);
  return `${hex32(timeHigh)}-${hex16(timeLow)}-${hex16(version)}-${hex16(variant)}-${hex32(second)}${hex16(third)}`;
}

// Table lookups: a million tickets need about six million ids, and toString(16) + padStart was
// a visible share of the seed's time.
const byteHex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex16 = (value: number) => (byteHex[(value >>> 8) & 0xff] as string) + (byteHex[value & 0xff] as string);
const hex32 = (value: number) => hex16(value >>> 16) + hex16(value);
