import type { TodayFigures } from './analytics-extra.ts';
import type { IsoDate } from './common.ts';

export interface ActivityEntry {
  id: string;
  actor: { type: 'agent' | 'token' | 'customer' | 'system'; id: string | null; name: string };
  action: string;
  entityType: string;
  entityId: string;
  /** What the entity is called now (`#12` for a ticket, a name otherwise); null once it is deleted. */
  entityLabel: string | null;
  /** For updates, field → [before, after]. */
  changes: Record<string, unknown>;
  createdAt: IsoDate;
}

export interface Overview {
  openTickets: number;
  pendingTickets: number;
  mine: number;
  unassigned: number;
  overdue: number;
  /** Today's live figures in the caller's time zone (`?tz=`). */
  today: TodayFigures;
  recentActivity: ActivityEntry[];
}

export interface Health {
  ok: boolean;
  db: { ok: boolean; journalMode: string; migrations: number };
  version: string;
  uptimeSeconds: number;
}
