import { describe, expect, it } from 'vitest';
import { uuidv7 } from './ids.ts';

const msOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('uuidv7', () => {
  it('is a version 7, variant 10 UUID carrying the timestamp', () => {
    const id = uuidv7(1_700_000_000_123);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(msOf(id)).toBe(1_700_000_000_123);
  });

  it('stays strictly increasing for many ids in one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => uuidv7(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps an earlier timestamp as given, for imports and backfills', () => {
    uuidv7(1_900_000_000_000);
    const past = uuidv7(1_600_000_000_000);
    expect(msOf(past)).toBe(1_600_000_000_000);
  });
});
