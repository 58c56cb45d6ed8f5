import { useState } from 'preact/hooks';
import type { Customer, CustomerSummary } from '../../../shared/schemas/customers.ts';
import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { Icon } from '../../components/icon.tsx';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useResource } from '../../lib/use-resource.ts';
import { useSubmit } from '../../lib/use-submit.ts';

interface CustomerPickerProps {
  value: CustomerSummary | null;
  onChange: (customer: CustomerSummary | null) => void;
  error?: string | undefined;
}

/**
 * Pick the ticket's customer by searching, or add a new one without leaving the form. Results are
 * plain buttons, so Tab and Enter are all it takes.
 */
export function CustomerPicker({ value, onChange, error }: CustomerPickerProps) {
  const [creating, setCreating] = useState(false);
  if (value) {
    return (
      <div class="field">
        <span class="field__label" id="customer-label">
          Customer
        </span>
        <div class="picked" aria-labelledby="customer-label">
          <div>
            <p class="picked__name">{value.name}</p>
            {value.email && <p class="picked__email">{value.email}</p>}
          </div>
          <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
            Change
          </Button>
        </div>
      </div>
    );
  }
  return creating ? (
    <NewCustomerInline onCreated={onChange} onCancel={() => setCreating(false)} />
  ) : (
    <CustomerSearch onPick={onChange} onCreate={() => setCreating(true)} error={error} />
  );
}

function CustomerSearch({ onPick, onCreate, error }: { onPick: (c: Customer) => void; onCreate: () => void; error?: string | undefined }) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const results = useResource(() => api.customers.list({ q: q || undefined, limit: 8 }), q);
  const items = results.data?.items ?? [];
  return (
    <div class="picker">
      <TextField
        label="Customer"
        error={error}
        hint="Search by name, email or company."
        type="search"
        autoComplete="off"
        placeholder="Find a customer"
        value={text}
        onValue={setText}
      />
      <div class="picker__results" aria-live="polite">
        {results.error ? (
          <p class="field__error">{errorMessage(results.error)}</p>
        ) : results.loading && !results.data ? (
          <p class="muted">Searching…</p>
        ) : items.length === 0 ? (
          <p class="muted">{q ? `No customer matches “${q}”.` : 'No customers yet.'}</p>
        ) : (
          <ul class="picker__list" aria-label="Matching customers">
            {items.map((customer) => (
              <li key={customer.id}>
                <button type="button" class="picker__option" onClick={() => onPick(customer)}>
                  <span class="picker__option-name">{customer.name}</span>
                  <span class="picker__option-meta">{[customer.email, customer.company].filter(Boolean).join(' · ')}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <Button size="sm" variant="ghost" onClick={onCreate}>
          <Icon name="plus" size={16} />
          New customer
        </Button>
      </div>
    </div>
  );
}

/** Not a <form>: it sits inside the ticket form, and forms cannot nest. Enter creates the customer. */
function NewCustomerInline({ onCreated, onCancel }: { onCreated: (c: Customer) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [company, setCompany] = useState('');
  const form = useSubmit(async () =>
    onCreated(await api.customers.create({ name, email: email.trim() || null, company: company.trim() || null })),
  );

  const submitOnEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void form.run();
    }
  };

  return (
    <fieldset class="subform">
      <legend class="subform__legend">New customer</legend>
      {form.error && <Alert tone="error">{form.error}</Alert>}
      <div class="form-grid">
        <TextField label="Name" error={form.errorFor('name')} value={name} onKeyDown={submitOnEnter} onValue={setName} />
        <TextField
          label="Email"
          optional
          error={form.errorFor('email')}
          type="email"
          value={email}
          onKeyDown={submitOnEnter}
          onValue={setEmail}
        />
        <TextField label="Company" optional error={form.errorFor('company')} value={company} onKeyDown={submitOnEnter} onValue={setCompany} />
      </div>
      <div class="form-actions">
        <Button variant="primary" size="sm" busy={form.busy} onClick={() => void form.run()}>
          Create customer
        </Button>
        <Button variant="ghost" size="sm" onClick={onCancel} disabled={form.busy}>
          Cancel
        </Button>
      </div>
    </fieldset>
  );
}
