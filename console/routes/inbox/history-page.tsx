import { useEffect, useState } from 'preact/hooks';
import type { ChatSessionStatus } from '../../../shared/chat/protocol.ts';
import type { ChatListQuery } from '../../../shared/schemas/transcripts.ts';
import { Button } from '../../components/button.tsx';
import { AgentFilter, ClearFilters, FilterBar, FilterDate, FilterSelect } from '../../components/filters.tsx';
import { BackLink } from '../../components/link.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { PagedListCard } from '../../components/paged-list.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { EmptyState } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { isOneOf, keysOf } from '../../lib/labels.ts';
import { paths } from '../../lib/paths.ts';
import { currentQuery, navigate, withQuery } from '../../lib/router.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { useUrlText } from '../../lib/use-url-text.ts';
import { loadAgents } from '../../state/agents.ts';
import { currentAgent } from '../../state/session.ts';
import { chatStatusLabels } from './format.ts';
import { ExportLinks } from './history-export.tsx';
import { SelectionBar, toggled } from './history-selection.tsx';
import { HistoryTable } from './history-table.tsx';
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

/**
 * /console/inbox/history: every chat's transcript, searchable (words in the conversation, the
 * customer's name or email) and filtered by agent, customer, status and when it started. A result
 * opens the chat (read-only once closed); one chat, the ticked ones, or everything matching, exports
 * as text or PDF.
 */
export function ChatHistoryPage() {
  const filters = filtersFromQuery(currentQuery.value);
  const query = toQuery(filters);
  const key = JSON.stringify(query);
  const list = usePagedList((cursor) => api.chats.list({ ...query, cursor, limit: 25 }), key);
  const [text, setText] = useUrlText('q');
  const setCount = filterParams.filter((param) => param !== 'q' && filters[param]).length;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Other filters, other rows: ticks on rows no longer listed would export chats no one can see.
  useEffect(() => setSelected(new Set()), [key]);

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
        <FilterDate label="Started from" name="from" value={filters.from} />
        <FilterDate label="Started until" name="to" value={filters.to} />
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
        <ExportLinks id="history-export-all" label={setCount > 0 || filters.q ? 'Export all matching chats' : 'Export all chats'} query={query} />
        <SelectionBar chats={list.items} selected={selected} onChange={setSelected} />
      </div>
      <PagedListCard
        list={list}
        noun="chats"
        label="Chats"
        empty={<EmptyState title={setCount > 0 || filters.q ? 'No chats match' : 'No chats yet'}>{setCount > 0 || filters.q ? 'Try other words or clear the filters.' : 'Chats appear here once customers start them.'}</EmptyState>}
      >
        {(chats) => (
          <HistoryTable
            chats={chats}
            selected={selected}
            onSelect={(chatId, on) => setSelected((previous) => toggled(previous, [chatId], on))}
          />
        )}
      </PagedListCard>
    </div>
  );
}
