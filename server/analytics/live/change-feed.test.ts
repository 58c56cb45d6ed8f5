import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChangeFeed } from './change-feed.ts';

afterEach(() => vi.useRealTimers());

describe('change feed', () => {
  it('polls once per interval for all listeners, and only while someone listens', () => {
    vi.useFakeTimers();
    let version = 5;
    let reads = 0;
    const feed = createChangeFeed(() => {
      reads++;
      return version;
    });
    vi.advanceTimersByTime(5000);
    expect(reads).toBe(0); // nobody listening, nothing read

    const heardByA: number[] = [];
    const heardByB: number[] = [];
    const stopA = feed.subscribe((v) => heardByA.push(v));
    const stopB = feed.subscribe((v) => heardByB.push(v));
    expect(reads).toBe(1); // the baseline, read once for the first listener
    vi.advanceTimersByTime(3000);
    expect(reads).toBe(4); // one read a second, shared
    expect(heardByA).toEqual([]); // no change, no event

    version = 6;
    version = 7; // two writes within one interval: one change
    vi.advanceTimersByTime(1000);
    expect(heardByA).toEqual([7]);
    expect(heardByB).toEqual([7]);

    stopA();
    version = 8;
    vi.advanceTimersByTime(1000);
    expect(heardByA).toEqual([7]);
    expect(heardByB).toEqual([7, 8]);
    expect(feed.listeners()).toBe(1);

    stopB();
    const before = reads;
    vi.advanceTimersByTime(10_000);
    expect(reads).toBe(before); // stopped with the last listener
    expect(feed.listeners()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps polling after a failed read and reports it', () => {
    vi.useFakeTimers();
    let fail = false;
    const errors: unknown[] = [];
    const feed = createChangeFeed(
      () => {
        if (fail) throw new Error('database is closed');
        return 1;
      },
      { onError: (error) => errors.push(error) },
    );
    const heard: number[] = [];
    const stop = feed.subscribe((v) => heard.push(v));
    fail = true;
    vi.advanceTimersByTime(2000);
    expect(errors).toHaveLength(2);
    stop();
  });
});
