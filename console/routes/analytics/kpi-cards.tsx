import type { AnalyticsDashboard } from '../../../shared/schemas/analytics.ts';
import { drill, type Period } from './drill.ts';
import { count, durationOf, rating } from './format.ts';
import { KpiTile } from './kpi-tile.tsx';
import { absoluteTrend, relativeTrend } from './trend.ts';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The four headline figures, each a link to the tickets behind it. */
export function KpiCards({ dashboard, period, compare }: { dashboard: AnalyticsDashboard; period: Period; compare: boolean }) {
  const { tickets, csat } = dashboard;
  const ratings = csat.combined.count.value ?? 0;
  return (
    <ul class="kpi-grid" aria-label="Key figures">
      <li>
        <KpiTile
          large
          label="Tickets created"
          value={count(tickets.created.value)}
          trend={relativeTrend(tickets.created, 'neutral')}
          previous={compare ? count(tickets.created.previous) : null}
          href={drill.created(period)}
        />
      </li>
      <li>
        <KpiTile
          large
          label="Median first response"
          value={durationOf(tickets.firstResponse.median.value)}
          trend={relativeTrend(tickets.firstResponse.median, 'lower-is-better')}
          hint={plural(tickets.firstResponse.count.value ?? 0, 'ticket answered', 'tickets answered')}
          previous={compare ? durationOf(tickets.firstResponse.median.previous) : null}
          href={drill.responded(period)}
        />
      </li>
      <li>
        <KpiTile
          large
          label="Median resolution time"
          value={durationOf(tickets.resolution.median.value)}
          trend={relativeTrend(tickets.resolution.median, 'lower-is-better')}
          hint={plural(tickets.resolution.count.value ?? 0, 'ticket resolved', 'tickets resolved')}
          previous={compare ? durationOf(tickets.resolution.median.previous) : null}
          href={drill.resolved(period)}
        />
      </li>
      <li>
        <KpiTile
          large
          label="Customer satisfaction"
          value={rating(csat.combined.mean.value)}
          trend={absoluteTrend(csat.combined.mean, 'higher-is-better')}
          hint={`${plural(ratings, 'rating', 'ratings')}, tickets and chats`}
          previous={compare ? rating(csat.combined.mean.previous) : null}
          href={drill.rated(period)}
        />
      </li>
    </ul>
  );
}
