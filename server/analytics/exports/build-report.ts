import type { AnalyticsDashboard, DurationKpis, Kpi } from '../../../shared/schemas/analytics.ts';
import type { CustomerSegment } from '../../../shared/schemas/analytics-extra.ts';
import { weekdayNames, type ReportSection } from '../../../shared/schemas/reports.ts';
import type { AnalyticsWindow } from '../range.ts';
import { changeText, countText, durationText, minutes, percent, rating, ratingText, shareText } from './format.ts';
import { type Report, type ReportCell, type ReportTable } from './report.ts';
import type { ReportSources } from './sources.ts';
import type { ColumnKind, ExportColumn } from './ticket-rows.ts';

/** How one KPI row reads: as a number for spreadsheets, as text for people. */
type Unit = 'count' | 'duration' | 'share' | 'rating';

interface KpiRow {
  label: string;
  unit: Unit;
  kpi: Kpi;
}

const spreadsheetValue: Record<Unit, (value: number | null) => number | null> = {
  count: (value) => value,
  duration: minutes,
  share: percent,
  rating,
};
const displayValue: Record<Unit, (value: number | null) => string> = {
  count: countText,
  duration: durationText,
  share: shareText,
  rating: ratingText,
};
const unitSuffix: Record<Unit, string> = { count: '', duration: ' (min)', share: ' (%)', rating: ' (1-5)' };

const column = (header: string, kind: ColumnKind, width = 14): ExportColumn => ({ header, kind, width });

function kpiTable(key: string, section: ReportSection, title: string, rows: KpiRow[]): ReportTable {
  return {
    key,
    section,
    title,
    columns: [column('Metric', 'text', 40), column('This period', 'number'), column('Previous period', 'number'), column('Change (%)', 'number')],
    rows: rows.map(({ label, unit, kpi }) => [
      label + unitSuffix[unit],
      spreadsheetValue[unit](kpi.value),
      spreadsheetValue[unit](kpi.previous),
      percent(kpi.change),
    ]),
    display: rows.map(({ label, unit, kpi }) => [label, displayValue[unit](kpi.value), displayValue[unit](kpi.previous), changeText(kpi.change)]),
  };
}

/** A plain table: `display` formats each cell by its column's kind. */
function table(key: string, section: ReportSection, title: string, columns: ExportColumn[], rows: ReportCell[][]): ReportTable {
  const show = (cell: ReportCell, kind: ColumnKind): string => {
    if (cell === null) return '–';
    if (typeof cell === 'string') return cell;
    if (kind === 'percent') return shareText(cell / 100);
    if (kind === 'minutes') return durationText(cell * 60_000);
    return countText(cell);
  };
  return { key, section, title, columns, rows, display: rows.map((row) => row.map((cell, i) => show(cell, columns[i]?.kind ?? 'text'))) };
}

const durations = (label: string, figures: DurationKpis): KpiRow[] => [
  { label: `${label}, mean`, unit: 'duration', kpi: figures.mean },
  { label: `${label}, median`, unit: 'duration', kpi: figures.median },
  { label: `${label}, 90th percentile`, unit: 'duration', kpi: figures.p90 },
];

function overview(dashboard: AnalyticsDashboard): ReportTable {
  const { tickets, csat } = dashboard;
  return kpiTable('overview', 'overview', 'Key figures', [
    { label: 'Tickets created', unit: 'count', kpi: tickets.created },
    { label: 'Tickets resolved', unit: 'count', kpi: tickets.resolved },
    ...durations('First response', tickets.firstResponse),
    ...durations('Resolution', tickets.resolution),
    ...durations('First response in business hours', tickets.firstResponseBusiness),
    ...durations('Resolution in business hours', tickets.resolutionBusiness),
    { label: 'SLA compliance', unit: 'share', kpi: tickets.slaCompliance },
    { label: 'SLA met', unit: 'count', kpi: tickets.slaMet },
    { label: 'SLA breached', unit: 'count', kpi: tickets.slaBreached },
    { label: 'CSAT, tickets and chats', unit: 'rating', kpi: csat.combined.mean },
    { label: 'Ratings', unit: 'count', kpi: csat.combined.count },
  ]);
}

function segmentTable(key: string, title: string, heading: string, segments: CustomerSegment[]): ReportTable {
  return table(
    key,
    'customers',
    title,
    [column(heading, 'text', 24), column('Customers', 'number'), column('Tickets', 'number'), column('Resolved', 'number'), column('CSAT (1-5)', 'number'), column('Ratings', 'number'), column('Mean resolution (min)', 'minutes')],
    segments.map((s) => [s.segment ?? '(none)', s.customers, s.tickets, s.resolved, rating(s.csat.mean), s.csat.count, minutes(s.meanResolutionMs)]),
  );
}

/**
 * The report for `sections` over `window`: every table the console shows for them, with the
 * previous period where the dashboard has one, and the chart series the PDF draws.
 */
export function buildReport(sources: ReportSources, window: AnalyticsWindow, sections: readonly ReportSection[], now: number): Report {
  const wants = (section: ReportSection) => sections.includes(section);
  const dashboard = sources.dashboard(window, now);
  const details = wants('overview') || wants('tickets') ? sources.tickets(window, now) : null;
  const volume = details?.volume ?? null;
  const customers = wants('customers') ? sources.customers(window) : null;
  const tables: ReportTable[] = [];

  if (wants('overview')) tables.push(overview(dashboard));
  if (wants('tickets')) {
    if (volume) {
      tables.push(
        table('volume', 'tickets', 'Tickets per day', [column('Day', 'text', 12), column('Created', 'number'), column('Resolved', 'number')], volume.map((d) => [d.day, d.created, d.resolved])),
      );
    }
    tables.push(
      table(
        'channels',
        'tickets',
        'Channels',
        [column('Channel', 'text'), column('Tickets', 'number'), column('Share (%)', 'percent')],
        dashboard.channels.map((c) => [c.channel, c.tickets, percent(c.share)]),
      ),
      table(
        'categories',
        'tickets',
        'Categories',
        [column('Category', 'text', 24), column('Tickets', 'number'), column('Share (%)', 'percent')],
        dashboard.categories.map((c) => [c.category ?? '(none)', c.tickets, percent(c.share)]),
      ),
    );
    if (details) {
      tables.push(
        table('resolution-times', 'tickets', 'Resolution time', [column('Resolved within', 'text', 16), column('Tickets', 'number')], details.resolutionTimes.map((b) => [b.label, b.tickets])),
        table(
          'priorities',
          'tickets',
          'Priorities',
          [column('Priority', 'text'), column('Created', 'number'), column('SLA met', 'number'), column('SLA breached', 'number'), column('SLA compliance (%)', 'percent'), column('Mean first response (min)', 'minutes'), column('Mean resolution (min)', 'minutes')],
          details.priorities.map((p) => [p.priority, p.created, p.slaMet, p.slaBreached, percent(p.slaCompliance), minutes(p.meanFirstResponseMs), minutes(p.meanResolutionMs)]),
        ),
      );
    }
    tables.push({
      ...table(
        'peak-hours',
        'tickets',
        `Tickets created by weekday and hour (${window.tz})`,
        [column('Weekday', 'text'), ...Array.from({ length: 24 }, (_, h) => column(String(h).padStart(2, '0'), 'number', 5))],
        dashboard.peakHours.map((hours, weekday) => [weekdayNames[weekday] ?? String(weekday), ...hours]),
      ),
      sheet: 'Peak hours',
    });
  }
  if (wants('agents')) {
    tables.push(
      table(
        'agents',
        'agents',
        'Agent performance',
        [
          column('Agent', 'text', 24),
          column('Resolved', 'number'),
          column('Mean first response (min)', 'minutes'),
          column('Mean first response, business hours (min)', 'minutes'),
          column('Mean resolution (min)', 'minutes'),
          column('CSAT (1-5)', 'number'),
          column('Ratings', 'number'),
          column('Active tickets now', 'number'),
          column('Chats', 'number'),
        ],
        dashboard.agents.map((a) => [
          a.name,
          a.resolved,
          minutes(a.meanFirstResponseMs),
          minutes(a.meanFirstResponseBusinessMs),
          minutes(a.meanResolutionMs),
          rating(a.csat.mean),
          a.csat.count,
          a.activeTickets,
          a.chats,
        ]),
      ),
    );
  }
  if (wants('customers')) {
    if (customers) {
      tables.push(
        segmentTable('industries', 'Industries', 'Industry', customers.industries),
        segmentTable('company-sizes', 'Company sizes', 'Company size', customers.companySizes),
        table(
          'top-customers',
          'customers',
          'Top customers',
          [column('Customer', 'text', 24), column('Company', 'text', 20), column('Tickets', 'number'), column('CSAT (1-5)', 'number'), column('Ratings', 'number')],
          customers.topCustomers.map((c) => [c.name, c.company, c.tickets, rating(c.csat.mean), c.csat.count]),
        ),
      );
    }
  }
  if (wants('chat')) {
    const { chat, csat } = dashboard;
    tables.push(
      kpiTable('chat', 'chat', 'Chat', [
        { label: 'Chats started', unit: 'count', kpi: chat.started },
        ...durations('Wait', chat.wait),
        ...durations('Duration', chat.duration),
        ...durations('Wait in business hours', chat.waitBusiness),
        { label: 'Missed chats', unit: 'count', kpi: chat.missed },
        { label: 'Converted to a ticket', unit: 'share', kpi: chat.conversionRate },
        { label: 'Chats per agent', unit: 'count', kpi: chat.chatsPerAgent },
        { label: 'Chat CSAT', unit: 'rating', kpi: csat.chats.mean },
      ]),
    );
  }
  if (wants('knowledge')) {
    const { knowledge } = dashboard;
    tables.push(
      kpiTable('knowledge', 'knowledge', 'Knowledge base', [
        { label: 'Searches', unit: 'count', kpi: knowledge.searches },
        { label: 'Searches without a result', unit: 'count', kpi: knowledge.searchesWithoutResult },
        { label: 'Article views', unit: 'count', kpi: knowledge.articleViews },
        { label: '"Was this helpful?" votes', unit: 'count', kpi: knowledge.votes },
        { label: 'Helpful', unit: 'share', kpi: knowledge.helpfulRate },
      ]),
    );
  }

  return {
    title: 'Support analytics report',
    generatedAt: now,
    range: dashboard.range,
    sections: [...sections],
    dashboard,
    tables,
    charts: {
      volume: wants('overview') ? volume : null,
      channels: wants('tickets') ? dashboard.channels.map((c) => ({ label: c.channel, value: c.tickets })) : null,
      resolutionTimes: wants('tickets') && details ? details.resolutionTimes.map((b) => ({ label: b.label, value: b.tickets })) : null,
    },
  };
}
