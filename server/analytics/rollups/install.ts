import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { clearStatements, rebuildStatements, recomputeBusinessStatements } from './rebuild.ts';
import { analyticsTriggers } from './triggers.ts';

export interface InstallOptions {
  /** Recompute the rollups from the rows even when the triggers have not changed. */
  rebuild?: boolean;
  /** Also recompute every row's business-hours durations with today's business hours. */
  businessHours?: boolean;
}

const triggerNames = (sqlite: Database.Database) =>
  sqlite
    .prepare(`select name from sqlite_master where type = 'trigger' and name like 'analytics\\_%' escape '\\'`)
    .pluck()
    .all() as string[];

function dropAnalyticsTriggers(sqlite: Database.Database): void {
  for (const name of triggerNames(sqlite)) sqlite.prepare(`drop trigger "${name}"`).run();
}

/**
 * (Re)creates the analytics triggers, in one transaction. The triggers' SQL is hashed into
 * `analytics_state.definition`: when an upgrade changes what the rollups mean, they are rebuilt
 * from the rows on the next start, so old figures never mix with new ones. The rebuild runs with
 * the triggers dropped, so recomputing business hours does not fire them a million times.
 */
export function installAnalytics(sqlite: Database.Database, options: InstallOptions = {}): { rebuilt: boolean } {
  const triggers = analyticsTriggers();
  const definition = createHash('sha256').update([...triggers, ...rebuildStatements()].join('\n')).digest('hex').slice(0, 16);
  return sqlite.transaction(() => {
    sqlite.prepare(`insert into analytics_state (id, version, definition) values (1, 0, '') on conflict (id) do nothing`).run();
    const current = sqlite.prepare('select definition from analytics_state where id = 1').pluck().get();
    // A database that never had the triggers has rows without business-hours durations.
    const businessHours = options.businessHours === true || current === '';
    const rebuild = options.rebuild === true || businessHours || current !== definition;
    if (!rebuild && triggerNames(sqlite).length === triggers.length) return { rebuilt: false };
    dropAnalyticsTriggers(sqlite);
    if (rebuild) {
      const statements = [...(businessHours ? recomputeBusinessStatements() : []), ...clearStatements(), ...rebuildStatements()];
      for (const statement of statements) sqlite.prepare(statement).run();
    }
    for (const trigger of triggers) sqlite.prepare(trigger).run();
    sqlite.prepare('update analytics_state set definition = ?, version = version + 1 where id = 1').run(definition);
    return { rebuilt: rebuild };
  })();
}

/**
 * For bulk loads (the seed): the triggers are dropped while `load` runs and the rollups (and
 * business-hours durations) rebuilt once afterwards, even if the load fails half-way — far cheaper
 * than firing the triggers for every row.
 */
export function withRollupsRebuiltAfter<T>(sqlite: Database.Database, load: () => T): T {
  dropAnalyticsTriggers(sqlite);
  try {
    return load();
  } finally {
    installAnalytics(sqlite, { rebuild: true, businessHours: true });
  }
}
