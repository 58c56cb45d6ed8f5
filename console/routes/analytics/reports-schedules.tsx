import { useState } from 'preact/hooks';
import type { ReportRun, ReportSchedule } from '../../../shared/schemas/reports.ts';
import { Alert } from '../../components/alert.tsx';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { Icon } from '../../components/icon.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useResource } from '../../lib/use-resource.ts';
import { isAdmin } from '../../state/session.ts';
import { rangeLabels } from './range.ts';
import { ScheduleForm, timingText } from './reports-schedule-form.tsx';

const dateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function RunBadge({ run }: { run: ReportRun | null }) {
  if (!run) return <Badge tone="grey">Not sent yet</Badge>;
  if (run.status === 'sent') return <Badge tone="green">Sent</Badge>;
  if (run.status === 'failed') return <Badge tone="red" title={run.error ?? undefined}>Failed</Badge>;
  return <Badge tone="amber">Sending</Badge>;
}

/** A schedule's runs, newest first, with what went wrong for failed ones. */
function RunHistory({ scheduleId }: { scheduleId: string }) {
  const runs = useResource(() => api.reports.schedules.runs(scheduleId).then((page) => page.items), `runs-${scheduleId}`);
  if (runs.error) return <ErrorState error={runs.error} onRetry={runs.reload} />;
  if (!runs.data) return <Loading label="Loading runs…" />;
  if (!runs.data.length) return <p class="muted">No runs yet.</p>;
  return (
    <table class="table table--compact" aria-label="Runs">
      <thead>
        <tr>
          <th scope="col">For</th>
          <th scope="col">Started</th>
          <th scope="col">Outcome</th>
          <th scope="col" class="numeric">Recipients</th>
        </tr>
      </thead>
      <tbody>
        {runs.data.map((run) => (
          <tr key={run.id}>
            <td>{dateTime(run.dueAt)}</td>
            <td>{dateTime(run.startedAt)}</td>
            <td>
              <RunBadge run={run} /> {run.error && <span class="muted">{run.error}</span>}
            </td>
            <td class="numeric">{run.recipients}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ScheduleRow({ schedule, onChanged, onEdit }: { schedule: ReportSchedule; onChanged: () => void; onEdit: () => void }) {
  const [busy, setBusy] = useState<'send' | 'delete' | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [showRuns, setShowRuns] = useState(false);
  const admin = isAdmin.value;

  async function act(what: 'send' | 'delete') {
    setBusy(what);
    setMessage(null);
    try {
      if (what === 'send') {
        const { run } = await api.reports.schedules.send(schedule.id);
        setMessage(run.status === 'sent' ? { tone: 'success', text: `Sent to ${run.recipients} recipient${run.recipients === 1 ? '' : 's'}.` } : { tone: 'error', text: run.error ?? 'Sending failed.' });
      } else await api.reports.schedules.remove(schedule.id);
      onChanged();
    } catch (failure) {
      setMessage({ tone: 'error', text: errorMessage(failure) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <li class="report-schedule">
      <div class="report-schedule__main">
        <p class="report-schedule__name">
          <strong>{schedule.name}</strong> {!schedule.enabled && <Badge tone="grey">Paused</Badge>}
        </p>
        <p class="muted">
          {timingText(schedule)} · {rangeLabels[schedule.range]} · {schedule.recipients.length} recipient{schedule.recipients.length === 1 ? '' : 's'}
        </p>
        <p class="muted">
          Last run: <RunBadge run={schedule.lastRun} /> {schedule.lastRun && <RelativeTime iso={schedule.lastRun.startedAt} />}
          {schedule.enabled && <> · Next: {dateTime(schedule.nextRunAt)}</>}
        </p>
      </div>
      <div class="report-schedule__actions">
        <Button size="sm" variant="ghost" aria-expanded={showRuns} onClick={() => setShowRuns(!showRuns)}>
          Runs
        </Button>
        {admin && (
          <>
            <Button size="sm" busy={busy === 'send'} disabled={busy !== null} onClick={() => void act('send')}>
              Send now
            </Button>
            <Button size="sm" disabled={busy !== null} onClick={onEdit}>
              Edit
            </Button>
            <ConfirmButton label="Delete" question={`Delete "${schedule.name}" and its run history?`} confirmLabel="Delete" busy={busy === 'delete'} onConfirm={() => act('delete')} />
          </>
        )}
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {showRuns && <RunHistory key={schedule.lastRun?.id ?? 'none'} scheduleId={schedule.id} />}
    </li>
  );
}

/** Scheduled email reports: everyone sees them and their outcomes; admins create, edit, send and delete. */
export function ReportSchedules() {
  const schedules = useResource(() => api.reports.schedules.list().then((page) => page.items), 'report-schedules');
  const [editing, setEditing] = useState<ReportSchedule | 'new' | null>(null);
  const admin = isAdmin.value;
  const saved = () => {
    setEditing(null);
    schedules.reload();
  };

  return (
    <section class="card analytics-card" aria-labelledby="report-schedules-title">
      <header class="analytics-card__header">
        <h3 class="analytics-card__title" id="report-schedules-title">
          Scheduled email reports
        </h3>
        {admin && editing === null && (
          <Button size="sm" variant="primary" onClick={() => setEditing('new')}>
            <Icon name="plus" size={16} /> New schedule
          </Button>
        )}
      </header>
      <p class="muted">The report goes out as a PDF attachment with a short summary, from this server's email settings.</p>
      {editing !== null && <ScheduleForm schedule={editing === 'new' ? null : editing} onSaved={saved} onCancel={() => setEditing(null)} />}
      {schedules.error ? (
        <ErrorState error={schedules.error} onRetry={schedules.reload} />
      ) : !schedules.data ? (
        <Loading label="Loading scheduled reports…" />
      ) : schedules.data.length === 0 ? (
        <EmptyState title="No scheduled reports">{admin ? 'Create one to email the report every day, week or month.' : 'An admin can schedule reports here.'}</EmptyState>
      ) : (
        <ul class="report-schedules" aria-label="Scheduled reports">
          {schedules.data.map((schedule) => (
            <ScheduleRow key={schedule.id} schedule={schedule} onChanged={schedules.reload} onEdit={() => setEditing(schedule)} />
          ))}
        </ul>
      )}
    </section>
  );
}
