import { describe, expect, it } from 'vitest';
import { Random } from '../../seed/random.ts';
import { fitHoltWinters, fitWith, initialState, minimumHistoryDays, pointForecast } from './holt-winters.ts';
import { forecastStandardDeviations, forecastWithBand, z80 } from './interval.ts';

/** Synthetic series where the right forecast is known. */
const weekly = [12, 40, 38, 35, 33, 30, 10];
const series = (days: number, at: (t: number) => number) => Array.from({ length: days }, (_, t) => at(t));
const weekday = (t: number) => weekly[t % 7] as number;

describe('Holt-Winters, additive weekly', () => {
  it('forecasts a pure weekly pattern exactly, with no band', () => {
    const y = series(8 * 7, weekday);
    const fit = fitHoltWinters(y);
    expect(fit.sigma).toBe(0);
    const forecast = forecastWithBand(fit, 30);
    forecast.forEach(({ value, low, high }, k) => {
      const expected = weekday(y.length + k);
      expect(value).toBeCloseTo(expected, 9);
      expect(low).toBeCloseTo(expected, 9);
      expect(high).toBeCloseTo(expected, 9);
    });
  });

  it('continues a linear trend', () => {
    const line = (t: number) => 10 + 2.5 * t;
    const y = series(60, line);
    const fit = fitHoltWinters(y);
    expect(fit.trend).toBeCloseTo(2.5, 9);
    expect(fit.parameters.phi).toBe(1); // any damping would miss every day
    pointForecast(fit, 30).forEach((value, k) => expect(value).toBeCloseTo(line(60 + k), 9));
  });

  it('continues a trend with a weekly pattern on top', () => {
    const at = (t: number) => 100 + 0.8 * t + weekday(t);
    const y = series(10 * 7, at);
    pointForecast(fitHoltWinters(y), 14).forEach((value, k) => expect(value).toBeCloseTo(at(70 + k), 9));
  });

  it('starts from seasonals that sum to zero around the two-week trend line', () => {
    const start = initialState(series(14, (t) => 5 + t + weekday(t)));
    expect(start.trend).toBeCloseTo(1, 12);
    expect(start.seasonals.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
    // The level is the line on the day before the first: mean of week 1 (5 + 3 + 28.28…) minus 4 days of trend.
    expect(start.level).toBeCloseTo(5 + 3 + weekly.reduce((a, b) => a + b, 0) / 7 - 4, 9);
  });

  it('widens the band with the horizon', () => {
    const rng = new Random(7);
    const y = series(20 * 7, (t) => Math.max(0, 50 + weekday(t) + 6 * rng.normal()));
    const fit = fitHoltWinters(y);
    expect(fit.sigma).toBeGreaterThan(3);
    const widths = forecastWithBand(fit, 30).map(({ low, high }) => high - low);
    for (let k = 1; k < widths.length; k++) expect(widths[k]).toBeGreaterThanOrEqual((widths[k - 1] as number) - 1e-9);
    expect(widths[29]).toBeGreaterThan(widths[0] as number);
    // One day out the band is exactly ± z σ.
    expect(widths[0]).toBeCloseTo(2 * z80 * fit.sigma, 9);
  });

  it('computes the k-step deviation: the closed form of FPP3 table 8.8 when undamped', () => {
    const fit = { ...fitWith(series(21, weekday), { alpha: 0.5, beta: 0.2, gamma: 0.1, phi: 1 }), sigma: 2 };
    const closedForm = (k: number) => {
      const [a, b, g, m] = [0.5, 0.5 * 0.2, 0.1, 7];
      const j = Math.floor((k - 1) / m);
      return 2 * Math.sqrt(1 + (k - 1) * (a * a + a * b * k + (b * b * k * (2 * k - 1)) / 6) + g * j * (2 * a + g + b * m * (j + 1)));
    };
    forecastStandardDeviations(fit, 30).forEach((deviation, index) => expect(deviation).toBeCloseTo(closedForm(index + 1), 10));
    expect(forecastStandardDeviations(fit, 1)).toEqual([2]);
    // k = 9 by hand: 1 + 8 (0.25 + 0.45 + 0.255) + 0.1 · 1 · (1 + 0.1 + 1.4) = 8.89
    expect(forecastStandardDeviations(fit, 9)[8]).toBeCloseTo(2 * Math.sqrt(8.89), 12);
  });

  it('lets a damped trend fade: the increments shrink by φ each day', () => {
    const fit = { ...fitWith(series(21, (t) => 10 + t), { alpha: 0.3, beta: 0.1, gamma: 0, phi: 0.9 }), seasonals: Array(7).fill(0) };
    const values = pointForecast(fit, 10);
    for (let k = 2; k < values.length; k++) {
      expect((values[k] as number) - (values[k - 1] as number)).toBeCloseTo(0.9 * ((values[k - 1] as number) - (values[k - 2] as number)), 9);
    }
  });

  it('never forecasts below zero', () => {
    const y = series(35, (t) => Math.max(0, 60 - 2 * t));
    const forecast = forecastWithBand(fitHoltWinters(y), 30);
    expect(pointForecast(fitHoltWinters(y), 30).some((value) => value < 0)).toBe(true);
    for (const day of forecast) {
      expect(day.value).toBeGreaterThanOrEqual(0);
      expect(day.low).toBeGreaterThanOrEqual(0);
      expect(day.high).toBeGreaterThanOrEqual(day.value);
    }
  });

  it('picks a small α for noise around a fixed level and a large one for a wandering level', () => {
    const rng = new Random(11);
    const steady = series(30 * 7, (t) => 80 + weekday(t) + 8 * rng.normal());
    expect(fitHoltWinters(steady).parameters.alpha).toBeLessThanOrEqual(0.1);
    let level = 80;
    const wandering = series(30 * 7, (t) => {
      level += 6 * rng.normal();
      return level + weekday(t) + rng.normal();
    });
    expect(fitHoltWinters(wandering).parameters.alpha).toBeGreaterThanOrEqual(0.5);
  });

  it('refuses fewer than three weeks', () => {
    expect(() => fitHoltWinters(series(minimumHistoryDays - 1, weekday))).toThrow(RangeError);
  });

  it('fits a year of days in well under 50 ms', () => {
    const rng = new Random(3);
    const y = series(365, (t) => Math.max(0, 200 + 0.3 * t + 3 * weekday(t) + 20 * rng.normal()));
    fitHoltWinters(y); // warm up the JIT
    const started = performance.now();
    for (let i = 0; i < 5; i++) fitHoltWinters(y);
    expect((performance.now() - started) / 5).toBeLessThan(50);
  });
});
