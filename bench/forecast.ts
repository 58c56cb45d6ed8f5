/**
 * How well the ticket-volume forecast would have done. Seeds a realistic history with the
 * foundation's seed (`--tickets`, default 100,000, over `--days`, default 365) into a temporary
 * database, reads tickets created per day in `--tz` (default UTC) from the quarter-hour rollup,
 * and runs a rolling-origin backtest for horizons 7, 14 and 30 days: an origin every day, each fit
 * on everything before it (parameters searched afresh), forecasting h days, compared with what
 * happened. Prints MAPE (days without tickets skipped) and MAE, next to a seasonal-naive baseline
 * (each day forecast as the same weekday of the last observed week), and the time a fit and the
 * endpoint take.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isKnownTimeZone } from '../shared/schemas/analytics.ts';
import { backtest, backtestOrigins } from '../server/analytics/forecast/backtest.ts';
import { dailyHistory, ForecastCache, volumeForecast } from '../server/analytics/forecast/forecast.ts';
import { fitHoltWinters, parameterGrid, seasonLength } from '../server/analytics/forecast/holt-winters.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/open.ts';
import { seedDatabase } from '../server/seed/seed.ts';

const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    days: { type: 'string', default: '365' },
    tz: { type: 'string', default: 'UTC' },
    seed: { type: 'string', default: '42' },
  },
});
const tickets = Number(values.tickets);
const days = Number(values.days);
const seed = Number(values.seed);
const tz = values.tz;
if (!Number.isInteger(tickets) || tickets < 1 || !Number.isInteger(days) || days < 60 || !Number.isInteger(seed) || !isKnownTimeZone(tz)) {
  console.error('usage: npm run bench:forecast -- [--tickets N ≥ 1] [--days D ≥ 60] [--tz IANA zone] [--seed S]');
  process.exit(2);
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const gridSize = Object.values(parameterGrid).reduce((product, values) => product * values.length, 1);
const pct = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)} %`);
const num = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** The same comparison for the seasonal-naive forecast, to show what the method adds. */
function seasonalNaive(y: number[], horizon: number) {
  let absolute = 0;
  let n = 0;
  let percentage = 0;
  let nonZero = 0;
  for (const origin of backtestOrigins(y.length, { horizon })) {
    for (let k = 0; k < horizon; k++) {
      const actual = y[origin + k] as number;
      const forecast = y[origin - seasonLength + (k % seasonLength)] as number;
      absolute += Math.abs(actual - forecast);
      n++;
      if (actual > 0) {
        percentage += Math.abs(actual - forecast) / actual;
        nonZero++;
      }
    }
  }
  return { mape: nonZero ? percentage / nonZero : null, mae: n ? absolute / n : null };
}

const dataDir = mkdtempSync(join(tmpdir(), 'lantern-bench-forecast-'));
try {
  const config = loadConfig({ LANTERN_DATA_DIR: dataDir, LANTERN_LOG_LEVEL: 'silent' });
  const database = openDatabase(config.databaseFile);
  console.log(`Seeding ${tickets.toLocaleString('en-US')} tickets over ${days} days (seed ${seed})…`);
  const seeded = await seedDatabase(database.sqlite, { tickets, days, seed });
  console.log(`  seeded in ${(seeded.elapsedMs / 1000).toFixed(1)} s`);

  const now = Date.now();
  const readStarted = performance.now();
  // Every whole day (the first, partial one left out, as the endpoint does).
  const series = dailyHistory(database.db, tz, now, days + 1);
  const readMs = performance.now() - readStarted;
  const y = series.map((day) => day.created);
  const total = y.reduce((sum, n) => sum + n, 0);
  const sorted = [...y].sort((a, b) => a - b);
  console.log(
    `History: ${y.length} whole days in ${tz} (${series[0]?.day} … ${series.at(-1)?.day}), ${total.toLocaleString('en-US')} tickets, ` +
      `per day min ${sorted[0]} / median ${percentile(sorted, 50)} / max ${sorted.at(-1)}; read from the rollup in ${readMs.toFixed(1)} ms`,
  );

  const fitTimes: number[] = [];
  const lastYear = y.slice(-365);
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    fitHoltWinters(lastYear);
    fitTimes.push(performance.now() - started);
  }
  fitTimes.sort((a, b) => a - b);
  const fit = fitHoltWinters(lastYear);
  console.log(
    `Fit on ${lastYear.length} days (${gridSize} parameter sets): p50 ${percentile(fitTimes, 50).toFixed(1)} ms, p95 ${percentile(fitTimes, 95).toFixed(1)} ms; ` +
      `chosen α ${fit.parameters.alpha}, β ${fit.parameters.beta}, γ ${fit.parameters.gamma}, φ ${fit.parameters.phi}, one-step σ ${fit.sigma.toFixed(1)} tickets`,
  );

  console.log('\nRolling-origin backtest (origin every day, refit each time; MAPE skips days with no tickets):');
  console.log('horizon  origins  days compared  MAPE     MAE      seasonal-naive MAPE / MAE  time');
  for (const horizon of [7, 14, 30]) {
    const started = performance.now();
    const result = backtest(y, { horizon });
    const ms = performance.now() - started;
    const naive = seasonalNaive(y, horizon);
    console.log(
      [
        `${horizon} d`.padEnd(8),
        String(result.origins).padEnd(8),
        `${result.days.toLocaleString('en-US')}${result.zeroDays ? ` (${result.zeroDays} zero)` : ''}`.padEnd(14),
        pct(result.mape).padEnd(8),
        num(result.mae).padEnd(8),
        `${pct(naive.mape)} / ${num(naive.mae)}`.padEnd(26),
        `${(ms / 1000).toFixed(2)} s`,
      ].join(' '),
    );
  }

  const timeEndpoint = (cache?: ForecastCache) => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      volumeForecast(database.db, { horizon: 30, tz }, now, cache);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`;
  };
  console.log(`\nGET /forecast?horizon=30 (rollup read, fit, band, weekly backtest of 8 origins): ${timeEndpoint()}`);
  console.log(`  asked again with the same history (cached model; the rollup is still read): ${timeEndpoint(new ForecastCache())}`);
  console.log(`(load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}: timings are for a quiet machine only when it is low)`);
  database.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
