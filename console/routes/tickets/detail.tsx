import { useEffect } from 'preact/hooks';
import type { Ticket } from '../../../shared/schemas/tickets.ts';
import { PriorityBadge, StatusBadge } from '../../components/badge.tsx';
import { BackLink, Link } from '../../components/link.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { isNotFound } from '../../lib/errors.ts';
import { channelLabels } from '../../lib/labels.ts';
import { paths } from '../../lib/paths.ts';
import { useResource } from '../../lib/use-resource.ts';
import { loadAgents } from '../../state/agents.ts';
import { NotFoundPage } from '../not-found.tsx';
import { Conversation } from './conversation.tsx';
import { TicketProperties } from './properties.tsx';
import { ReplyBox } from './reply-box.tsx';
import { TicketHistory } from './ticket-history.tsx';

function TicketHeader({ ticket }: { ticket: Ticket }) {
  return (
    <header class="page-header ticket-header">
      <div class="page-header__text">
        <BackLink href={paths.tickets()}>Tickets</BackLink>
        <PageHeading title={`#${ticket.number} ${ticket.subject}`}>
          <span class="ticket-header__number">#{ticket.number}</span> {ticket.subject}
        </PageHeading>
        <p class="page-header__subtitle ticket-header__meta">
          <StatusBadge status={ticket.status} />
          <PriorityBadge priority={ticket.priority} />
          <span>
            from <Link href={paths.customer(ticket.customer.id)}>{ticket.customer.name}</Link>
            {ticket.customer.email && <span class="muted"> ({ticket.customer.email})</span>}
          </span>
          <span class="muted">
            via {channelLabels[ticket.channel]} · opened <RelativeTime iso={ticket.createdAt} />
          </span>
        </p>
      </div>
    </header>
  );
}

export function TicketDetailPage({ id }: { id: string }) {
  const ticket = useResource(() => api.tickets.get(id), id);
  const messages = useResource(() => api.tickets.messages(id).then((page) => page.items), id);
  const activity = useResource(() => api.tickets.activity(id).then((page) => page.items), id);

  useEffect(() => {
    void loadAgents().catch(() => {});
  }, []);

  if (isNotFound(ticket.error)) return <NotFoundPage what="ticket" />;
  if (ticket.error && !ticket.data) {
    return (
      <div class="page">
        <PageHeading title="Ticket" />
        <ErrorState error={ticket.error} onRetry={ticket.reload} />
      </div>
    );
  }
  if (!ticket.data) {
    return (
      // No heading yet: the real one takes focus when it appears.
      <div class="page">
        <Loading label="Loading ticket…" />
      </div>
    );
  }

  const current = ticket.data;
  const updated = (next: Ticket) => {
    ticket.set(next);
    activity.reload();
  };

  return (
    <div class="page page--wide">
      <TicketHeader ticket={current} />
      <div class="ticket-layout">
        <div class="ticket-layout__main">
          <section class="card card--padded" aria-labelledby="conversation-title">
            <h2 class="section-title" id="conversation-title">
              Conversation
            </h2>
            <ResourceView resource={messages} loadingLabel="Loading messages…">
              {(loaded) => <Conversation ticket={current} messages={loaded} />}
            </ResourceView>
          </section>
          <ReplyBox
            ticket={current}
            onSent={(result) => {
              messages.set([...(messages.data ?? []), result.message]);
              updated(result.ticket);
            }}
          />
        </div>
        <aside class="ticket-layout__side" aria-label="Ticket details">
          <TicketProperties ticket={current} onUpdated={updated} />
          {activity.data && <TicketHistory entries={activity.data} />}
        </aside>
      </div>
    </div>
  );
}
