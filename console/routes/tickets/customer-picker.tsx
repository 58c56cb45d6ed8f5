import { useState } from 'preact/hooks';
import type { Customer, CustomerSummary } from '../../../shared/schemas/customers.ts';
import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { Field } from '../../components/field.tsx';
import { Icon } from '../../components/icon.tsx';
import { api } from '../../lib/api.ts';
import { errorFor, errorMessage, fieldErrorsOf, type FieldErrors } from '../../lib/errors.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useResource } from '../../lib/use-resource.ts';

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
      <Field label="Customer" error={error} hint="Search by name, email or company.">
        {(control) => (
          <input
            {...control}
            class="input"
            type="search"
            autoComplete="off"
            placeholder="Find a customer"
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        )}
      </Field>
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  async function create() {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      onCreated(await api.customers.create({ name, email: email.trim() || null, company: company.trim() || null }));
    } catch (failure) {
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError(errorMessage(failure));
    }
  }

  const submitOnEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void create();
    }
  };

  return (
    <fieldset class="subform">
      <legend class="subform__legend">New customer</legend>
      {error && <Alert tone="error">{error}</Alert>}
      <div class="form-grid">
        <Field label="Name" error={errorFor(fields, 'name')}>
          {(control) => (
            <input {...control} class="input" value={name} onKeyDown={submitOnEnter} onInput={(e) => setName(e.currentTarget.value)} />
          )}
        </Field>
        <Field label="Email" optional error={errorFor(fields, 'email')}>
          {(control) => (
            <input
              {...control}
              class="input"
              type="email"
              value={email}
              onKeyDown={submitOnEnter}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field label="Company" optional error={errorFor(fields, 'company')}>
          {(control) => (
            <input {...control} class="input" value={company} onKeyDown={submitOnEnter} onInput={(e) => setCompany(e.currentTarget.value)} />
          )}
        </Field>
      </div>
      <div class="form-actions">
        <Button variant="primary" size="sm" busy={busy} onClick={() => void create()}>
          Create customer
        </Button>
        <Button variant="ghost" size="sm" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </fieldset>
  );
}
