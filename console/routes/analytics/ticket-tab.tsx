import type { AnalyticsDashboard, TicketAnalytics } from '../../../shared/schemas/analytics.ts';
import { channelLabels } from '../../lib/labels.ts';
import { BarCard, type Bar } from './charts/bar-card.tsx';
import { drill, type Period } from './drill.ts';
import { PeakHours } from './heatmap.tsx';
import { PriorityTable } from './priority-table.tsx';

const shownCategories = 10;

/** Resolution times, channel mix, categories, SLA by priority and peak hours. */
export function TicketTab({ dashboard, tickets }: { dashboard: AnalyticsDashboard; tickets: TicketAnalytics }) {
  const period: Period = { from: dashboard.range.from, to: dashboard.range.to };
  const resolutionBars: Bar[] = tickets.resolutionTimes.map((bucket) => ({
    key: bucket.label,
    label: bucket.label,
    value: bucket.tickets,
    href: drill.resolutionTime(period, bucket.fromMs, bucket.toMs),
  }));
  const resolvedTotal = tickets.resolutionTimes.reduce((sum, bucket) => sum + bucket.tickets, 0);
  for (const bar of resolutionBars) bar.share = resolvedTotal > 0 ? bar.value / resolvedTotal : null;

  const channelBars: Bar[] = dashboard.channels.map((row) => ({
    key: row.channel,
    label: channelLabels[row.channel],
    value: row.tickets,
    share: row.share,
    href: drill.channel(period, row.channel),
  }));
  const categoryBars: Bar[] = dashboard.categories.slice(0, shownCategories).map((row) => ({
    key: row.category ?? '(none)',
    label: row.category ?? 'No category',
    value: row.tickets,
    share: row.share,
    href: drill.category(period, row.category),
  }));
  const moreCategories = dashboard.categories.length - shownCategories;

  return (
    <div class="analytics-grid">
      <BarCard
        id="resolution-times"
        title="Resolution time distribution"
        subtitle="Tickets resolved in the range, by time from creation to resolution."
        bars={resolutionBars}
        empty="No tickets resolved in this range"
      />
      <BarCard id="channels" title="Channel mix" subtitle="Tickets created in the range, by channel." bars={channelBars} horizontal empty="No tickets created in this range" />
      <div class="analytics-grid__wide">
        <BarCard
          id="categories"
          title="Categories"
          subtitle={moreCategories > 0 ? `The ${shownCategories} most used; ${moreCategories} more in smaller numbers.` : 'Tickets created in the range, by category.'}
          bars={categoryBars}
          horizontal
          empty="No tickets created in this range"
        />
      </div>
      <div class="analytics-grid__wide">
        <PriorityTable priorities={tickets.priorities} period={period} />
      </div>
      <div class="analytics-grid__wide">
        <PeakHours grid={dashboard.peakHours} period={period} tz={dashboard.range.tz} />
      </div>
    </div>
  );
}
