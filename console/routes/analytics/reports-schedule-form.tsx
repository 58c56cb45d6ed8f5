import { useState } from 'preact/hooks';
import {
  maxRecipients,
  reportFrequencies,
  reportSections,
  scheduleRanges,
  weekdayNames,
  type ReportFrequency,
  type ReportSection,
  type ScheduleRange,
} from '../../../shared/schemas/report-options.ts';
import type { ReportSchedule, ReportScheduleInput } from '../../../shared/schemas/reports.ts';
import { FormError } from '../../components/alert.tsx';
import { Field, TextField } from '../../components/field.tsx';
import { SubmitCancel } from '../../components/form-actions.tsx';
import { api } from '../../lib/api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { rangeLabels } from './range.ts';

export const sectionLabels: Record<ReportSection, string> = {
  overview: 'Overview (key figures, volume chart)',
  tickets: 'Ticket analytics',
  agents: 'Agent performance',
  customers: 'Customer insights',
  chat: 'Chat',
  knowledge: 'Knowledge base',
};
const frequencyLabels: Record<ReportFrequency, string> = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly' };
const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** "Every Monday at 09:00 (Europe/Berlin)". */
export function timingText(schedule: Pick<ReportSchedule, 'frequency' | 'weekday' | 'dayOfMonth' | 'hour' | 'tz'>): string {
  const at = `at ${hourText(schedule.hour)} (${schedule.tz})`;
  if (schedule.frequency === 'weekly') return `Every ${weekdayNames[schedule.weekday ?? 0]} ${at}`;
  if (schedule.frequency === 'monthly') return `Monthly on day ${schedule.dayOfMonth ?? 1} ${at}`;
  return `Daily ${at}`;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const splitRecipients = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((address) => address.trim())
    .filter(Boolean);

interface Draft {
  name: string;
  sections: ReportSection[];
  range: ScheduleRange;
  frequency: ReportFrequency;
  weekday: number;
  dayOfMonth: number;
  hour: number;
  tz: string;
  recipients: string;
  enabled: boolean;
}

const draftOf = (schedule: ReportSchedule | null): Draft => ({
  name: schedule?.name ?? 'Weekly support report',
  sections: schedule?.sections ?? [...reportSections],
  range: schedule?.range ?? '7d',
  frequency: schedule?.frequency ?? 'weekly',
  weekday: schedule?.weekday ?? 0,
  dayOfMonth: schedule?.dayOfMonth ?? 1,
  hour: schedule?.hour ?? 9,
  tz: schedule?.tz ?? browserZone(),
  recipients: schedule?.recipients.join(', ') ?? '',
  enabled: schedule?.enabled ?? true,
});

/** The whole definition, as the server takes it: the day field of the chosen frequency only. */
function inputOf(draft: Draft): ReportScheduleInput {
  return {
    name: draft.name,
    sections: reportSections.filter((section) => draft.sections.includes(section)),
    range: draft.range,
    frequency: draft.frequency,
    ...(draft.frequency === 'weekly' ? { weekday: draft.weekday } : {}),
    ...(draft.frequency === 'monthly' ? { dayOfMonth: draft.dayOfMonth } : {}),
    hour: draft.hour,
    tz: draft.tz.trim(),
    recipients: splitRecipients(draft.recipients),
    enabled: draft.enabled,
  };
}

/** Create or edit a scheduled report (admins). */
export function ScheduleForm({ schedule, onSaved, onCancel }: { schedule: ReportSchedule | null; onSaved: (saved: ReportSchedule) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(schedule));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const submit = useSubmit(
    async () => {
      const input = inputOf(draft);
      const saved = schedule
        ? await api.reports.schedules.update(schedule.id, { ...input, weekday: input.weekday ?? null, dayOfMonth: input.dayOfMonth ?? null })
        : await api.reports.schedules.create(input);
      onSaved(saved);
    },
    {
      validate: (): Record<string, string> => {
        const count = splitRecipients(draft.recipients).length;
        if (count === 0) return { recipients: 'add at least one recipient' };
        if (count > maxRecipients) return { recipients: `at most ${maxRecipients} recipients` };
        return {};
      },
    },
  );
  const known = ['name', 'sections', 'range', 'frequency', 'weekday', 'dayOfMonth', 'hour', 'tz', 'recipients', 'enabled'];

  return (
    <form class="card form report-schedule-form" onSubmit={submit.onSubmit} aria-label={schedule ? `Edit ${schedule.name}` : 'New scheduled report'}>
      <FormError message={submit.error} extra={submit.unclaimed(known)} />
      <TextField label="Name" value={draft.name} onValue={(value) => set('name', value)} error={submit.errorFor('name')} maxLength={120} required />
      <fieldset class="field checkbox-group">
        <legend class="field__label">Sections</legend>
        {reportSections.map((section) => (
          <label key={section} class="checkbox">
            <input
              type="checkbox"
              checked={draft.sections.includes(section)}
              onChange={(event) =>
                set('sections', event.currentTarget.checked ? [...draft.sections, section] : draft.sections.filter((s) => s !== section))
              }
            />{' '}
            {sectionLabels[section]}
          </label>
        ))}
        {submit.errorFor('sections') && <p class="field__error">{submit.errorFor('sections', 'Section')}</p>}
      </fieldset>
      <Field label="Period covered" error={submit.errorFor('range')}>
        {(control) => (
          <select {...control} class="select" value={draft.range} onChange={(event) => set('range', event.currentTarget.value as ScheduleRange)}>
            {scheduleRanges.map((range) => (
              <option key={range} value={range}>
                {rangeLabels[range]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Frequency" error={submit.errorFor('frequency')}>
        {(control) => (
          <select {...control} class="select" value={draft.frequency} onChange={(event) => set('frequency', event.currentTarget.value as ReportFrequency)}>
            {reportFrequencies.map((frequency) => (
              <option key={frequency} value={frequency}>
                {frequencyLabels[frequency]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.frequency === 'weekly' && (
        <Field label="Weekday" error={submit.errorFor('weekday')}>
          {(control) => (
            <select {...control} class="select" value={String(draft.weekday)} onChange={(event) => set('weekday', Number(event.currentTarget.value))}>
              {weekdayNames.map((name, index) => (
                <option key={name} value={String(index)}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {draft.frequency === 'monthly' && (
        <Field label="Day of the month" hint="1 to 28, so every month has it." error={submit.errorFor('dayOfMonth')}>
          {(control) => (
            <select {...control} class="select" value={String(draft.dayOfMonth)} onChange={(event) => set('dayOfMonth', Number(event.currentTarget.value))}>
              {Array.from({ length: 28 }, (_, i) => i + 1).map((day) => (
                <option key={day} value={String(day)}>
                  {day}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label="Hour" error={submit.errorFor('hour')}>
        {(control) => (
          <select {...control} class="select" value={String(draft.hour)} onChange={(event) => set('hour', Number(event.currentTarget.value))}>
            {Array.from({ length: 24 }, (_, hour) => (
              <option key={hour} value={String(hour)}>
                {hourText(hour)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField label="Time zone" hint="An IANA zone, e.g. Europe/Berlin. Days and the hour are counted in it." value={draft.tz} onValue={(value) => set('tz', value)} error={submit.errorFor('tz')} required />
      <Field label="Recipients" hint={`Email addresses, separated by commas or new lines (at most ${maxRecipients}).`} error={submit.errorFor('recipients', 'Address')}>
        {(control) => <textarea {...control} class="textarea" rows={3} value={draft.recipients} onInput={(event) => set('recipients', event.currentTarget.value)} />}
      </Field>
      <label class="checkbox">
        <input type="checkbox" checked={draft.enabled} onChange={(event) => set('enabled', event.currentTarget.checked)} /> Enabled
      </label>
      <SubmitCancel label={schedule ? 'Save schedule' : 'Create schedule'} busy={submit.busy} onCancel={onCancel} />
    </form>
  );
}
