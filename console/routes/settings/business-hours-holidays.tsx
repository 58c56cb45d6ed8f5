import { useId } from 'preact/hooks';
import { teamSettingsLimits } from '../../../shared/business-hours.ts';
import type { Holiday } from '../../../shared/schemas/team-settings.ts';
import { Button } from '../../components/button.tsx';
import { Icon } from '../../components/icon.tsx';
import type { FieldErrors } from '../../lib/errors.ts';

interface HolidaysEditorProps {
  holidays: Holiday[];
  onChange: (holidays: Holiday[]) => void;
  /** The server's messages by field path (`businessHours.holidays.1.date`). */
  fields: FieldErrors;
}

/** Days the team is closed all day (local dates in the calendar's zone), each with a name. */
export function HolidaysEditor({ holidays, onChange, fields }: HolidaysEditorProps) {
  const id = useId();
  const set = (index: number, holiday: Holiday) => onChange(holidays.map((h, i) => (i === index ? holiday : h)));
  return (
    <fieldset class="subform holidays-editor">
      <legend class="subform__legend">Holidays</legend>
      <p class="field__hint">Closed all day. Up to {teamSettingsLimits.holidays}; add next year's when you know them.</p>
      {holidays.length === 0 ? (
        <p class="muted">No holidays.</p>
      ) : (
        <ul class="holidays-editor__list" aria-label="Holidays">
          {holidays.map((holiday, index) => {
            const dateError = fields[`businessHours.holidays.${index}.date`];
            const nameError = fields[`businessHours.holidays.${index}.name`];
            const label = holiday.name.trim() || `holiday ${index + 1}`;
            const dateErrorId = dateError ? `${id}-${index}-date-error` : undefined;
            const nameErrorId = nameError ? `${id}-${index}-name-error` : undefined;
            return (
              <li key={index} class="holidays-editor__item">
                <div class="holidays-editor__row">
                  <input
                    type="date"
                    class="input holidays-editor__date"
                    aria-label={`Date of ${label}`}
                    aria-invalid={dateError ? 'true' : undefined}
                    aria-describedby={dateErrorId}
                    value={holiday.date}
                    onInput={(event) => set(index, { ...holiday, date: event.currentTarget.value })}
                  />
                  <input
                    class="input holidays-editor__name"
                    aria-label={`Name of holiday ${index + 1}`}
                    aria-invalid={nameError ? 'true' : undefined}
                    aria-describedby={nameErrorId}
                    placeholder="e.g. New Year's Day"
                    maxLength={teamSettingsLimits.holidayName}
                    value={holiday.name}
                    onInput={(event) => set(index, { ...holiday, name: event.currentTarget.value })}
                  />
                  <Button size="sm" variant="ghost" aria-label={`Remove ${label}`} onClick={() => onChange(holidays.filter((_, i) => i !== index))}>
                    <Icon name="close" size={16} />
                  </Button>
                </div>
                {dateError && (
                  <p class="field__error" id={dateErrorId}>
                    Date {dateError}
                  </p>
                )}
                {nameError && (
                  <p class="field__error" id={nameErrorId}>
                    Name {nameError}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {fields['businessHours.holidays'] && <p class="field__error">Holidays: {fields['businessHours.holidays']}</p>}
      {holidays.length < teamSettingsLimits.holidays && (
        <div>
          <Button size="sm" onClick={() => onChange([...holidays, { date: '', name: '' }])}>
            <Icon name="plus" size={16} />
            Add holiday
          </Button>
        </div>
      )}
    </fieldset>
  );
}
