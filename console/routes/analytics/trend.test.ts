import { describe, expect, it } from 'vitest';
import { absoluteTrend, relativeTrend, signedPercent } from './trend.ts';

describe('trend indicators', () => {
  it('formats relative changes without inventing precision', () => {
    expect(signedPercent(0.12)).toBe('+12%');
    expect(signedPercent(-0.08)).toBe('−8%');
    expect(signedPercent(0.045)).toBe('+4.5%');
    expect(signedPercent(2.5)).toBe('+250%');
    expect(signedPercent(0.0004)).toBe('+<0.1%');
    expect(signedPercent(0)).toBe('0%');
  });

  it('colours by whether up is good', () => {
    expect(relativeTrend({ value: 112, previous: 100, change: 0.12 }, 'neutral')).toEqual({ text: '+12% from last period', direction: 'up', tone: 'neutral' });
    // A faster first response is good, a slower one bad.
    expect(relativeTrend({ value: 92, previous: 100, change: -0.08 }, 'lower-is-better')).toEqual({ text: '−8% from last period', direction: 'down', tone: 'good' });
    expect(relativeTrend({ value: 110, previous: 100, change: 0.1 }, 'lower-is-better')).toMatchObject({ direction: 'up', tone: 'bad' });
    expect(relativeTrend({ value: 100, previous: 100, change: 0 }, 'higher-is-better')).toEqual({ text: 'No change from last period', direction: 'flat', tone: 'neutral' });
  });

  it('never shows a percentage the API did not give', () => {
    expect(relativeTrend({ value: 5, previous: null, change: null }, 'neutral')).toEqual({ text: 'No previous data', direction: null, tone: 'neutral' });
    expect(relativeTrend({ value: null, previous: 3, change: null }, 'neutral')).toEqual({ text: 'No data this period', direction: null, tone: 'neutral' });
    expect(relativeTrend({ value: 5, previous: 0, change: null }, 'higher-is-better')).toEqual({ text: 'Up from 0 last period', direction: 'up', tone: 'good' });
    expect(relativeTrend({ value: 0, previous: 0, change: null }, 'neutral')).toMatchObject({ text: 'No change from last period' });
  });

  it('gives ratings as a difference of points', () => {
    expect(absoluteTrend({ value: 4.4, previous: 4.2, change: 0.0476 }, 'higher-is-better')).toEqual({ text: '+0.2 from last period', direction: 'up', tone: 'good' });
    expect(absoluteTrend({ value: 3.9, previous: 4.2, change: -0.07 }, 'higher-is-better')).toEqual({ text: '−0.3 from last period', direction: 'down', tone: 'bad' });
    expect(absoluteTrend({ value: 4.21, previous: 4.2, change: 0.002 }, 'higher-is-better')).toMatchObject({ text: 'No change from last period' });
    expect(absoluteTrend({ value: 4, previous: null, change: null }, 'higher-is-better')).toMatchObject({ text: 'No previous data' });
  });
});
