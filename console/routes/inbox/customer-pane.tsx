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

function History({ context, chatId }: { context: ChatCustomerContext; chatId: string }) {
  const previous = context.previousChats.filter((chat) => chat.id !== chatId);
  return (
    <>
      <section class="chat-side__section" aria-labelledby="chat-previous-title">
        <h2 class="chat-side__title" id="chat-previous-title">
          Previous chats
        </h2>
        {previous.length === 0 ? (
          <p class="muted">None before this one.</p>
        ) : (
          <ul class="chat-side__list">
            {previous.slice(0, 5).map((chat) => (
              <li key={chat.id}>
                <Link href={paths.chat(chat.id)}>{chat.lastMessage?.body.slice(0, 60) || 'Chat'}</Link>
                <span class="muted">
                  {chatStatusLabels[chat.status]} · <RelativeTime iso={chat.startedAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="chat-side__section" aria-labelledby="chat-tickets-title">
        <h2 class="chat-side__title" id="chat-tickets-title">
          Tickets
        </h2>
        {context.recentTickets.length === 0 ? (
          <p class="muted">No tickets.</p>
        ) : (
          <ul class="chat-side__list">
            {context.recentTickets.slice(0, 5).map((ticket) => (
              <li key={ticket.id}>
                <Link href={paths.ticket(ticket.id)}>
                  #{ticket.number} {ticket.subject}
                </Link>
                <span>
                  <StatusBadge status={ticket.status} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="chat-side__section" aria-labelledby="chat-articles-title">
        <h2 class="chat-side__title" id="chat-articles-title">
          Articles they viewed
        </h2>
        {context.viewedArticles.length === 0 ? (
          <p class="muted">None in the widget.</p>
        ) : (
          <ul class="chat-side__list">
            {context.viewedArticles.slice(0, 8).map((article) => (
              <li key={article.id}>
                <a href={helpArticleUrl(article.locale, article.slug)} target="_blank" rel="noopener">
                  {article.title}
                </a>
                <span class="muted">{date(`${article.day}T12:00:00Z`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
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
