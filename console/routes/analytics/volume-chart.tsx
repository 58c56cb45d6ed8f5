import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import type { TicketAnalytics } from '../../../shared/schemas/analytics.ts';
import { Link } from '../../components/link.tsx';
import { navigate } from '../../lib/router.ts';
import { ChartCanvas } from './charts/chart-canvas.tsx';
import { ChartCard } from './charts/chart-card.tsx';
import { drill, type Period } from './drill.ts';
import { shortDay } from './format.ts';

const created = '#4f46e5';
const resolved = '#059669';

/**
 * Tickets created and resolved per local day; with the comparison on, the previous period's days
 * dashed underneath, aligned day by day. Clicking a point opens that day's tickets.
 */
export function VolumeChart({ data, compare }: { data: TicketAnalytics; compare: boolean }) {
  const { volume, previousVolume, range } = data;
  const period: Period = { from: range.from, to: range.to };
  const previous: Period = { from: range.previousFrom, to: range.previousTo };

  const config = useMemo((): ChartConfiguration<'line'> => {
    const series = (label: string, colour: string, values: number[], dashed: boolean) => ({
      label,
      data: values,
      borderColor: dashed ? `${colour}99` : colour,
      backgroundColor: colour,
      borderDash: dashed ? [6, 4] : [],
      borderWidth: 2,
      pointRadius: volume.length > 60 ? 0 : 3,
      pointHoverRadius: 5,
      pointHitRadius: 8,
      tension: 0.25,
    });
    const datasets = [
      series('Created', created, volume.map((d) => d.created), false),
      series('Resolved', resolved, volume.map((d) => d.resolved), false),
      ...(compare
        ? [
            series('Created, previous period', created, previousVolume.map((d) => d.created), true),
            series('Resolved, previous period', resolved, previousVolume.map((d) => d.resolved), true),
          ]
        : []),
    ];
    return {
      type: 'line',
      data: { labels: volume.map((d) => shortDay(d.day)), datasets },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) => {
                const day = item.datasetIndex >= 2 ? previousVolume[item.dataIndex]?.day : volume[item.dataIndex]?.day;
                return ` ${item.dataset.label ?? ''}${item.datasetIndex >= 2 && day ? ` (${shortDay(day)})` : ''}: ${String(item.raw)}`;
              },
            },
          },
        },
      },
    };
  }, [data, compare]);

  const open = ({ datasetIndex, index }: { datasetIndex: number; index: number }) => {
    const current = datasetIndex < 2;
    const day = (current ? volume : previousVolume)[index]?.day;
    if (!day) return;
    const within = current ? period : previous;
    navigate(datasetIndex % 2 === 0 ? drill.createdOn(day, range.tz, within) : drill.resolvedOn(day, range.tz, within));
  };

  const total = volume.reduce((sum, d) => sum + d.created, 0);
  return (
    <ChartCard
      id="volume"
      title="Ticket volume"
      subtitle={`Created and resolved per day${compare ? ', previous period dashed' : ''}. Click a point for its tickets.`}
      chart={<ChartCanvas config={config} label={`Ticket volume per day: ${total} created in the range`} onPick={open} near />}
      table={(linked) => (
        <table class="table table--compact">
          <caption class="visually-hidden">Tickets created and resolved per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" class="numeric">Created</th>
              <th scope="col" class="numeric">Resolved</th>
              {compare && <th scope="col" class="numeric">Created, previous period</th>}
              {compare && <th scope="col" class="numeric">Resolved, previous period</th>}
            </tr>
          </thead>
          <tbody>
            {volume.map((d, i) => {
              const before = previousVolume[i];
              const cell = (value: number, href: string) => (linked && value > 0 ? <Link href={href}>{value}</Link> : value);
              return (
                <tr key={d.day}>
                  <th scope="row">{shortDay(d.day)}</th>
                  <td class="numeric">{cell(d.created, drill.createdOn(d.day, range.tz, period))}</td>
                  <td class="numeric">{cell(d.resolved, drill.resolvedOn(d.day, range.tz, period))}</td>
                  {compare && <td class="numeric">{before ? cell(before.created, drill.createdOn(before.day, range.tz, previous)) : '—'}</td>}
                  {compare && <td class="numeric">{before ? cell(before.resolved, drill.resolvedOn(before.day, range.tz, previous)) : '—'}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    />
  );
}
