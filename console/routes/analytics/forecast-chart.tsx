import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import type { VolumeForecast } from '../../../shared/schemas/analytics-extra.ts';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { ApiError } from '../../lib/errors.ts';
import { navigate, withQuery } from '../../lib/router.ts';
import type { Resource } from '../../lib/use-resource.ts';
import { ChartCanvas } from './charts/chart-canvas.tsx';
import { ChartCard } from './charts/chart-card.tsx';
import { percent, shortDay } from './format.ts';
import { forecastHorizons, type Horizon } from './range.ts';

const actual = '#4f46e5';
const predicted = '#d97706';

function ForecastBody({ data }: { data: VolumeForecast }) {
  const config = useMemo((): ChartConfiguration<'line'> => {
    const days = [...data.history.map((d) => d.day), ...data.forecast.map((d) => d.day)];
    const past = data.history.length;
    const pad = <T,>(before: number, values: T[], after: number) => [...Array<null>(before).fill(null), ...values, ...Array<null>(after).fill(null)];
    const ahead = data.forecast.length;
    return {
      type: 'line',
      data: {
        labels: days.map(shortDay),
        datasets: [
          { label: 'Created', data: pad(0, data.history.map((d) => d.created), ahead), borderColor: actual, backgroundColor: actual, pointRadius: 2, borderWidth: 2, tension: 0.2 },
          { label: 'Forecast', data: pad(past, data.forecast.map((d) => d.value), 0), borderColor: predicted, backgroundColor: predicted, borderDash: [6, 4], pointRadius: 2, borderWidth: 2, tension: 0.2 },
          // The band: an invisible lower edge, and the upper edge filled down to it.
          { label: 'Low', data: pad(past, data.forecast.map((d) => d.low), 0), borderColor: 'transparent', backgroundColor: 'transparent', pointRadius: 0, fill: false },
          {
            label: `${Math.round(data.level * 100)}% range`,
            data: pad(past, data.forecast.map((d) => d.high), 0),
            borderColor: 'transparent',
            backgroundColor: 'rgba(217, 119, 6, 0.18)',
            pointRadius: 0,
            fill: '-1',
          },
        ],
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: {
          legend: { position: 'bottom', labels: { filter: (item) => item.text !== 'Low' } },
          tooltip: {
            filter: (item) => item.raw !== null && item.dataset.label !== 'Low',
            callbacks: {
              label: (item) => {
                const band = data.forecast[item.dataIndex - past];
                if (item.datasetIndex === 3 && band) return ` Likely between ${band.low.toFixed(1)} and ${band.high.toFixed(1)}`;
                return ` ${item.dataset.label ?? ''}: ${typeof item.raw === 'number' ? (Number.isInteger(item.raw) ? item.raw : item.raw.toFixed(1)) : ''}`;
              },
            },
          },
        },
      },
    };
  }, [data]);

  if (data.forecast.length === 0) return <EmptyState title="Not enough history for a forecast yet">{data.reason}</EmptyState>;
  return (
    <ChartCanvas
      config={config}
      label={`Forecast of tickets created per day for the next ${data.horizon} days, with the ${Math.round(data.level * 100)}% range`}
    />
  );
}

/** Tickets per day for the last eight weeks and the next 14 or 30 days, with the forecast's band. */
export function ForecastChart({ resource, horizon }: { resource: Resource<VolumeForecast>; horizon: Horizon }) {
  const data = resource.data;
  const backtest = data?.backtest;
  const subtitle = data
    ? `Holt-Winters with weekly seasonality. Backtest error: ${backtest?.mape == null ? 'not enough history' : `${percent(backtest.mape)} MAPE, ${backtest.mae?.toFixed(1) ?? '—'} tickets a day MAE`}.`
    : 'Holt-Winters with weekly seasonality.';
  const missing = resource.error instanceof ApiError && resource.error.status === 404;
  return (
    <ChartCard
      id="forecast"
      title="Volume forecast"
      subtitle={subtitle}
      actions={
        <label class="range-controls__field range-controls__field--inline">
          <span class="visually-hidden">Forecast horizon</span>
          <select class="select select--sm" value={String(horizon)} onChange={(event) => navigate(withQuery({ horizon: event.currentTarget.value === '14' ? null : event.currentTarget.value }), { replace: true })}>
            {forecastHorizons.map((days) => (
              <option key={days} value={String(days)}>
                Next {days} days
              </option>
            ))}
          </select>
        </label>
      }
      chart={
        data ? (
          <ForecastBody data={data} />
        ) : missing ? (
          <EmptyState title="The forecast is not available on this server yet" />
        ) : resource.error ? (
          <ErrorState error={resource.error} onRetry={resource.reload} />
        ) : (
          <Loading label="Forecasting…" />
        )
      }
      table={() =>
        data ? (
          <table class="table table--compact">
            <caption class="visually-hidden">Forecast of tickets created per day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" class="numeric">Forecast</th>
                <th scope="col" class="numeric">Low</th>
                <th scope="col" class="numeric">High</th>
              </tr>
            </thead>
            <tbody>
              {data.forecast.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{shortDay(d.day)}</th>
                  <td class="numeric">{d.value.toFixed(1)}</td>
                  <td class="numeric">{d.low.toFixed(1)}</td>
                  <td class="numeric">{d.high.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null
      }
    />
  );
}
