import { useState } from 'preact/hooks';
import { Button } from '../../components/button.tsx';
import { Icon } from '../../components/icon.tsx';
import { Link } from '../../components/link.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { PagedListCard } from '../../components/paged-list.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { EmptyState } from '../../components/states.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { api } from '../../lib/api.ts';
import { paths } from '../../lib/paths.ts';
import { currentQuery, navigate } from '../../lib/router.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { useUrlText } from '../../lib/use-url-text.ts';
import { NewCustomerForm } from './new-customer.tsx';

export function CustomerListPage() {
  const [search, setSearch] = useUrlText('q');
  const q = search.trim();
  const [creating, setCreating] = useState(false);
  // The URL holds the settled search; the list follows it, not every keystroke.
  const settled = currentQuery.value.get('q') ?? '';
  const list = usePagedList((cursor) => api.customers.list({ q: settled || undefined, cursor, limit: 25 }), settled);

  return (
    <div class="page">
      <PageHeader
        title="Customers"
        actions={
          !creating && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Icon name="plus" size={18} />
              New customer
            </Button>
          )
        }
      />
      {creating && <NewCustomerForm onCreated={(customer) => navigate(paths.customer(customer.id))} onCancel={() => setCreating(false)} />}
      <div class="filters" role="search" aria-label="Search customers">
        <SearchBox label="Search customers" placeholder="Search by name, email or company" value={search} onValue={setSearch} />
      </div>
      <PagedListCard
        list={list}
        noun="customers"
        label="Customer list"
        empty={
          <EmptyState title={q ? `No customer matches “${q}”` : 'No customers yet'}>
            {q ? 'Try part of a name, an email address or a company.' : 'Customers appear here when you add them or when they write in.'}
          </EmptyState>
        }
      >
        {(customers) => (
          <div class="table-wrap">
            <table class="table">
              <TableHead
                caption="Customers"
                columns={[{ label: 'Name' }, { label: 'Company', wide: true }, { label: 'Location', wide: true }, { label: 'Added', wide: true }]}
              />
              <tbody>
                {customers.map((customer) => (
                  <tr key={customer.id} class="row-link">
                    <td>
                      <Link href={paths.customer(customer.id)} class="row-link__anchor">
                        {customer.name}
                      </Link>
                      <div class="row-meta">
                        {customer.email ?? <span class="muted">No email</span>}
                        {customer.company && <span class="narrow-only">{'\u00a0· '}{customer.company}</span>}
                      </div>
                    </td>
                    <td class="wide-only">{customer.company ?? <span class="muted">—</span>}</td>
                    <td class="wide-only">{customer.location ?? <span class="muted">—</span>}</td>
                    <td class="wide-only nowrap">
                      <RelativeTime iso={customer.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedListCard>
    </div>
  );
}
