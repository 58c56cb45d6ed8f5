import Database from 'better-sqlite3';
const db = new Database(process.argv[2] as string);
db.pragma('wal_checkpoint(TRUNCATE)');
console.table(db.prepare("select name, sum(pgsize)/1048576.0 mib, count(*) pages from dbstat group by name order by 2 desc").all());
console.table(db.prepare("select avg(length(body)) b, count(*) from ticket_messages").all());
