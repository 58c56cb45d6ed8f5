import { useEffect, useState } from 'preact/hooks';
import type { CustomerSummary } from '../../../shared/schemas/customers.ts';
import type { TicketChannel, TicketPriority } from '../../../shared/schemas/tickets.ts';
import { FormError } from '../../components/alert.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Field } from '../../components/field.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { api } from '../../lib/api.ts';
import { errorFor, errorMessage, fieldErrorsOf, unclaimedErrors, type FieldErrors } from '../../lib/errors.ts';
import { parseTags } from '../../lib/format.ts';
import { channelLabels, priorityLabels, ticketChannels, ticketPriorities } from '../../lib/labels.ts';
import { paths } from '../../lib/paths.ts';
import { currentQuery, navigate } from '../../lib/router.ts';
import { activeAgents, loadAgents } from '../../state/agents.ts';
import { currentAgent } from '../../state/session.ts';
import { CustomerPicker } from './customer-picker.tsx';

const formFields = ['customerId', 'subject', 'description', 'priority', 'channel', 'category', 'tags', 'assigneeId', 'status'];

export function NewTicketPage() {
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState<TicketPriority>('medium');
  const [channel, setChannel] = useState<TicketChannel>('web');
  const [category, setCategory] = useState('');
  const [tags, setTags] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const me = currentAgent.value;

  // Arriving from a customer's profile: that customer is already chosen.
  const presetCustomerId = currentQuery.value.get('customer');
  useEffect(() => {
    void loadAgents().catch(() => {});
    if (presetCustomerId) api.customers.get(presetCustomerId).then(setCustomer, () => {});
  }, [presetCustomerId]);

  async function submit(event: Event) {
    event.preventDefault();
    if (!customer) {
      setFields({ customerId: 'Choose a customer, or add a new one' });
      setError('Please check the form.');
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const ticket = await api.tickets.create({
        customerId: customer.id,
        subject,
        description,
        priority,
        channel,
        category: category.trim() || null,
        tags: parseTags(tags),
        assigneeId: assigneeId || null,
      });
      navigate(paths.ticket(ticket.id));
    } catch (failure) {
      // Everything typed stays in the form; only the messages change.
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError(errorMessage(failure));
    }
  }

  return (
    <div class="page page--narrow">
      <PageHeader title="New ticket" subtitle="Log a request for a customer: from a call, an email, or on their behalf." />
      <form class="card card--padded form" onSubmit={submit} noValidate>
        <FormError message={error} extra={unclaimedErrors(fields, formFields)} />
        <CustomerPicker value={customer} onChange={setCustomer} error={errorFor(fields, 'customerId')} />
        <Field label="Subject" error={errorFor(fields, 'subject')}>
          {(control) => (
            <input {...control} class="input" name="subject" maxLength={300} value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
          )}
        </Field>
        <Field label="Description" error={errorFor(fields, 'description')} hint="What the customer needs, in their words if you have them.">
          {(control) => (
            <textarea
              {...control}
              class="textarea"
              name="description"
              rows={6}
              value={description}
              onInput={(e) => setDescription(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="form-grid">
          <Field label="Priority" error={errorFor(fields, 'priority')}>
            {(control) => (
              <select {...control} class="select" value={priority} onChange={(e) => setPriority(e.currentTarget.value as TicketPriority)}>
                {ticketPriorities.map((p) => (
                  <option key={p} value={p}>
                    {priorityLabels[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Channel" error={errorFor(fields, 'channel')}>
            {(control) => (
              <select {...control} class="select" value={channel} onChange={(e) => setChannel(e.currentTarget.value as TicketChannel)}>
                {ticketChannels.map((c) => (
                  <option key={c} value={c}>
                    {channelLabels[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Category" optional error={errorFor(fields, 'category')}>
            {(control) => (
              <input {...control} class="input" placeholder="e.g. Billing" value={category} onInput={(e) => setCategory(e.currentTarget.value)} />
            )}
          </Field>
          <Field label="Assignee" error={errorFor(fields, 'assigneeId')}>
            {(control) => (
              <select {...control} class="select" value={assigneeId} onChange={(e) => setAssigneeId(e.currentTarget.value)}>
                <option value="">Unassigned</option>
                {me && <option value={me.id}>Me ({me.name})</option>}
                {activeAgents.value
                  .filter((agent) => agent.id !== me?.id)
                  .map((agent) => (
                    <option key={agent.id} value={agent.id}>
                      {agent.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        </div>
        <Field label="Tags" optional error={errorFor(fields, 'tags', 'Tag')} hint="Separate tags with commas, e.g. billing, vip.">
          {(control) => <input {...control} class="input" value={tags} autoComplete="off" onInput={(e) => setTags(e.currentTarget.value)} />}
        </Field>
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            Create ticket
          </Button>
          <ButtonLink href={paths.tickets()} variant="ghost">
            Cancel
          </ButtonLink>
        </div>
      </form>
    </div>
  );
}
