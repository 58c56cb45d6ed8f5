import { PageHeader } from '../../components/page-heading.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { api } from '../../lib/api.ts';
import { useResource } from '../../lib/use-resource.ts';
import { currentAgent } from '../../state/session.ts';
import { browserTimeZone } from '../analytics/time-zone.ts';
import { NewTicketButton } from '../tickets/new-ticket-button.tsx';
import { ActivityFeed } from './activity-feed.tsx';
import { StatCards } from './stat-cards.tsx';
import { ChatNowCards, TodayCards } from './today-cards.tsx';
import { useLiveReload } from './use-live-reload.ts';

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function HomePage() {
  const tz = browserTimeZone();
  const overview = useResource(() => api.overview({ tz }), `overview:${tz}`);
  // Figures follow the team's work as it happens: no reload needed.
  useLiveReload(overview.reload);
  const firstName = currentAgent.value?.name.split(/\s+/)[0] ?? '';
  return (
    <div class="page">
      <PageHeader
        title="Home"
        heading={`${greeting(new Date().getHours())}${firstName ? `, ${firstName}` : ''}`}
        subtitle="What needs attention now, and what your team has been doing."
        actions={<NewTicketButton />}
      />
      <ResourceView resource={overview}>
        {(data) => (
          <>
            <section aria-labelledby="today-title">
              <h2 class="section-title" id="today-title">
                Today
              </h2>
              <TodayCards today={data.today} />
            </section>
            <section aria-labelledby="attention-title">
              <h2 class="section-title" id="attention-title">
                Tickets
              </h2>
              <StatCards overview={data} />
            </section>
            <section aria-labelledby="chat-now-title">
              <h2 class="section-title" id="chat-now-title">
                Live chat
              </h2>
              <ChatNowCards today={data.today} />
            </section>
            <section class="card card--padded" aria-labelledby="activity-title">
              <h2 class="section-title" id="activity-title">
                Recent activity
              </h2>
              <ActivityFeed entries={data.recentActivity} />
            </section>
          </>
        )}
      </ResourceView>
    </div>
  );
}
