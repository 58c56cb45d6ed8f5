import { rollupTables, sources, type Contribution, type Source } from './contributions.ts';
import { businessAssignments } from './triggers.ts';

/**
 * The source rows are wide (a ticket carries its subject and description); the contributions read
 * a dozen narrow columns, many times over. Copying those columns once into a temporary table makes
 * the rebuild read the wide rows once.
 */
const narrow = (source: Source) => `analytics_rebuild_${source.table}`;
const column = (name: string) => `"${name}"`;

/** Temporary narrow copies of the sources, one INSERT … SELECT per rollup table (every source row's contributions, summed by key), and the clean-up. */
export function rebuildStatements(): string[] {
  const byTable = new Map<string, { source: Source; contribution: Contribution }[]>();
  for (const source of sources) {
    for (const contribution of source.contributions(column)) {
      const list = byTable.get(contribution.table) ?? [];
      list.push({ source, contribution });
      byTable.set(contribution.table, list);
    }
  }
  const copies = sources.map((source) => `create temp table ${narrow(source)} as select ${source.watched.map(column).join(', ')} from ${source.table}`);
  const inserts = [...byTable].map(([table, parts]) => {
    const keyColumns = Object.keys(parts[0]?.contribution.key ?? {});
    if (parts.some(({ contribution }) => contribution.bin !== undefined)) {
      const selects = parts.map(
        ({ source, contribution }) =>
          `select ${[...Object.values(contribution.key).map((expr, i) => `${expr} as ${keyColumns[i]}`), `${contribution.bin} as bin`].join(', ')} from temp.${narrow(source)} where ${contribution.when}`,
      );
      return `insert into ${table} (${[...keyColumns, 'counts'].join(', ')})
        select ${keyColumns.join(', ')}, json_group_object(bin, n) from (
          select ${keyColumns.join(', ')}, bin, count(*) as n from (${selects.join(' union all ')}) group by ${keyColumns.join(', ')}, bin
        ) group by ${keyColumns.join(', ')}`;
    }
    const valueColumns = [...new Set(parts.flatMap(({ contribution }) => Object.keys(contribution.values)))];
    const selects = parts.map(({ source, contribution }) => {
      const values = valueColumns.map((column) => `${contribution.values[column] ?? '0'} as ${column}`);
      return `select ${[...Object.values(contribution.key).map((expr, i) => `${expr} as ${keyColumns[i]}`), ...values].join(', ')} from temp.${narrow(source)} where ${contribution.when}`;
    });
    return `insert into ${table} (${[...keyColumns, ...valueColumns].join(', ')})
      select ${[...keyColumns, ...valueColumns.map((column) => `sum(${column})`)].join(', ')}
      from (${selects.join(' union all ')}) group by ${keyColumns.join(', ')}`;
  });
  return [...copies, ...inserts, ...sources.map((source) => `drop table temp.${narrow(source)}`)];
}

/** Recomputes every row's business-hours durations with today's business hours. */
export const recomputeBusinessStatements = (): string[] =>
  sources.map((source) => `update ${source.table} set ${businessAssignments(source.table)}`);

export const clearStatements = (): string[] => rollupTables.map((table) => `delete from ${table}`);
