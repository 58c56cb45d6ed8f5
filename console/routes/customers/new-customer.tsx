import { useState } from 'preact/hooks';
import type { Customer } from '../../../shared/schemas/customers.ts';
import { FormError } from '../../components/alert.tsx';
import { SubmitCancel } from '../../components/form-actions.tsx';
import { api } from '../../lib/api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { CustomerFields, customerFieldNames, emptyCustomerDraft, inputOf, type CustomerDraft } from './customer-form.tsx';

export function NewCustomerForm({ onCreated, onCancel }: { onCreated: (customer: Customer) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<CustomerDraft>(emptyCustomerDraft);
  const form = useSubmit(async () => onCreated(await api.customers.create(inputOf(draft))));

  return (
    <form class="card card--padded form" onSubmit={form.onSubmit} noValidate aria-labelledby="new-customer-title">
      <h2 class="section-title" id="new-customer-title">
        New customer
      </h2>
      <FormError message={form.error} extra={form.unclaimed(customerFieldNames)} />
      <CustomerFields draft={draft} onChange={setDraft} fields={form.fields} />
      <SubmitCancel label="Create customer" busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
