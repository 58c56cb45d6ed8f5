import { useId } from 'preact/hooks';
import { slaPriorityOrder } from '../../../shared/business-hours.ts';
import type { TicketPriority } from '../../../shared/schemas/tickets.ts';
import { priorityLabels } from '../../lib/labels.ts';
import type { FieldErrors } from '../../lib/errors.ts';
import type { BusinessHoursDraft, TargetDraft } from './business-hours-draft.ts';

interface SlaEditorProps {
  draft: BusinessHoursDraft;
  onChange: (draft: BusinessHoursDraft) => void;
  /** The server's messages by field path (`slaTargets.priorities.high.resolutionMinutes`). */
  fields: FieldErrors;
}

type TargetKind = 'firstResponse' | 'resolution';
const kindLabels: Record<TargetKind, string> = { firstResponse: 'first response', resolution: 'resolution' };

function TargetInputs({ label, value, error, onValue }: { label: string; value: TargetDraft; error: string | undefined; onValue: (value: TargetDraft) => void }) {
  const id = useId();
  const invalid = error ? 'true' : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class="sla-editor__target">
      <div class="sla-editor__inputs">
        <input
          type="number"
          class="input sla-editor__number"
          min={0}
          step={1}
          inputMode="numeric"
          aria-label={`${label} hours`}
          aria-invalid={invalid}
          aria-describedby={errorId}
          value={value.hours}
          onInput={(event) => onValue({ ...value, hours: event.currentTarget.value })}
        />
        <span aria-hidden="true">h</span>
        <input
          type="number"
          class="input sla-editor__number"
          min={0}
          max={59}
          step={1}
          inputMode="numeric"
          aria-label={`${label} minutes`}
          aria-invalid={invalid}
          aria-describedby={errorId}
          value={value.minutes}
          onInput={(event) => onValue({ ...value, minutes: event.currentTarget.value })}
        />
        <span aria-hidden="true">min</span>
      </div>
      {error && (
        <p class="field__error" id={errorId}>
          {`${label[0]?.toUpperCase() ?? ''}${label.slice(1)} ${error}`}
        </p>
      )}
    </div>
  );
}

/** Targets per priority: first public reply and resolution, as hours and minutes. */
export function SlaEditor({ draft, onChange, fields }: SlaEditorProps) {
  const set = (priority: TicketPriority, kind: TargetKind, value: TargetDraft) =>
    onChange({ ...draft, targets: { ...draft.targets, [priority]: { ...draft.targets[priority], [kind]: value } } });
  const errorOf = (priority: TicketPriority, kind: TargetKind) => {
    const base = `slaTargets.priorities.${priority}`;
    return fields[`${base}.${kind}Minutes`] ?? (kind === 'firstResponse' ? fields[base] : undefined);
  };
  return (
    <div class="table-wrap">
      <table class="table sla-editor">
        <caption class="visually-hidden">SLA targets by priority</caption>
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col">First response within</th>
            <th scope="col">Resolved within</th>
          </tr>
        </thead>
        <tbody>
          {slaPriorityOrder.map((priority) => (
            <tr key={priority}>
              <th scope="row">{priorityLabels[priority]}</th>
              {(['firstResponse', 'resolution'] as const).map((kind) => (
                <td key={kind}>
                  <TargetInputs
                    label={`${priorityLabels[priority]} ${kindLabels[kind]}`}
                    value={draft.targets[priority][kind]}
                    error={errorOf(priority, kind)}
                    onValue={(value) => set(priority, kind, value)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
