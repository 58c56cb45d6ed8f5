import { openDatabase } from '../db/open.ts';
import { seedDatabase } from './seed.ts';
const db = openDatabase(process.argv[2] as string);
const r = await seedDatabase(db.sqlite, { tickets: Number(process.argv[3]) });
console.log(r.elapsedMs);
db.close();
