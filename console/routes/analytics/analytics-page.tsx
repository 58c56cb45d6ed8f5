import { useMemo } from 'preact/hooks';
import type { DashboardQuery } from '../../../shared/schemas/analytics.ts';
import type { ReportSection } from '../../../shared/schemas/report-options.ts';
import { Alert } from '../../components/alert.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { api } from '../../lib/api.ts';
import { relativeTime } from '../../lib/format.ts';
import { currentQuery } from '../../lib/router.ts';
import { AgentList } from './agent-list.tsx';
import { AgentsTab } from './agents-tab.tsx';
import { CustomersTab } from './customers-tab.tsx';
import { ForecastChart } from './forecast-chart.tsx';
import { KpiCards } from './kpi-cards.tsx';
import { ChatTab, KnowledgeTab } from './kpi-tabs.tsx';
import { useLiveVersion } from './live.ts';
import { dashboardQueryOf, rangeLabels, viewFromQuery, type AnalyticsTab, type AnalyticsView } from './range.ts';
import { RangeControls } from './range-controls.tsx';
import { ExportMenu } from './export-menu.tsx';
import { ReportsTab } from './reports-tab.tsx';
import { AnalyticsTabs } from './tabs.tsx';
import { TicketTab } from './ticket-tab.tsx';
import { browserTimeZone } from './time-zone.ts';
import { useAnalytics, useTick } from './use-analytics.ts';
import { VolumeChart } from './volume-chart.tsx';
import '../../styles/analytics.css';

/** "Updated just now", kept fresh, announced politely when it changes. */

/** The report section each tab's export holds. */
const tabSections: Record<Exclude<AnalyticsTab, 'reports'>, ReportSection> = {
  tickets: 'tickets',
  customers: 'customers',
  agents: 'agents',
  chat: 'chat',
  knowledge: 'knowledge',
};

function UpdatedAt({ at, loading }: { at: number | null; loading: boolean }) {
  const now = useTick(15_000);
  return (
    <p class="analytics-updated" role="status">
      <span class="analytics-updated__dot" aria-hidden="true" />
      {loading && at === null ? 'Loading…' : at === null ? '' : `Updated ${relativeTime(new Date(at).toISOString(), Math.max(now, at))}`}
    </p>
  );
}

function CustomersPanel({ query, version }: { query: DashboardQuery; version: number }) {
  const resource = useAnalytics('customers', () => api.analytics.customers(query), query, version);
  return <CustomersTab resource={resource} />;
}

function AgentsPanel({ query, version }: { query: DashboardQuery; version: number }) {
  const resource = useAnalytics('agents', () => api.analytics.agents(query), query, version);
  return <ResourceView resource={resource}>{(data) => <AgentsTab data={data} />}</ResourceView>;
}

function rangeTitle(view: AnalyticsView): string {
  return view.selection.kind === 'preset' ? rangeLabels[view.selection.range] : `${view.selection.from} to ${view.selection.to}`;
}

/**
 * Analytics: the range's headline figures with their trends, the volume and its forecast, the
 * agents, and the detail tabs. Every figure links to the tickets behind it; the page follows
 * changes live. Loaded on first visit (Chart.js comes with it), so the console's first load does
 * not carry it.
 */
export function AnalyticsPage() {
  const view = viewFromQuery(currentQuery.value);
  const tz = useMemo(browserTimeZone, []);
  const query = dashboardQueryOf(view.selection, tz);
  const version = useLiveVersion();
  const dashboard = useAnalytics('dashboard', () => api.analytics.dashboard(query), query, version);
  const tickets = useAnalytics('tickets', () => api.analytics.tickets(query), query, version);
  const forecast = useAnalytics('forecast', () => api.analytics.forecast({ horizon: view.horizon === 30 ? '30' : '14', tz }), { tz, horizon: view.horizon }, version);

  return (
    <div class="page analytics">
      <PageHeader title="Analytics" subtitle="Support team performance and insights" />
      <div class="analytics-toolbar">
        <RangeControls view={view} tz={tz} />
        <UpdatedAt at={dashboard.loadedAt} loading={dashboard.loading} />
      </div>
      {view.invalid && (
        <Alert tone="warning" title="The link’s date range was not used">
          {view.invalid} Showing the last 30 days instead.
        </Alert>
      )}
      <ResourceView resource={dashboard} loadingLabel="Computing your figures…">
        {(data) => {
          const period = { from: data.range.from, to: data.range.to };
          return (
            <div class={dashboard.loading ? 'analytics__body is-refreshing' : 'analytics__body'} aria-busy={dashboard.loading ? 'true' : 'false'}>
              <h2 class="visually-hidden">Key figures, {rangeTitle(view)}</h2>
              <KpiCards dashboard={data} period={period} compare={view.compare} />
              <div class="analytics-grid analytics-grid--lead">
                <ResourceView resource={tickets} loadingLabel="Loading ticket volume…">
                  {(ticketData) => <VolumeChart data={ticketData} compare={view.compare} />}
                </ResourceView>
                <AgentList agents={data.agents} period={period} />
              </div>
              <ForecastChart resource={forecast} horizon={view.horizon} />
              <AnalyticsTabs tab={view.tab}>
                {view.tab !== 'reports' && (
                  <ExportMenu query={query} sections={[tabSections[view.tab]]} label="Export this tab" />
                )}
                {view.tab === 'tickets' && <ExportMenu query={query} tickets label="Export the tickets" />}
                {view.tab === 'tickets' && (
                  <ResourceView resource={tickets} loadingLabel="Loading ticket analytics…">
                    {(ticketData) => <TicketTab dashboard={data} tickets={ticketData} />}
                  </ResourceView>
                )}
                {view.tab === 'customers' && <CustomersPanel query={query} version={version} />}
                {view.tab === 'agents' && <AgentsPanel query={query} version={version} />}
                {view.tab === 'chat' && <ChatTab dashboard={data} compare={view.compare} />}
                {view.tab === 'knowledge' && <KnowledgeTab dashboard={data} compare={view.compare} />}
                {view.tab === 'reports' && <ReportsTab query={query} />}
              </AnalyticsTabs>
            </div>
          );
        }}
      </ResourceView>
    </div>
  );
}
