import { useEffect } from 'preact/hooks';
import { chatExportUrl, transcriptUrl } from '../../../shared/api/support.ts';
import type { ChatSessionStatus } from '../../../shared/chat/protocol.ts';
import type { ChatListItem } from '../../../shared/schemas/chat.ts';
import type { ChatExportQuery, ChatListQuery, TranscriptFormat } from '../../../shared/schemas/transcripts.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { AgentFilter, ClearFilters, FilterBar, FilterSelect } from '../../components/filters.tsx';
import { BackLink, Link } from '../../components/link.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { PagedListCard } from '../../components/paged-list.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { EmptyState } from '../../components/states.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { api } from '../../lib/api.ts';
import { dateTime } from '../../lib/format.ts';
import { isOneOf, keysOf } from '../../lib/labels.ts';
import { paths } from '../../lib/paths.ts';
import { currentQuery, navigate, withQuery } from '../../lib/router.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { useUrlText } from '../../lib/use-url-text.ts';
import { loadAgents } from '../../state/agents.ts';
import { currentAgent } from '../../state/session.ts';
import { chatStatusLabels } from './format.ts';
import '../../styles/inbox.css';

const filterParams = ['q', 'agent', 'status', 'customer', 'from', 'to'] as const;
const chatSessionStatuses = keysOf(chatStatusLabels);
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

interface HistoryFilters {
  q: string;
  agent: string;
  status: ChatSessionStatus | '';
  customer: string;
  from: string;
  to: string;
}

function filtersFromQuery(params: URLSearchParams): HistoryFilters {
  const status = params.get('status');
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return dayPattern.test(value) ? value : '';
  };
  return {
    q: params.get('q')?.trim() ?? '',
    agent: params.get('agent')?.trim() ?? '',
    status: isOneOf(chatSessionStatuses, status) ? status : '',
    customer: params.get('customer')?.trim() ?? '',
    from: day('from'),
    to: day('to'),
  };
}

/** The API's filters (`agent=me` is the signed-in agent). */
function toQuery(filters: HistoryFilters): Omit<ChatListQuery, 'cursor' | 'limit'> {
  const agentId = filters.agent === 'me' ? currentAgent.value?.id : filters.agent;
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(agentId ? { agentId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.customer ? { customerId: filters.customer } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

function DateFilter({ label, name, value }: { label: string; name: string; value: string }) {
  const id = `filter-${name}`;
  return (
    <div class="filter">
      <label class="filter__label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="input input--sm"
        type="date"
        value={value}
        onChange={(event) => navigate(withQuery({ [name]: event.currentTarget.value }), { replace: true })}
      />
    </div>
  );
}

function ExportLinks({ label, query }: { label: string; query: Omit<ChatExportQuery, 'format'> }) {
  const href = (format: TranscriptFormat) => chatExportUrl('', { ...query, format });
  return (
    <span class="history-export">
      <span class="history-export__label">{label}</span>
      <a class="button button--secondary button--sm" href={href('txt')} download>
        Text
      </a>
      <a class="button button--secondary button--sm" href={href('pdf')} download>
        PDF
      </a>
    </span>
  );
}

function ResultsTable({ chats }: { chats: ChatListItem[] }) {
  return (
    <div class="table-wrap">
      <table class="table history-table">
        <TableHead
          caption="Chats"
          columns={[{ label: 'Chat' }, { label: 'Agent', wide: true }, { label: 'Status' }, { label: 'Started', wide: true }, { label: 'Export', hidden: true }]}
        />
        <tbody>
          {chats.map((chat) => (
            <tr key={chat.id} data-chat-id={chat.id}>
              <td class="history-table__main">
                <Link href={paths.chat(chat.id)} class="history-table__link">
                  {chat.customer.name}
                </Link>
                {chat.customer.email && <span class="muted"> {chat.customer.email}</span>}
                {chat.match ? (
                  <p class="history-table__snippet">
                    {chat.match.internal && <Badge tone="amber">Internal note</Badge>} {chat.match.snippet}
                    {chat.match.count > 1 && <span class="muted"> (+{chat.match.count - 1} more)</span>}
                  </p>
                ) : (
                  chat.lastMessage && <p class="history-table__snippet">{chat.lastMessage.body.slice(0, 140)}</p>
                )}
                <p class="history-table__narrow narrow-only">
                  {chat.assignedAgent?.name ?? 'Unassigned'} · <RelativeTime iso={chat.startedAt} />
                </p>
              </td>
              <td class="wide-only">{chat.assignedAgent?.name ?? <span class="muted">Unassigned</span>}</td>
              <td>{chatStatusLabels[chat.status]}</td>
              <td class="wide-only nowrap" title={dateTime(chat.startedAt)}>
                <RelativeTime iso={chat.startedAt} />
              </td>
              <td class="history-table__export">
                <a href={transcriptUrl('', chat.id, 'txt')} download aria-label={`Export the chat with ${chat.customer.name} as text`}>
                  Text
                </a>
                <a href={transcriptUrl('', chat.id, 'pdf')} download aria-label={`Export the chat with ${chat.customer.name} as PDF`}>
                  PDF
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * /console/inbox/history: every chat's transcript, searchable (words in the conversation, the
 * customer's name or email) and filtered by agent, customer, status and when it started. A result
 * opens the chat (read-only once closed); one chat, or everything matching, exports as text or PDF.
 */
export function ChatHistoryPage() {
  const filters = filtersFromQuery(currentQuery.value);
  const query = toQuery(filters);
  const key = JSON.stringify(query);
  const list = usePagedList((cursor) => api.chats.list({ ...query, cursor, limit: 25 }), key);
  const [text, setText] = useUrlText('q');
  const setCount = filterParams.filter((param) => param !== 'q' && filters[param]).length;

  useEffect(() => {
    void loadAgents().catch(() => {});
  }, []);

  return (
    <div class="page page--wide">
      <PageHeader
        title="Chat history"
        above={<BackLink href={paths.inbox()}>Inbox</BackLink>}
        subtitle="Search every transcript. Exports never include internal notes."
      />
      <FilterBar
        label="Filter chats"
        rowId="history-filters"
        count={setCount}
        search={<SearchBox label="Search transcripts" placeholder="Words in the chat, a name or an email…" value={text} onValue={setText} />}
      >
        <AgentFilter label="Agent" name="agent" value={filters.agent} extra={[['none', 'Nobody']]} />
        <FilterSelect
          label="Status"
          name="status"
          value={filters.status}
          options={[['', 'Any'], ...chatSessionStatuses.map((status): [string, string] => [status, chatStatusLabels[status]])]}
        />
        <DateFilter label="Started from" name="from" value={filters.from} />
        <DateFilter label="Started until" name="to" value={filters.to} />
        {filters.customer && (
          <div class="filter filter--action">
            <Button size="sm" variant="secondary" onClick={() => navigate(withQuery({ customer: null }), { replace: true })}>
              One customer only ✕
            </Button>
          </div>
        )}
        {setCount > 0 && <ClearFilters params={filterParams.filter((param) => param !== 'q')} />}
      </FilterBar>
      <div class="history-toolbar">
        <ExportLinks label={setCount > 0 || filters.q ? 'Export all matching chats' : 'Export all chats'} query={query} />
      </div>
      <PagedListCard
        list={list}
        noun="chats"
        label="Chats"
        empty={<EmptyState title={setCount > 0 || filters.q ? 'No chats match' : 'No chats yet'}>{setCount > 0 || filters.q ? 'Try other words or clear the filters.' : 'Chats appear here once customers start them.'}</EmptyState>}
      >
        {(chats) => <ResultsTable chats={chats} />}
      </PagedListCard>
    </div>
  );
}
