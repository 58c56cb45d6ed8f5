import type { AnalyticsDashboard, Kpi } from '../../../shared/schemas/analytics.ts';
import { changeText, countText, durationText, ratingText, shareText } from '../exports/format.ts';

/** The few figures a report email states in its body; the PDF has the rest. */
export function summaryLines(dashboard: AnalyticsDashboard): [label: string, value: string, change: string][] {
  const line = (label: string, kpi: Kpi, show: (value: number | null) => string): [string, string, string] => [
    label,
    show(kpi.value),
    kpi.change === null ? 'no previous figure' : `${changeText(kpi.change)} from the previous period`,
  ];
  const { tickets, csat } = dashboard;
  return [
    line('Tickets created', tickets.created, countText),
    line('Tickets resolved', tickets.resolved, countText),
    line('First response, median', tickets.firstResponse.median, durationText),
    line('Resolution, median', tickets.resolution.median, durationText),
    line('SLA compliance', tickets.slaCompliance, shareText),
    line('CSAT', csat.combined.mean, ratingText),
  ];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ReportEmail {
  subject: string;
  text: string;
  html: string;
}

/** Subject, plain text and HTML of a scheduled report's email (the PDF goes along as an attachment). */
export function reportEmail(input: { name: string; period: string; dashboard: AnalyticsDashboard; consoleUrl: string }): ReportEmail {
  const lines = summaryLines(input.dashboard);
  const footer = `Sent by Lantern because an admin added you to the scheduled report "${input.name}". Open analytics: ${input.consoleUrl}`;
  const text = [
    `${input.name}: ${input.period}`,
    '',
    ...lines.map(([label, value, change]) => `${label}: ${value} (${change})`),
    '',
    'The full report is attached as a PDF.',
    '',
    footer,
  ].join('\n');
  const rows = lines
    .map(([label, value, change]) => `<tr><td style="padding:4px 12px 4px 0">${escapeHtml(label)}</td><td style="padding:4px 12px 4px 0;font-weight:600">${escapeHtml(value)}</td><td style="padding:4px 0;color:#6b7280">${escapeHtml(change)}</td></tr>`)
    .join('');
  const html =
    `<div style="font-family:system-ui,sans-serif;color:#1f2937">` +
    `<h2 style="margin:0 0 4px">${escapeHtml(input.name)}</h2><p style="margin:0 0 16px;color:#6b7280">${escapeHtml(input.period)}</p>` +
    `<table style="border-collapse:collapse">${rows}</table>` +
    `<p>The full report is attached as a PDF.</p>` +
    `<p style="color:#6b7280;font-size:12px">${escapeHtml(footer)}</p></div>`;
  return { subject: `${input.name}: ${input.period}`, text, html };
}
