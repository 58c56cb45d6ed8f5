import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const src = new Database(process.argv[2] ?? '', { readonly: true });
const rows = src.prepare('select number, subject, description from tickets').raw().all() as [number, string, string][];
console.log(rows.length);
for (const variant of ["content='', contentless_delete=1", "content=''", "", "content='', contentless_delete=1, detail=column"]) {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'fts-')), 'f.db'));
  db.pragma('journal_mode=WAL'); db.pragma('synchronous=NORMAL'); db.pragma('cache_size=-262144');
  db.exec(`create virtual table f using fts5(subject, description${variant ? ', ' + variant : ''}, tokenize='unicode61 remove_diacritics 2')`);
  const ins = db.prepare('insert into f(rowid, subject, description) values (?,?,?)');
  const t = performance.now();
  for (let s = 0; s < rows.length; s += 5000) db.transaction(() => { for (const r of rows.slice(s, s + 5000)) ins.run(...r); })();
  console.log(variant || 'regular', ((performance.now() - t) / 1000).toFixed(2), 's');
}
