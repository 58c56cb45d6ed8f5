import { useId } from 'preact/hooks';
import { weekdayNames } from '../../../shared/business-hours.ts';
import { Button } from '../../components/button.tsx';
import { Icon } from '../../components/icon.tsx';
import type { FieldErrors } from '../../lib/errors.ts';
import { newInterval, nextInterval, weekPositions, type BusinessHoursDraft, type DayDraft, type IntervalDraft } from './business-hours-draft.ts';

interface WeekEditorProps {
  draft: BusinessHoursDraft;
  onChange: (draft: BusinessHoursDraft) => void;
  /** The server's messages by field path (`businessHours.week.2.close`). */
  fields: FieldErrors;
}

/** "Monday opens", "Monday opens (2nd interval)": every input has a name that says which one it is. */
const nth = (index: number) => (index === 0 ? '' : ` (interval ${index + 1})`);

interface TimeInputProps {
  label: string;
  value: string;
  /** The id of the message about this input, when there is one. */
  errorId: string | undefined;
  onValue: (value: string) => void;
}

function TimeInput({ label, value, errorId, onValue }: TimeInputProps) {
  return (
    <input
      type="time"
      class="input week-editor__time"
      aria-label={label}
      aria-invalid={errorId ? 'true' : undefined}
      aria-describedby={errorId}
      value={value}
      required
      onInput={(event) => onValue(event.currentTarget.value)}
    />
  );
}

/**
 * The weekly schedule: per weekday open or closed, and one or more open intervals (split shifts).
 * Times are local to the chosen time zone; a closing time of 00:00 means midnight.
 */
export function WeekEditor({ draft, onChange, fields }: WeekEditorProps) {
  const positions = weekPositions(draft);
  const id = useId();
  const setDay = (index: number, day: DayDraft) => onChange({ ...draft, days: draft.days.map((d, i) => (i === index ? day : d)) });
  const setInterval = (dayIndex: number, day: DayDraft, index: number, interval: IntervalDraft) =>
    setDay(dayIndex, { ...day, intervals: day.intervals.map((item, i) => (i === index ? interval : item)) });

  return (
    <fieldset class="subform week-editor">
      <legend class="subform__legend">Opening hours</legend>
      <p class="field__hint">Local times in the time zone above. A closing time of 00:00 means midnight.</p>
      <ul class="week-editor__days">
        {draft.days.map((day, dayIndex) => {
          const name = weekdayNames[dayIndex] ?? '';
          return (
            <li key={name} class="week-editor__day">
              <label class="week-editor__toggle">
                <input
                  type="checkbox"
                  checked={day.open}
                  aria-label={`Open on ${name}`}
                  onChange={(event) =>
                    setDay(dayIndex, { open: event.currentTarget.checked, intervals: day.intervals.length ? day.intervals : [newInterval()] })
                  }
                />
                <span class="week-editor__name">{name}</span>
              </label>
              {day.open ? (
                <div class="week-editor__intervals">
                  {day.intervals.map((interval, index) => {
                    const position = positions[dayIndex]?.[index];
                    const base = position === null || position === undefined ? null : `businessHours.week.${position}`;
                    const openError = base ? fields[`${base}.open`] : undefined;
                    const closeError = base ? (fields[`${base}.close`] ?? fields[`${base}.day`] ?? fields[base]) : undefined;
                    const error = openError ?? closeError;
                    const errorId = error ? `${id}-${dayIndex}-${index}-error` : undefined;
                    return (
                      <div key={index} class="week-editor__interval">
                        <div class="week-editor__times">
                          <TimeInput
                            label={`${name} opens${nth(index)}`}
                            value={interval.open}
                            errorId={openError ? errorId : undefined}
                            onValue={(open) => setInterval(dayIndex, day, index, { ...interval, open })}
                          />
                          <span aria-hidden="true">–</span>
                          <TimeInput
                            label={`${name} closes${nth(index)}`}
                            value={interval.close}
                            errorId={closeError ? errorId : undefined}
                            onValue={(close) => setInterval(dayIndex, day, index, { ...interval, close })}
                          />
                          {day.intervals.length > 1 && (
                            <Button
                              size="sm"
                              variant="ghost"
                              aria-label={`Remove ${name} interval ${index + 1}`}
                              onClick={() => setDay(dayIndex, { ...day, intervals: day.intervals.filter((_, i) => i !== index) })}
                            >
                              <Icon name="close" size={16} />
                            </Button>
                          )}
                        </div>
                        {error && (
                          <p class="field__error" id={errorId}>
                            {`${name}: ${openError ? 'opening time' : 'closing time'} ${error}`}
                          </p>
                        )}
                      </div>
                    );
                  })}
                  <Button
                    size="sm"
                    variant="ghost"
                    class="week-editor__add"
                    aria-label={`Add an interval on ${name}`}
                    onClick={() => setDay(dayIndex, { ...day, intervals: [...day.intervals, nextInterval(day.intervals)] })}
                  >
                    <Icon name="plus" size={16} />
                    Split shift
                  </Button>
                </div>
              ) : (
                <span class="muted week-editor__closed">Closed</span>
              )}
            </li>
          );
        })}
      </ul>
      {fields['businessHours.week'] && <p class="field__error">Opening hours {fields['businessHours.week']}</p>}
    </fieldset>
  );
}
