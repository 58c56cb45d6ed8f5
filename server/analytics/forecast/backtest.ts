import type { ForecastBacktest } from '../../../shared/schemas/analytics-extra.ts';
import { fitHoltWinters, minimumHistoryDays, pointForecast } from './holt-winters.ts';

/**
 * Rolling-origin evaluation: for each origin t, fit on days [0, t) (parameters searched afresh),
 * forecast days t … t+h−1, compare with what happened. Errors are pooled over every (origin, day)
 * pair:
 *
 * - MAE  = mean |actual − forecast| over all pairs, in tickets per day;
 * - MAPE = mean |actual − forecast| / actual over the pairs whose actual is > 0. Days without a
 *   ticket are skipped (their percentage error is undefined), and `zeroDays` says how many.
 *
 * Forecasts are clamped at 0, as the endpoint shows them.
 */

export interface BacktestOptions {
  horizon: number;
  /** Origins every `step` days (1: every day). */
  step?: number;
  /** Only the last `maxOrigins` origins (the most recent history matters most); all when absent. */
  maxOrigins?: number;
  /** The first origin is at least this many days in (default: the fit's minimum, 21). */
  minTraining?: number;
}

export interface BacktestResult extends ForecastBacktest {
  /** Compared days with an actual of 0, left out of the MAPE. */
  zeroDays: number;
}

/** The origins: from the last possible one (n − h) back by `step`, oldest first. */
export function backtestOrigins(length: number, { horizon, step = 1, maxOrigins, minTraining = minimumHistoryDays }: BacktestOptions): number[] {
  const origins: number[] = [];
  for (let origin = length - horizon; origin >= Math.max(minTraining, minimumHistoryDays); origin -= step) {
    origins.push(origin);
    if (maxOrigins !== undefined && origins.length >= maxOrigins) break;
  }
  return origins.reverse();
}

export function backtest(y: readonly number[], options: BacktestOptions): BacktestResult {
  const origins = backtestOrigins(y.length, options);
  let absolute = 0;
  let days = 0;
  let percentage = 0;
  let percentageDays = 0;
  let zeroDays = 0;
  for (const origin of origins) {
    const fit = fitHoltWinters(y.slice(0, origin));
    const forecast = pointForecast(fit, options.horizon);
    for (let k = 0; k < options.horizon; k++) {
      const actual = y[origin + k] as number;
      const error = Math.abs(actual - Math.max(0, forecast[k] as number));
      absolute += error;
      days++;
      if (actual > 0) {
        percentage += error / actual;
        percentageDays++;
      } else zeroDays++;
    }
  }
  return {
    mape: percentageDays ? percentage / percentageDays : null,
    mae: days ? absolute / days : null,
    days,
    origins: origins.length,
    zeroDays,
  };
}
