import { describe, expect, it } from 'vitest';
import { backtest, backtestOrigins } from './backtest.ts';

const weekly = [12, 40, 38, 35, 33, 30, 10];

describe('rolling-origin backtest', () => {
  it('places origins from the last possible one back, oldest first', () => {
    expect(backtestOrigins(40, { horizon: 7 })).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33]);
    expect(backtestOrigins(60, { horizon: 14, step: 7, maxOrigins: 3 })).toEqual([32, 39, 46]);
    expect(backtestOrigins(30, { horizon: 14 })).toEqual([]);
  });

  it('has no error on a series the method forecasts exactly', () => {
    const y = Array.from({ length: 70 }, (_, t) => (weekly[t % 7] as number) + 0.5 * t);
    const result = backtest(y, { horizon: 14 });
    expect(result.origins).toBe(70 - 14 - 21 + 1);
    expect(result.days).toBe(result.origins * 14);
    expect(result.mae).toBeCloseTo(0, 9);
    expect(result.mape).toBeCloseTo(0, 9);
  });

  it('pools absolute errors, and leaves days without tickets out of the MAPE', () => {
    // Three weeks of a flat 10 a day, then one day of 20 and one of 0: the forecast is 10 for both.
    const y = [...Array.from({ length: 21 }, () => 10), 20, 0];
    const result = backtest(y, { horizon: 2 });
    expect(result).toEqual({ origins: 1, days: 2, zeroDays: 1, mae: 10, mape: 0.5 });
  });

  it('answers nulls when there is nothing to compare', () => {
    expect(backtest([1, 2, 3], { horizon: 7 })).toEqual({ origins: 0, days: 0, zeroDays: 0, mae: null, mape: null });
  });
});
