import { useEffect, useState } from 'preact/hooks';
import type { Customer } from '../../../shared/schemas/customers.ts';
import { Alert, FormError } from '../../components/alert.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { Icon } from '../../components/icon.tsx';
import { Link } from '../../components/link.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { EmptyState, ErrorState, LoadMore, Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { errorMessage, fieldErrorsOf, isNotFound, unclaimedErrors, type FieldErrors } from '../../lib/errors.ts';
import { date } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';
import { navigate } from '../../lib/router.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { useResource } from '../../lib/use-resource.ts';
import { NotFoundPage } from '../not-found.tsx';
import { TicketTable } from '../tickets/ticket-table.tsx';
import { CustomerFields, customerFieldNames, draftOf, inputOf, type CustomerDraft } from './customer-form.tsx';

function ProfileForm({ customer, onSaved }: { customer: Customer; onSaved: (customer: Customer) => void }) {
  const [draft, setDraft] = useState<CustomerDraft>(() => draftOf(customer));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [fields, setFields] = useState<FieldErrors>({});
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(customer));

  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 2500);
    return () => clearTimeout(timer);
  }, [saved]);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const updated = await api.customers.update(customer.id, inputOf(draft));
      onSaved(updated);
      setDraft(draftOf(updated));
      setSaved(true);
    } catch (failure) {
      setFields(fieldErrorsOf(failure));
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card card--padded form" onSubmit={submit} noValidate aria-labelledby="details-title">
      <h2 class="section-title" id="details-title">
        Details
      </h2>
      <FormError message={error} extra={unclaimedErrors(fields, customerFieldNames)} />
      <CustomerFields draft={draft} onChange={setDraft} fields={fields} />
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={!dirty}>
          Save changes
        </Button>
        {dirty && (
          <Button variant="ghost" onClick={() => setDraft(draftOf(customer))} disabled={busy}>
            Discard
          </Button>
        )}
        <span class="saved-note" aria-live="polite">
          {saved ? 'Saved' : ''}
        </span>
      </div>
    </form>
  );
}

function CustomerTickets({ customer }: { customer: Customer }) {
  const list = usePagedList((cursor) => api.customers.tickets(customer.id, { cursor, limit: 10, sort: '-updated' }), customer.id);
  return (
    <section class="card" aria-labelledby="customer-tickets-title">
      <div class="card__header">
        <h2 class="section-title" id="customer-tickets-title">
          Tickets
        </h2>
        <ButtonLink href={paths.newTicket(customer.id)} size="sm">
          <Icon name="plus" size={16} />
          New ticket
        </ButtonLink>
      </div>
      {list.error && list.items.length === 0 ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : list.loading ? (
        <Loading label="Loading tickets…" />
      ) : list.items.length === 0 ? (
        <EmptyState title="No tickets yet">{customer.name} has not asked for help yet.</EmptyState>
      ) : (
        <TicketTable tickets={list.items} showCustomer={false} compact caption={`Tickets from ${customer.name}`} />
      )}
      <LoadMore hasMore={list.hasMore} busy={list.loadingMore} onClick={list.loadMore} />
    </section>
  );
}

function DeleteCustomer({ customer }: { customer: Customer }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section class="card card--padded danger-zone" aria-labelledby="delete-title">
      <h2 class="section-title" id="delete-title">
        Delete customer
      </h2>
      <p class="muted">Deleting removes the customer for good. Customers with tickets are kept, so their history stays intact.</p>
      {error && <Alert tone="error">{error}</Alert>}
      <ConfirmButton
        label="Delete customer"
        question={`Delete ${customer.name}?`}
        confirmLabel="Yes, delete"
        busy={busy}
        onConfirm={async () => {
          setBusy(true);
          setError(null);
          try {
            await api.customers.remove(customer.id);
            navigate(paths.customers());
          } catch (failure) {
            // 409: the customer has tickets; the server's message says how many.
            setError(errorMessage(failure));
            setBusy(false);
          }
        }}
      />
    </section>
  );
}

export function CustomerProfilePage({ id }: { id: string }) {
  const customer = useResource(() => api.customers.get(id), id);
  if (isNotFound(customer.error)) return <NotFoundPage what="customer" />;
  if (customer.error && !customer.data) {
    return (
      <div class="page">
        <ErrorState error={customer.error} onRetry={customer.reload} />
      </div>
    );
  }
  if (!customer.data) {
    return (
      <div class="page">
        <Loading label="Loading customer…" />
      </div>
    );
  }
  const current = customer.data;
  const facts = [current.email, current.company, current.location].filter(Boolean).join(' · ');
  return (
    <div class="page">
      <Link href={paths.customers()} class="back-link">
        <Icon name="arrowLeft" size={16} />
        Customers
      </Link>
      <PageHeader
        title={current.name}
        subtitle={`${facts ? `${facts} · ` : ''}Customer since ${date(current.createdAt)}`}
      />
      <div class="profile-layout">
        <div class="profile-layout__main">
          <CustomerTickets customer={current} />
        </div>
        <div class="profile-layout__side">
          <ProfileForm customer={current} onSaved={customer.set} />
          <DeleteCustomer customer={current} />
        </div>
      </div>
    </div>
  );
}
