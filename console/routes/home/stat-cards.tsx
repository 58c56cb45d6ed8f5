import type { Overview } from '../../../shared/schemas/activity.ts';
import { Link } from '../../components/link.tsx';
import { paths } from '../../lib/paths.ts';

interface Stat {
  label: string;
  value: number;
  href: string;
  hint: string;
  tone?: 'danger';
}

/** The counts that need attention, each a link to the ticket list filtered to exactly those tickets. */
export function StatCards({ overview }: { overview: Overview }) {
  const stats: Stat[] = [
    { label: 'Open tickets', value: overview.openTickets, href: paths.tickets({ status: 'open' }), hint: 'Waiting on your team' },
    {
      label: 'Assigned to me',
      value: overview.mine,
      href: paths.tickets({ assignee: 'me', status: 'open,pending' }),
      hint: 'Open or pending',
    },
    {
      label: 'Unassigned',
      value: overview.unassigned,
      href: paths.tickets({ assignee: 'none', status: 'open,pending' }),
      hint: 'Nobody has picked these up',
    },
    { label: 'Pending', value: overview.pendingTickets, href: paths.tickets({ status: 'pending' }), hint: 'Waiting on the customer' },
    {
      label: 'Overdue',
      value: overview.overdue,
      href: paths.tickets({ overdue: 'true', sort: 'created' }),
      hint: 'Past their first-response target',
      tone: overview.overdue > 0 ? 'danger' : undefined,
    },
  ];
  return (
    <ul class="stat-grid">
      {stats.map((stat) => (
        <li key={stat.label}>
          <Link href={stat.href} class={`stat-card${stat.tone === 'danger' ? ' stat-card--danger' : ''}`}>
            <span class="stat-card__label">{stat.label}</span>
            <span class="stat-card__value">{stat.value.toLocaleString()}</span>
            <span class="stat-card__hint">{stat.hint}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
