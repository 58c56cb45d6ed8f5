import { useState } from 'preact/hooks';
import type { Customer } from '../../../shared/schemas/customers.ts';
import { FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { api } from '../../lib/api.ts';
import { errorMessage, fieldErrorsOf, unclaimedErrors, type FieldErrors } from '../../lib/errors.ts';
import { CustomerFields, customerFieldNames, emptyCustomerDraft, inputOf, type CustomerDraft } from './customer-form.tsx';

export function NewCustomerForm({ onCreated, onCancel }: { onCreated: (customer: Customer) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<CustomerDraft>(emptyCustomerDraft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      onCreated(await api.customers.create(inputOf(draft)));
    } catch (failure) {
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError(errorMessage(failure));
    }
  }

  return (
    <form class="card card--padded form" onSubmit={submit} noValidate aria-labelledby="new-customer-title">
      <h2 class="section-title" id="new-customer-title">
        New customer
      </h2>
      <FormError message={error} extra={unclaimedErrors(fields, customerFieldNames)} />
      <CustomerFields draft={draft} onChange={setDraft} fields={fields} />
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          Create customer
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
