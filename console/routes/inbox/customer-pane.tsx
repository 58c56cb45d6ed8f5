import type { ComponentChildren } from 'preact';
import type { ChatCustomerContext } from '../../../shared/schemas/chat.ts';
import { Avatar } from '../../components/avatar.tsx';
import { Badge, StatusBadge } from '../../components/badge.tsx';
import { Link } from '../../components/link.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { api } from '../../lib/api.ts';
import { date } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';
import { useResource } from '../../lib/use-resource.ts';
import { chatStatusLabels, helpArticleUrl } from './format.ts';

function CustomerFacts({ context }: { context: ChatCustomerContext }) {
  const { customer } = context;
  return (
    <section class="chat-side__section chat-customer" aria-labelledby="chat-customer-title">
      <h2 class="visually-hidden" id="chat-customer-title">
        Customer
      </h2>
      <div class="chat-customer__who">
        <Avatar name={customer.name} size={44} />
        <div class="chat-customer__names">
          <Link href={paths.customer(customer.id)} class="chat-customer__name">
            {customer.name}
          </Link>
          {customer.email && <span class="chat-customer__email">{customer.email}</span>}
        </div>
      </div>
      <dl class="chat-facts">
        <div>
          <dt>Identity</dt>
          <dd>{context.verified ? <Badge tone="green">Verified</Badge> : <span class="muted">Not verified</span>}</dd>
        </div>
        {customer.company && (
          <div>
            <dt>Company</dt>
            <dd>{customer.company}</dd>
          </div>
        )}
        {context.pageUrl && (
          <div>
            <dt>Page</dt>
            <dd>
              <a href={context.pageUrl} target="_blank" rel="noopener noreferrer" class="chat-facts__url">
                {context.pageUrl}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>Customer since</dt>
          <dd>{date(customer.createdAt)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** One of the sidebar's lists: a heading, then the items, or a line saying there are none. */
function SideList<T extends { id: string }>({
  id,
  title,
  empty,
  items,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  items: T[];
  children: (item: T) => ComponentChildren;
}) {
  return (
    <section class="chat-side__section" aria-labelledby={id}>
      <h2 class="chat-side__title" id={id}>
        {title}
      </h2>
      {items.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul class="chat-side__list">
          {items.map((item) => (
            <li key={item.id}>{children(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ context, chatId }: { context: ChatCustomerContext; chatId: string }) {
  const previous = context.previousChats.filter((chat) => chat.id !== chatId);
  return (
    <>
      <SideList id="chat-previous-title" title="Previous chats" empty="None before this one." items={previous.slice(0, 5)}>
        {(chat) => (
          <>
            <Link href={paths.chat(chat.id)}>{chat.lastMessage?.body.slice(0, 60) || 'Chat'}</Link>
            <span class="muted">
              {chatStatusLabels[chat.status]} · <RelativeTime iso={chat.startedAt} />
            </span>
          </>
        )}
      </SideList>
      <SideList id="chat-tickets-title" title="Tickets" empty="No tickets." items={context.recentTickets.slice(0, 5)}>
        {(ticket) => (
          <>
            <Link href={paths.ticket(ticket.id)}>
              #{ticket.number} {ticket.subject}
            </Link>
            <span>
              <StatusBadge status={ticket.status} />
            </span>
          </>
        )}
      </SideList>
      <SideList id="chat-articles-title" title="Articles they viewed" empty="None in the widget." items={context.viewedArticles.slice(0, 8)}>
        {(article) => (
          <>
            <a href={helpArticleUrl(article.locale, article.slug)} target="_blank" rel="noopener">
              {article.title}
            </a>
            <span class="muted">{date(`${article.day}T12:00:00Z`)}</span>
          </>
        )}
      </SideList>
    </>
  );
}

/** Who the customer is and what they did before: beside the conversation, or as a panel on narrow screens. */
export function CustomerContext({ chatId }: { chatId: string }) {
  const context = useResource(() => api.chats.context(chatId), chatId);
  return (
    <ResourceView resource={context} loadingLabel="Loading customer…">
      {(data) => (
        <>
          <CustomerFacts context={data} />
          <History context={data} chatId={chatId} />
        </>
      )}
    </ResourceView>
  );
}
