import type Database from 'better-sqlite3';

export type SqlValue = string | number | null;

/**
 * Collects rows for one table and writes them as multi-row INSERTs (`values (…), (…), …`).
 *
 * Why not one INSERT per row: the tickets table has an AFTER INSERT trigger that feeds the FTS5
 * index, and FTS5 flushes its in-memory index at every statement savepoint — once per row with
 * single-row inserts, which made the full-text index 10× slower than the rest of the seed put
 * together. One statement per hundred rows flushes once per hundred rows. Fewer statement
 * executions help the other tables too.
 *
 * Nothing is written until `flush()`, so the caller decides the order (tickets before the
 * messages that reference them).
 */
export class RowBuffer {
  private readonly pending: SqlValue[] = [];
  private readonly statements = new Map<number, Database.Statement>();
  private readonly rowSql: string;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly table: string,
    private readonly columns: readonly string[],
    /** Parameters per statement stay well under SQLite's limit (32,766). */
    private readonly rowsPerStatement = Math.max(1, Math.floor(3_000 / columns.length)),
  ) {
    this.rowSql = `(${columns.map(() => '?').join(', ')})`;
  }

  get pendingRows(): number {
    return this.pending.length / this.columns.length;
  }

  push(...values: SqlValue[]): void {
    if (values.length !== this.columns.length) throw new RangeError(`${this.table}: expected ${this.columns.length} values, got ${values.length}`);
    for (const value of values) this.pending.push(value);
  }

  flush(): void {
    const width = this.columns.length;
    let offset = 0;
    while (offset < this.pending.length) {
      const rows = Math.min(this.rowsPerStatement, (this.pending.length - offset) / width);
      this.statementFor(rows).run(this.pending.slice(offset, offset + rows * width));
      offset += rows * width;
    }
    this.pending.length = 0;
  }

  private statementFor(rows: number): Database.Statement {
    let statement = this.statements.get(rows);
    if (!statement) {
      const values = new Array<string>(rows).fill(this.rowSql).join(', ');
      statement = this.sqlite.prepare(`insert into ${this.table} (${this.columns.join(', ')}) values ${values}`);
      this.statements.set(rows, statement);
    }
    return statement;
  }
}
