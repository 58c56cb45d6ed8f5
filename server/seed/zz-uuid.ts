import { uuidv7 } from '../lib/ids.ts';
import { seededUuidv7 } from './ids.ts';
import { Random } from './random.ts';
const ts = (id: string) => new Date(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toISOString();
console.log(ts(uuidv7(Date.parse('2025-01-02T00:00:00Z'))), ts(uuidv7(Date.parse('2024-01-01T00:00:00Z'))));
const r = new Random(1);
const id = seededUuidv7(r, Date.parse('2024-03-04T05:06:07.089Z'));
console.log(id, ts(id));
