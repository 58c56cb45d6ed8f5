import { describe, expect, it } from 'vitest';
import { FloodGuard } from './flood-guard.ts';

describe('FloodGuard', () => {
  it('lets a burst through, then refills at the steady rate', () => {
    let now = 0;
    const guard = new FloodGuard(3, 2, () => now);
    expect([guard.take(), guard.take(), guard.take()]).toEqual([0, 0, 0]);
    expect(guard.take()).toBe(500);
    now = 499;
    expect(guard.take()).toBeGreaterThan(0);
    now = 500;
    expect(guard.take()).toBe(0);
    now = 10_000;
    expect([guard.take(), guard.take(), guard.take(), guard.take()]).toEqual([0, 0, 0, 500]);
  });
});
