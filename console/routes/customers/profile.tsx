import type { Customer } from '../../../shared/schemas/customers.ts';
import { Alert, FormError } from '../../components/alert.tsx';
import { ButtonLink } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { SaveActions } from '../../components/form-actions.tsx';
import { Icon } from '../../components/icon.tsx';
import { Link } from '../../components/link.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { PagedListBody } from '../../components/paged-list.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { isNotFound } from '../../lib/errors.ts';
import { date } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';
import { navigate } from '../../lib/router.ts';
import { useEditForm } from '../../lib/use-edit-form.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { useResource } from '../../lib/use-resource.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { NotFoundPage } from '../not-found.tsx';
import { TicketTable } from '../tickets/ticket-table.tsx';
import { CustomerFields, customerFieldNames, draftOf, inputOf, type CustomerDraft } from './customer-form.tsx';

function ProfileForm({ customer, onSaved }: { customer: Customer; onSaved: (customer: Customer) => void }) {
  const edit = useEditForm<CustomerDraft>(draftOf(customer), async (draft) => {
    const updated = await api.customers.update(customer.id, inputOf(draft));
    onSaved(updated);
    return draftOf(updated);
  });

  return (
    <form class="card card--padded form" onSubmit={edit.onSubmit} noValidate aria-labelledby="details-title">
      <h2 class="section-title" id="details-title">
        Details
      </h2>
      <FormError message={edit.error} extra={edit.unclaimed(customerFieldNames)} />
      <CustomerFields draft={edit.draft} onChange={edit.setDraft} fields={edit.fields} />
      <SaveActions edit={edit} />
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
      <PagedListBody
        list={list}
        loadingLabel="Loading tickets…"
        empty={<EmptyState title="No tickets yet">{customer.name} has not asked for help yet.</EmptyState>}
      >
        {(tickets) => <TicketTable tickets={tickets} showCustomer={false} compact caption={`Tickets from ${customer.name}`} />}
      </PagedListBody>
    </section>
  );
}

function DeleteCustomer({ customer }: { customer: Customer }) {
  // 409 when the customer has tickets: the server's message says how many.
  const removal = useSubmit(async () => {
    await api.customers.remove(customer.id);
    navigate(paths.customers());
  });
  return (
    <section class="card card--padded danger-zone" aria-labelledby="delete-title">
      <h2 class="section-title" id="delete-title">
        Delete customer
      </h2>
      <p class="muted">Deleting removes the customer for good. Customers with tickets are kept, so their history stays intact.</p>
      {removal.error && <Alert tone="error">{removal.error}</Alert>}
      <ConfirmButton
        label="Delete customer"
        question={`Delete ${customer.name}?`}
        confirmLabel="Yes, delete"
        busy={removal.busy}
        onConfirm={removal.run}
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
