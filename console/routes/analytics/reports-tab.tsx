import { useState } from 'preact/hooks';
import type { DashboardQuery } from '../../../shared/schemas/analytics.ts';
import { reportExportFormats, reportSections, tableExportFormats, type ReportSection } from '../../../shared/schemas/report-options.ts';
import { Button } from '../../components/button.tsx';
import { api } from '../../lib/api.ts';
import { useDownload } from '../../lib/download.ts';
import { canExport, DownloadStatus, formatLabels } from './export-menu.tsx';
import { sectionLabels } from './reports-schedule-form.tsx';
import { ReportSchedules } from './reports-schedules.tsx';
import '../../styles/reports.css';

/** Download the whole report (chosen sections) or every ticket of the page's range, with progress. */
function Exports({ query }: { query: DashboardQuery }) {
  const [sections, setSections] = useState<ReportSection[]>([...reportSections]);
  const report = useDownload();
  const tickets = useDownload();
  const busy = report.active !== null || tickets.active !== null;
  return (
    <section class="card analytics-card" aria-labelledby="exports-title">
      <header class="analytics-card__header">
        <h3 class="analytics-card__title" id="exports-title">
          Export
        </h3>
      </header>
      {!canExport() ? (
        <p class="muted">Exports are for admins and for agents an admin allowed to export (Settings → Agents).</p>
      ) : (
        <>
          <fieldset class="field checkbox-group">
            <legend class="field__label">The report for this range: sections</legend>
            {reportSections.map((section) => (
              <label key={section} class="checkbox">
                <input
                  type="checkbox"
                  checked={sections.includes(section)}
                  onChange={(event) => setSections(event.currentTarget.checked ? [...sections, section] : sections.filter((s) => s !== section))}
                />{' '}
                {sectionLabels[section]}
              </label>
            ))}
          </fieldset>
          <div class="export-menu" role="group" aria-label="Download the report">
            {reportExportFormats.map((format) => (
              <Button
                key={format}
                size="sm"
                busy={report.active === formatLabels[format]}
                disabled={busy || sections.length === 0}
                onClick={() =>
                  void report.start(formatLabels[format], (options) =>
                    api.reports.exports.report({ ...query, format, sections: reportSections.filter((s) => sections.includes(s)) }, options),
                  )
                }
              >
                Report as {formatLabels[format]}
              </Button>
            ))}
          </div>
          <DownloadStatus download={report} />
          <p class="field__label">Every ticket created in this range, one row each</p>
          <div class="export-menu" role="group" aria-label="Download the tickets">
            {tableExportFormats.map((format) => (
              <Button
                key={format}
                size="sm"
                busy={tickets.active === formatLabels[format]}
                disabled={busy}
                onClick={() => void tickets.start(formatLabels[format], (options) => api.reports.exports.tickets({ ...query, format }, options))}
              >
                Tickets as {formatLabels[format]}
              </Button>
            ))}
          </div>
          <DownloadStatus download={tickets} />
        </>
      )}
    </section>
  );
}

/** The analytics page's Reports tab: exports of the page's range, and scheduled email reports. */
export function ReportsTab({ query }: { query: DashboardQuery }) {
  return (
    <div class="analytics-stack">
      <Exports query={query} />
      <ReportSchedules />
    </div>
  );
}
