import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { z } from 'zod';
import type { Page } from '../../shared/schemas/common.ts';
import type { Ticket, ticketListQuery, TicketSort } from '../../shared/schemas/tickets.ts';
import type { Queryable } from '../db/open.ts';
import { customers, priorityRank, tickets } from '../db/schema.ts';
import { decodeCursor, encodeCursor, ftsPrefixQuery, likeContains, type CursorValue } from '../lib/cursor.ts';
import { drillDownConditions } from './list-filters.ts';
import { overdueTicket } from './overdue.ts';
import { selectTickets, toTicket, type TicketSelectionRow } from './serialize.ts';

export type TicketListFilter = z.output<typeof ticketListQuery>;

interface SortKey {
  expression: SQLWrapper;
  valueOf(row: TicketSelectionRow): CursorValue;
}

const sortKeys: Record<string, SortKey> = {
  created: { expression: tickets.createdAt, valueOf: (row) => row.createdAt.getTime() },
  updated: { expression: tickets.updatedAt, valueOf: (row) => row.updatedAt.getTime() },
  number: { expression: tickets.number, valueOf: (row) => row.number },
  priority: {
    expression: priorityRank(tickets.priority),
    valueOf: (row) => ({ urgent: 4, high: 3, medium: 2, low: 1 })[row.priority],
  },
};

function textCondition(q: string): SQL | undefined {
  // "#123" means that ticket and nothing else; a bare "123" may also be a word in the text.
  const exact = /^#(\d{1,9})$/.exec(q.trim());
  if (exact) return eq(tickets.number, Number(exact[1]));
  const number = /^(\d{1,9})$/.exec(q.trim());
  const fts = ftsPrefixQuery(q);
  const pattern = likeContains(q.trim());
  return or(
    number ? eq(tickets.number, Number(number[1])) : undefined,
    fts ? sql`${tickets.number} in (select rowid from tickets_fts where tickets_fts match ${fts})` : undefined,
    sql`${tickets.customerId} in (select ${customers.id} from ${customers} where ${customers.name} like ${pattern} escape '\\' or ${customers.email} like ${pattern} escape '\\')`,
  );
}

/** Filtered, sorted, keyset-paginated tickets. `viewerId` resolves `assignee=me`. */
export async function listTickets(db: Queryable, filter: TicketListFilter, viewerId: string): Promise<Page<Ticket>> {
  const sort: TicketSort = filter.sort;
  const descending = sort.startsWith('-');
  const key = sortKeys[sort.replace('-', '')] as SortKey;
  const after = filter.cursor ? decodeCursor(filter.cursor) : null;
  // Raw comparisons: the cursor holds driver values (ms, ranks), not the columns' mapped types.
  const beyond = (left: SQLWrapper, right: CursorValue) => (descending ? sql`${left} < ${right}` : sql`${left} > ${right}`);

  const conditions = [
    filter.status ? inArray(tickets.status, filter.status) : undefined,
    filter.priority ? inArray(tickets.priority, filter.priority) : undefined,
    filter.channel ? inArray(tickets.channel, filter.channel) : undefined,
    filter.assignee === 'none'
      ? isNull(tickets.assigneeId)
      : filter.assignee
        ? eq(tickets.assigneeId, filter.assignee === 'me' ? viewerId : filter.assignee)
        : undefined,
    filter.customerId ? eq(tickets.customerId, filter.customerId) : undefined,
    filter.tag ? sql`exists (select 1 from json_each(${tickets.tags}) where json_each.value = ${filter.tag})` : undefined,
    filter.q ? textCondition(filter.q) : undefined,
    filter.overdue === true ? overdueTicket(new Date()) : undefined,
    ...drillDownConditions(filter, Date.now()),
    after
      ? or(
          beyond(key.expression, after.value),
          and(sql`${key.expression} = ${after.value}`, beyond(tickets.id, after.id)),
        )
      : undefined,
  ];

  const order = descending ? desc : asc;
  const rows = selectTickets(db)
    .where(and(...conditions))
    .orderBy(order(key.expression as SQL), order(tickets.id))
    .limit(filter.limit + 1)
    .all() as TicketSelectionRow[];
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toTicket),
    nextCursor: rows.length > filter.limit && last ? encodeCursor(key.valueOf(last), last.id) : null,
  };
}
