import { businessDurations, sources, type Contribution, type Source } from './contributions.ts';

/*
 * The rollups are kept by SQLite triggers, so they change in the same transaction as the row that
 * moved them and no write path in the application can forget them. An update subtracts the old
 * row's contributions and adds the new row's. The business-hours durations on each row are
 * written by a trigger too, with the SQL function `lantern_business_ms` (sql-functions.ts).
 */

const row = (alias: 'NEW' | 'OLD') => (name: string) => `${alias}.${name}`;

function upsert(contribution: Contribution, sign: 1 | -1): string {
  const { table, key, values, when, bin } = contribution;
  if (bin !== undefined) {
    const path = `'$."' || (${bin}) || '"'`;
    return `insert into ${table} (${[...Object.keys(key), 'counts'].join(', ')})
    select ${[...Object.values(key), `json_object(cast((${bin}) as text), ${sign})`].join(', ')} where ${when}
    on conflict (${Object.keys(key).join(', ')}) do update set counts = json_set(counts, ${path}, coalesce(json_extract(counts, ${path}), 0) + ${sign});`;
  }
  const keyColumns = Object.keys(key);
  const valueColumns = Object.keys(values);
  const selected = [...Object.values(key), ...Object.values(values).map((value) => (sign === 1 ? `(${value})` : `-(${value})`))];
  return `insert into ${table} (${[...keyColumns, ...valueColumns].join(', ')})
    select ${selected.join(', ')} where ${when}
    on conflict (${keyColumns.join(', ')}) do update set ${valueColumns.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')};`;
}

const bumpVersion = 'update analytics_state set version = version + 1 where id = 1;';

function rollupTriggers(source: Source): string[] {
  const add = source.contributions(row('NEW')).map((c) => upsert(c, 1));
  const subtract = source.contributions(row('OLD')).map((c) => upsert(c, -1));
  const changed = source.watched.map((column) => `NEW.${column} is not OLD.${column}`).join(' or ');
  const name = `analytics_${source.table}`;
  return [
    `create trigger ${name}_insert after insert on ${source.table} begin ${add.join(' ')} ${bumpVersion} end`,
    `create trigger ${name}_update after update of ${source.watched.join(', ')} on ${source.table} when ${changed}
     begin ${subtract.join(' ')} ${add.join(' ')} ${bumpVersion} end`,
    `create trigger ${name}_delete after delete on ${source.table} begin ${subtract.join(' ')} ${bumpVersion} end`,
  ];
}

/** `column = duration in business hours`, for an UPDATE's SET over the row itself. */
export function businessAssignments(table: Source['table']): string {
  return businessDurations[table]
    .map(({ column, start, end }) => `${column} = case when ${end} is null then null else lantern_business_ms(${start}, ${end}) end`)
    .join(', ');
}

function businessTriggers(table: Source['table']): string[] {
  const ends = [...new Set(businessDurations[table].flatMap(({ start, end }) => [start, end]))];
  const assign = `update ${table} set ${businessAssignments(table)} where rowid = NEW.rowid;`;
  return [
    `create trigger analytics_${table}_business_insert after insert on ${table}
     when ${businessDurations[table].map(({ end }) => `NEW.${end} is not null`).join(' or ')}
     begin ${assign} end`,
    `create trigger analytics_${table}_business_update after update of ${ends.join(', ')} on ${table}
     when ${ends.map((column) => `NEW.${column} is not OLD.${column}`).join(' or ')}
     begin ${assign} end`,
  ];
}

/** Every analytics trigger, in creation order. */
export function analyticsTriggers(): string[] {
  return sources.flatMap((source) => [...rollupTriggers(source), ...businessTriggers(source.table)]);
}
