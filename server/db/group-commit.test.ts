import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';
import { openDatabase, type OpenDatabase } from './open.ts';

/**
 * Group commit: writes handed over in one turn share a transaction, and nobody hears back before
 * it committed. "Committed" is checked the only way that counts: a second connection to the same
 * file, which sees nothing until COMMIT.
 */

let dir: string;
let database: OpenDatabase;
let other: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-group-commit-'));
  database = openDatabase(join(dir, 'test.db'));
  database.sqlite.exec(`
    create table notes (n integer primary key);
    create table parents (id integer primary key);
    create table children (id integer primary key, parent integer references parents(id) deferrable initially deferred);
  `);
  other = new Database(join(dir, 'test.db'), { readonly: true });
});

afterEach(() => {
  other.close();
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (n: number) => database.sqlite.prepare('insert into notes (n) values (?)').run(n);
const committed = () => (other.prepare('select n from notes order by n').all() as { n: number }[]).map((row) => row.n);

describe('groupCommit', () => {
  it('runs writes handed over in one turn in one transaction, in order, and answers each only after the commit', async () => {
    const events: string[] = [];
    const writes = [1, 2, 3].map((n) =>
      groupCommit(database.db, () => {
        insert(n);
        // Still in the shared transaction: another connection sees none of the batch yet.
        events.push(`write ${n}: in transaction ${database.sqlite.inTransaction}, others see [${committed().join(',')}]`);
        return n * 10;
      }).then((value) => {
        events.push(`answer ${value}: others see [${committed().join(',')}]`);
        return value;
      }),
    );
    expect(events).toEqual([]); // nothing runs before the turn ends
    expect(await Promise.all(writes)).toEqual([10, 20, 30]);
    expect(events).toEqual([
      'write 1: in transaction true, others see []',
      'write 2: in transaction true, others see []',
      'write 3: in transaction true, others see []',
      'answer 10: others see [1,2,3]',
      'answer 20: others see [1,2,3]',
      'answer 30: others see [1,2,3]',
    ]);
    // A later turn is a new transaction.
    await groupCommit(database.db, () => insert(4));
    expect(committed()).toEqual([1, 2, 3, 4]);
  });

  it('undoes a write that throws, fails only its caller, and commits the others', async () => {
    const results = await Promise.allSettled([
      groupCommit(database.db, () => insert(1)),
      groupCommit(database.db, () => {
        insert(2);
        throw new Error('refused');
      }),
      groupCommit(database.db, () => insert(3)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ message: 'refused' });
    expect(committed()).toEqual([1, 3]);
  });

  it('fails every caller, and stores nothing, when the commit is refused', async () => {
    const results = await Promise.allSettled([
      groupCommit(database.db, () => insert(1)),
      // A deferred foreign key: the statement passes, COMMIT refuses the whole transaction.
      groupCommit(database.db, () => database.sqlite.prepare('insert into children (id, parent) values (1, 99)').run()),
      groupCommit(database.db, () => insert(3)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const result of results) expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    expect(committed()).toEqual([]);
    expect(database.sqlite.inTransaction).toBe(false);
  });

  it('fails every caller when SQLite abandons the transaction part-way, including writes that had succeeded', async () => {
    const results = await Promise.allSettled([
      groupCommit(database.db, () => insert(1)),
      groupCommit(database.db, () => {
        // What SQLite does on some I/O errors: the transaction is rolled back under the write.
        database.sqlite.exec('rollback');
        throw new Error('disk I/O error');
      }),
      groupCommit(database.db, () => insert(3)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(committed()).toEqual([]);
    expect(database.sqlite.inTransaction).toBe(false);
    // The connection is usable again for the next batch.
    await groupCommit(database.db, () => insert(5));
    expect(committed()).toEqual([5]);
  });
});
