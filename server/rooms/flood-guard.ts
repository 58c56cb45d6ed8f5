import { chatLimits } from '../../shared/chat/protocol.ts';

/**
 * A token bucket for one socket: `burst` frames at once, refilled at `perSecond`. Every frame
 * costs one token, valid or not, so junk floods are limited as much as chat floods.
 */
export class FloodGuard {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly burst: number = chatLimits.burst,
    private readonly perSecond: number = chatLimits.perSecond,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.refilledAt = now();
  }

  /** 0 when the frame may pass, else how many ms until the next one would. */
  take(): number {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) * this.perSecond) / 1000);
    this.refilledAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) * 1000) / this.perSecond);
  }
}
