import { rollupTables, sources, type Contribution, type Source } from './contributions.ts';
import { businessAssignments } from './triggers.ts';

const tableColumns = (table: string) => (name: string) => `"${table}"."${name}"`;

/** One INSERT … SELECT per rollup table: the union of every source row's contributions, summed by key. */
export function rebuildStatements(): string[] {
  const byTable = new Map<string, { source: Source; contribution: Contribution }[]>();
  for (const source of sources) {
    for (const contribution of source.contributions(tableColumns(source.table))) {
      const list = byTable.get(contribution.table) ?? [];
      list.push({ source, contribution });
      byTable.set(contribution.table, list);
    }
  }
  return [...byTable].map(([table, parts]) => {
    const keyColumns = Object.keys(parts[0]?.contribution.key ?? {});
    const valueColumns = [...new Set(parts.flatMap(({ contribution }) => Object.keys(contribution.values)))];
    const selects = parts.map(({ source, contribution }) => {
      const values = valueColumns.map((column) => `${contribution.values[column] ?? '0'} as ${column}`);
      return `select ${[...Object.values(contribution.key).map((expr, i) => `${expr} as ${keyColumns[i]}`), ...values].join(', ')} from ${source.table} where ${contribution.when}`;
    });
    return `insert into ${table} (${[...keyColumns, ...valueColumns].join(', ')})
      select ${[...keyColumns, ...valueColumns.map((column) => `sum(${column})`)].join(', ')}
      from (${selects.join(' union all ')}) group by ${keyColumns.join(', ')}`;
  });
}

/** Recomputes every row's business-hours durations with today's business hours. */
export const recomputeBusinessStatements = (): string[] =>
  sources.map((source) => `update ${source.table} set ${businessAssignments(source.table)}`);

export const clearStatements = (): string[] => rollupTables.map((table) => `delete from ${table}`);
