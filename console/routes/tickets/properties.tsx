import { useEffect, useState } from 'preact/hooks';
import type { Ticket, UpdateTicketInput } from '../../../shared/schemas/tickets.ts';
import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { EnumOptions, SelectField } from '../../components/field.tsx';
import { api } from '../../lib/api.ts';
import { errorFor, errorMessage, fieldErrorsOf } from '../../lib/errors.ts';
import { priorityLabels, statusLabels } from '../../lib/labels.ts';
import { useFlash } from '../../lib/use-flash.ts';
import { activeAgents, agents } from '../../state/agents.ts';
import { currentAgent } from '../../state/session.ts';
import { TagEditor } from './tag-editor.tsx';
import { TicketTimes } from './ticket-times.tsx';

/**
 * The ticket's properties. Every change saves at once (as in Zendesk's sidebar) and says so; a
 * refused change puts the control back and shows why.
 */
export function TicketProperties({ ticket, onUpdated }: { ticket: Ticket; onUpdated: (ticket: Ticket) => void }) {
  const [saving, setSaving] = useState<keyof UpdateTicketInput | null>(null);
  const [saved, setSaved] = useFlash<string>();
  const [error, setError] = useState<string | null>(null);
  const [category, setCategory] = useState(ticket.category ?? '');
  const me = currentAgent.value;

  useEffect(() => setCategory(ticket.category ?? ''), [ticket.category]);

  async function save(field: keyof UpdateTicketInput, patch: UpdateTicketInput, what: string) {
    setSaving(field);
    setError(null);
    setSaved(null);
    try {
      onUpdated(await api.tickets.update(ticket.id, patch));
      setSaved(`${what} saved`);
    } catch (failure) {
      const message = errorFor(fieldErrorsOf(failure), field);
      setError(message ? `${what} ${message}` : errorMessage(failure));
    } finally {
      setSaving(null);
    }
  }

  // A former or deactivated assignee still shows, so the select never misreports who has it.
  const assigneeOptions = activeAgents.value.filter((agent) => agent.id !== me?.id);
  const assigneeListed = !ticket.assignee || ticket.assignee.id === me?.id || assigneeOptions.some((a) => a.id === ticket.assignee?.id);
  const categoryDirty = category.trim() !== (ticket.category ?? '');

  return (
    <section class="card card--padded properties" aria-labelledby="properties-title">
      <h2 class="section-title" id="properties-title">
        Properties
      </h2>
      <div class="properties__status" aria-live="polite">
        {saved && <span class="saved-note">{saved}</span>}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <div class="properties__fields">
        <SelectField
          label="Status"
          value={ticket.status}
          disabled={saving === 'status'}
          onValue={(status) => void save('status', { status }, 'Status')}
        >
          <EnumOptions labels={statusLabels} />
        </SelectField>
        <SelectField
          label="Priority"
          value={ticket.priority}
          disabled={saving === 'priority'}
          onValue={(priority) => void save('priority', { priority }, 'Priority')}
        >
          <EnumOptions labels={priorityLabels} />
        </SelectField>
        <SelectField
          label="Assignee"
          value={ticket.assignee?.id ?? ''}
          disabled={saving === 'assigneeId' || agents.value === null}
          onValue={(assigneeId) => void save('assigneeId', { assigneeId: assigneeId || null }, 'Assignee')}
        >
          <option value="">Unassigned</option>
          {me && <option value={me.id}>Me ({me.name})</option>}
          {assigneeOptions.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
          {!assigneeListed && ticket.assignee && <option value={ticket.assignee.id}>{ticket.assignee.name} (inactive)</option>}
        </SelectField>
        <form
          class="field"
          onSubmit={(event) => {
            event.preventDefault();
            if (categoryDirty) void save('category', { category: category.trim() || null }, 'Category');
          }}
        >
          <label class="field__label" for="ticket-category">
            Category
          </label>
          <div class="inline-input">
            <input
              id="ticket-category"
              class="input"
              placeholder="None"
              value={category}
              onInput={(event) => setCategory(event.currentTarget.value)}
            />
            {categoryDirty && (
              <Button type="submit" size="sm" busy={saving === 'category'}>
                Save
              </Button>
            )}
          </div>
        </form>
        <div class="field">
          <span class="field__label">Tags</span>
          <TagEditor tags={ticket.tags} busy={saving === 'tags'} onChange={(tags) => void save('tags', { tags }, 'Tags')} />
        </div>
      </div>
      <TicketTimes ticket={ticket} />
    </section>
  );
}
