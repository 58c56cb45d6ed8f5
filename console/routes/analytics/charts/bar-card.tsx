import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { Link } from '../../../components/link.tsx';
import { EmptyState } from '../../../components/states.tsx';
import { navigate } from '../../../lib/router.ts';
import { percent } from '../format.ts';
import { ChartCanvas } from './chart-canvas.tsx';
import { ChartCard } from './chart-card.tsx';
import { colourAt } from './register.ts';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Share of the whole (0–1), shown in the tooltip and the table. */
  share?: number | null;
  /** The tickets behind the bar. */
  href: string;
}

/**
 * Tickets per group as bars (one colour per bar), each bar a link to its tickets. `horizontal`
 * suits long labels (categories, channels); vertical suits an ordered scale (resolution times).
 */
export function BarCard({
  id,
  title,
  subtitle,
  bars,
  horizontal = false,
  noun = 'Tickets',
  empty,
}: {
  id: string;
  title: string;
  subtitle?: string;
  bars: Bar[];
  horizontal?: boolean;
  noun?: string;
  empty: string;
}) {
  const config = useMemo(
    (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: bars.map((bar) => bar.label),
        datasets: [{ label: noun, data: bars.map((bar) => bar.value), backgroundColor: bars.map((_, i) => colourAt(i)), borderRadius: 4, maxBarThickness: 40 }],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => {
                const share = bars[item.dataIndex]?.share;
                return ` ${noun}: ${String(item.raw)}${share == null ? '' : ` (${percent(share)})`}`;
              },
            },
          },
        },
      },
    }),
    [bars, horizontal, noun],
  );
  const hasShares = bars.some((bar) => bar.share !== undefined);
  const anything = bars.some((bar) => bar.value > 0);
  return (
    <ChartCard
      id={id}
      title={title}
      subtitle={subtitle}
      chart={
        anything ? (
          <ChartCanvas
            config={config}
            label={`${title}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')}`}
            height={horizontal ? Math.max(160, 36 * bars.length + 40) : 260}
            onPick={({ index }) => {
              const bar = bars[index];
              if (bar) navigate(bar.href);
            }}
          />
        ) : (
          <EmptyState title={empty} />
        )
      }
      table={(linked) => (
        <table class="table table--compact">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col" class="numeric">
                {noun}
              </th>
              {hasShares && (
                <th scope="col" class="numeric">
                  Share
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{linked && bar.value > 0 ? <Link href={bar.href}>{bar.label}</Link> : bar.label}</th>
                <td class="numeric">{bar.value.toLocaleString()}</td>
                {hasShares && <td class="numeric">{percent(bar.share)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
