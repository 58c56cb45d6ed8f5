import { forecastMethod, type DailyCount, type ForecastQueryParsed, type VolumeForecast } from '../../../shared/schemas/analytics-extra.ts';
import type { Db } from '../../db/open.ts';
import { startOfDay } from '../../../shared/time-zone.ts';
import { backtest } from './backtest.ts';
import { dailyCreated, firstCreatedAt } from './daily.ts';
import { addDays, dayOf as localDay } from '../../../shared/time-zone.ts';
import { fitHoltWinters, minimumHistoryDays } from './holt-winters.ts';
import { forecastWithBand, intervalLevel } from './interval.ts';

/** The fit sees at most the last year of whole days. */
export const fitWindowDays = 365;
/** The history returned beside the forecast: 8 weeks. */
export const historyDays = 56;
/** The backtest in the answer: one origin a week, the last 8 weeks of origins. */
export const answerBacktest = { step: 7, maxOrigins: 8 } as const;

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Tickets created per whole local day in `tz` before today, at most `maxDays` of them. It starts the
 * day after the first ticket's: that first day is rarely whole, and a young help desk must not be
 * taught that it had months of zeros before it began.
 */
export function dailyHistory(db: Db, tz: string, now: number, maxDays = fitWindowDays): DailyCount[] {
  const today = localDay(now, tz);
  const to = startOfDay(today, tz);
  const first = firstCreatedAt(db);
  if (first === null) return [];
  const from = Math.max(startOfDay(addDays(today, -maxDays), tz), startOfDay(addDays(localDay(first, tz), 1), tz));
  return from < to ? dailyCreated(db, { from, to }, tz) : [];
}

/** The fit and backtest of one history: the costly part, the same for the same numbers. */
interface Modelled {
  forecast: VolumeForecast['forecast'];
  parameters: VolumeForecast['parameters'];
  backtest: VolumeForecast['backtest'];
}

function model(values: number[], horizon: number, today: string): Modelled {
  const fit = fitHoltWinters(values);
  const { mape, mae, days, origins } = backtest(values, { horizon, ...answerBacktest });
  return {
    forecast: forecastWithBand(fit, horizon).map((band, index) => ({
      day: addDays(today, index),
      value: round(band.value),
      low: round(band.low),
      high: round(band.high),
    })),
    parameters: fit.parameters,
    backtest: { mape: mape === null ? null : Math.round(mape * 10_000) / 10_000, mae: mae === null ? null : round(mae), days, origins },
  };
}

/**
 * Remembers the last few models: a page that refetches on every live change asks again and again
 * while the whole days before today stay the same. Keyed by zone, horizon, day and the counts.
 */
export class ForecastCache {
  private readonly entries = new Map<string, Modelled>();
  constructor(private readonly capacity = 16) {}

  get(key: string, compute: () => Modelled): Modelled {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit); // most recently used last
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

/**
 * Tickets created per day for the next `horizon` days, starting today, fitted on the whole days
 * before today (today is still filling up).
 */
export function volumeForecast(db: Db, { horizon, tz }: ForecastQueryParsed, now: number, cache?: ForecastCache): VolumeForecast {
  const today = localDay(now, tz);
  const series = dailyHistory(db, tz, now);
  const values = series.map((day) => day.created);
  const base: Pick<VolumeForecast, 'tz' | 'horizon' | 'history' | 'method' | 'level'> = {
    tz,
    horizon,
    history: series.slice(-historyDays),
    method: forecastMethod,
    level: intervalLevel,
  };

  if (values.length < minimumHistoryDays) {
    return {
      ...base,
      forecast: [],
      parameters: null,
      backtest: { mape: null, mae: null, days: 0, origins: 0 },
      reason: `A forecast needs at least ${minimumHistoryDays / 7} whole weeks of ticket history; there ${values.length === 1 ? 'is 1 whole day' : `are ${values.length} whole days`}.`,
    };
  }
  const compute = () => model(values, horizon, today);
  const modelled = cache ? cache.get(`${tz}|${horizon}|${today}|${values.join(',')}`, compute) : compute();
  return { ...base, ...modelled };
}
