import { useEffect, useState } from 'preact/hooks';
import type { CustomerSummary } from '../../../shared/schemas/customers.ts';
import type { TicketChannel, TicketPriority } from '../../../shared/schemas/tickets.ts';
import { FormError } from '../../components/alert.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { EnumOptions, Field, SelectField, TagsField, TextField } from '../../components/field.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { api } from '../../lib/api.ts';
import type { FieldErrors } from '../../lib/errors.ts';
import { parseTags } from '../../lib/format.ts';
import { channelLabels, priorityLabels } from '../../lib/labels.ts';
import { paths } from '../../lib/paths.ts';
import { currentQuery, navigate } from '../../lib/router.ts';
import { useSubmit } from '../../lib/use-submit.ts';
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
  const me = currentAgent.value;

  // Arriving from a customer's profile: that customer is already chosen.
  const presetCustomerId = currentQuery.value.get('customer');
  useEffect(() => {
    void loadAgents().catch(() => {});
    if (presetCustomerId) api.customers.get(presetCustomerId).then(setCustomer, () => {});
  }, [presetCustomerId]);

  // Everything typed stays in the form when it fails; only the messages change.
  const form = useSubmit(
    async () => {
      if (!customer) return;
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
    },
    { validate: (): FieldErrors => (customer ? {} : { customerId: 'Choose a customer, or add a new one' }) },
  );

  return (
    <div class="page page--narrow">
      <PageHeader title="New ticket" subtitle="Log a request for a customer: from a call, an email, or on their behalf." />
      <form class="card card--padded form" onSubmit={form.onSubmit} noValidate>
        <FormError message={form.error} extra={form.unclaimed(formFields)} />
        <CustomerPicker value={customer} onChange={setCustomer} error={form.errorFor('customerId')} />
        <TextField label="Subject" error={form.errorFor('subject')} name="subject" maxLength={300} value={subject} onValue={setSubject} />
        <Field label="Description" error={form.errorFor('description')} hint="What the customer needs, in their words if you have them.">
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
          <SelectField label="Priority" error={form.errorFor('priority')} value={priority} onValue={setPriority}>
            <EnumOptions labels={priorityLabels} />
          </SelectField>
          <SelectField label="Channel" error={form.errorFor('channel')} value={channel} onValue={setChannel}>
            <EnumOptions labels={channelLabels} />
          </SelectField>
          <TextField
            label="Category"
            optional
            error={form.errorFor('category')}
            placeholder="e.g. Billing"
            value={category}
            onValue={setCategory}
          />
          <SelectField label="Assignee" error={form.errorFor('assigneeId')} value={assigneeId} onValue={setAssigneeId}>
            <option value="">Unassigned</option>
            {me && <option value={me.id}>Me ({me.name})</option>}
            {activeAgents.value
              .filter((agent) => agent.id !== me?.id)
              .map((agent) => (
                <option key={agent.id} value={agent.id}>
                  {agent.name}
                </option>
              ))}
          </SelectField>
        </div>
        <TagsField error={form.errorFor('tags', 'Tag')} example="billing, vip" value={tags} onValue={setTags} />
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={form.busy}>
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
