import type { SlaClock, TeamSettings } from '../../../shared/schemas/team-settings.ts';
import { FormError } from '../../components/alert.tsx';
import { SelectField } from '../../components/field.tsx';
import { SaveActions } from '../../components/form-actions.tsx';
import { SectionHeader } from '../../components/page-heading.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { api } from '../../lib/api.ts';
import { useEditForm } from '../../lib/use-edit-form.ts';
import { useResource } from '../../lib/use-resource.ts';
import { isAdmin } from '../../state/session.ts';
import { draftOf, inputOf, timeZoneOptions, type BusinessHoursDraft } from './business-hours-draft.ts';
import { HolidaysEditor } from './business-hours-holidays.tsx';
import { SlaEditor } from './business-hours-sla.tsx';
import { WeekEditor } from './business-hours-week.tsx';

const clockLabels: Record<SlaClock, string> = {
  calendar: 'Around the clock (calendar time)',
  business: 'Business hours only',
};

function BusinessHoursForm({ settings, onSaved }: { settings: TeamSettings; onSaved: (settings: TeamSettings) => void }) {
  const admin = isAdmin.value;
  const edit = useEditForm<BusinessHoursDraft>(draftOf(settings), async (draft) => {
    const saved = await api.teamSettings.update(inputOf(draft));
    onSaved(saved);
    return draftOf(saved);
  });
  const { draft, setDraft, fields } = edit;

  return (
    <form class="form business-hours" onSubmit={edit.onSubmit} noValidate aria-label="Business hours and SLA targets">
      <FormError message={edit.error} extra={edit.unclaimed(['businessHours', 'slaTargets'])} />
      {/* Agents see the same form, every control disabled. */}
      <fieldset class="business-hours__fields" disabled={!admin}>
        <div class="card card--padded form">
          <h3 class="card__title">Business hours</h3>
          <SelectField
            label="Time zone"
            error={fields['businessHours.timeZone']}
            hint="Opening hours and holidays are in this zone; daylight saving time is followed."
            value={draft.timeZone}
            onValue={(timeZone) => setDraft({ ...draft, timeZone })}
          >
            {timeZoneOptions(draft.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </SelectField>
          <WeekEditor draft={draft} onChange={setDraft} fields={fields} />
          <HolidaysEditor holidays={draft.holidays} onChange={(holidays) => setDraft({ ...draft, holidays })} fields={fields} />
        </div>
        <div class="card card--padded form">
          <h3 class="card__title">SLA targets</h3>
          <SelectField
            label="Count targets"
            error={fields['slaTargets.clock']}
            hint="With business hours only, a ticket created on Friday evening is due on Monday."
            value={draft.clock}
            onValue={(clock) => setDraft({ ...draft, clock })}
          >
            {(Object.keys(clockLabels) as SlaClock[]).map((clock) => (
              <option key={clock} value={clock}>
                {clockLabels[clock]}
              </option>
            ))}
          </SelectField>
          <SlaEditor draft={draft} onChange={setDraft} fields={fields} />
        </div>
      </fieldset>
      <p class="muted">
        {settings.updatedAt ? (
          <>
            Last changed <RelativeTime iso={settings.updatedAt} />.{' '}
          </>
        ) : (
          'These are the defaults. '
        )}
        Changes apply from now on: due times already set and durations already measured stay as they are.
      </p>
      {admin && <SaveActions edit={edit} />}
    </form>
  );
}

/** Settings → Business hours & SLA: when the team works, and the targets tickets are held to. */
export function BusinessHoursSettings() {
  const settings = useResource(() => api.teamSettings.get(), 'team-settings');
  return (
    <section aria-labelledby="business-hours-title">
      <SectionHeader
        id="business-hours-title"
        title="Business hours & SLA"
        description={
          <>
            Business-hours reports and SLA due times follow these.{isAdmin.value ? '' : ' Only admins can change them.'}
          </>
        }
      />
      <ResourceView resource={settings} loadingLabel="Loading business hours…">
        {(loaded) => <BusinessHoursForm settings={loaded} onSaved={settings.set} />}
      </ResourceView>
    </section>
  );
}
