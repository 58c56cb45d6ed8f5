import type { DownloadProgress } from '../../../shared/api/reports.ts';
import type { DashboardQuery } from '../../../shared/schemas/analytics.ts';
import { mayExport, type ReportExportFormat, type ReportSection } from '../../../shared/schemas/report-options.ts';
import { Button } from '../../components/button.tsx';
import { api } from '../../lib/api.ts';
import { progressText, useDownload, type Download } from '../../lib/download.ts';
import { currentAgent } from '../../state/session.ts';
import '../../styles/reports.css';

export const formatLabels: Record<ReportExportFormat, string> = { csv: 'CSV', xlsx: 'Excel', pdf: 'PDF' };

/** Whether the signed-in agent may download exports (admins, and agents an admin allowed). */
export const canExport = () => {
  const agent = currentAgent.value;
  return agent !== null && mayExport(agent);
};

/** A progress bar for a running download: rows of a ticket CSV against the total, else bytes. */
export function DownloadStatus({ download }: { download: Download }) {
  const { active, progress, error } = download;
  if (error) {
    return (
      <p class="field__error" role="alert">
        Export failed: {error}
      </p>
    );
  }
  if (!active) return null;
  const known = (p: DownloadProgress | null): p is DownloadProgress & { total: number } => p !== null && p.total !== null && p.total > 0;
  return (
    <div class="export-progress" role="status" aria-live="polite">
      <progress
        aria-label={`${active} export`}
        max={known(progress) ? progress.total : undefined}
        value={known(progress) ? Math.min(progress.done, progress.total) : undefined}
      />{' '}
      <span class="muted">{progress ? progressText(progress) : 'Preparing…'}</span>{' '}
      <Button size="sm" variant="ghost" onClick={download.cancel}>
        Cancel
      </Button>
    </div>
  );
}

/**
 * CSV / Excel / PDF buttons for one table (or a few sections) of the analytics page: they download
 * those sections of the report for the page's range. `tickets` downloads the tickets themselves
 * (CSV and Excel only). Shown only to agents who may export.
 */
export function ExportMenu({
  query,
  sections,
  tickets = false,
  formats = tickets ? ['csv', 'xlsx'] : ['csv', 'xlsx', 'pdf'],
  label = 'Export',
}: {
  query: DashboardQuery;
  sections?: readonly ReportSection[];
  tickets?: boolean;
  formats?: readonly ReportExportFormat[];
  label?: string;
}) {
  const download = useDownload();
  if (!canExport()) return null;
  const start = (format: ReportExportFormat) =>
    void download.start(formatLabels[format], (options) =>
      tickets && format !== 'pdf'
        ? api.reports.exports.tickets({ ...query, format }, options)
        : api.reports.exports.report({ ...query, format, sections }, options),
    );
  return (
    <div class="export-menu" role="group" aria-label={label}>
      <span class="muted">{label}:</span>{' '}
      {formats.map((format) => (
        <Button key={format} size="sm" busy={download.active === formatLabels[format]} disabled={download.active !== null} onClick={() => start(format)}>
          {formatLabels[format]}
        </Button>
      ))}
      <DownloadStatus download={download} />
    </div>
  );
}
