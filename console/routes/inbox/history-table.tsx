import { transcriptUrl } from '../../../shared/api/support.ts';
import type { ChatListItem } from '../../../shared/schemas/chat.ts';
import { Badge } from '../../components/badge.tsx';
import { Link } from '../../components/link.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { TableHead } from '../../components/table-head.tsx';
import { dateTime } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';
import { chatStatusLabels } from './format.ts';

interface HistoryTableProps {
  chats: ChatListItem[];
  /** Ticked chats, for "Export selected". */
  selected: ReadonlySet<string>;
  onSelect: (chatId: string, on: boolean) => void;
}

/** The history's results: who, why it matched, agent, status, when; each ticks for export or downloads alone. */
export function HistoryTable({ chats, selected, onSelect }: HistoryTableProps) {
  return (
    <div class="table-wrap">
      <table class="table history-table">
        <TableHead
          caption="Chats"
          columns={[
            { label: 'Select', hidden: true },
            { label: 'Chat' },
            { label: 'Agent', wide: true },
            { label: 'Status' },
            { label: 'Started', wide: true },
            { label: 'Export', hidden: true },
          ]}
        />
        <tbody>
          {chats.map((chat) => (
            <tr key={chat.id} data-chat-id={chat.id} class={selected.has(chat.id) ? 'is-selected' : undefined}>
              <td class="history-table__pick">
                <input
                  type="checkbox"
                  checked={selected.has(chat.id)}
                  aria-label={`Select the chat with ${chat.customer.name}`}
                  onChange={(event) => onSelect(chat.id, event.currentTarget.checked)}
                />
              </td>
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
