/**
 * Sliding-window counter per key, in memory. One process serves everything (DESIGN.md), so
 * memory is the right store; a multi-node deployment would swap this for a shared one.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  retryAfter(key: string): number {
    const list = this.recent(key);
    if (list.length < this.limit) return 0;
    return Math.max(1, (list[list.length - this.limit] ?? 0) + this.windowMs - this.now());
  }

  record(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    this.hits.set(key, list);
    this.sweep();
  }

  /** Records a hit if allowed; returns the wait in ms when refused. */
  consume(key: string): number {
    const wait = this.retryAfter(key);
    if (wait === 0) this.record(key);
    return wait;
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length > this.limit) list.splice(0, list.length - this.limit);
    return list;
  }

  /** Forget idle keys now and then so memory tracks active clients, not all clients ever. */
  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, list] of this.hits) {
      if ((list[list.length - 1] ?? 0) <= now - this.windowMs) this.hits.delete(key);
    }
  }
}
