import { openDatabase } from '../../db/open.ts';
import type { Participant } from '../../rooms/store.ts';
import { appendMessage } from '../messages.ts';

/**
 * A second writer for the concurrency test: another process, its own SQLite connection to the same
 * file, appending messages as fast as it can while the test process does the same.
 * Usage: node --import tsx append-worker.ts <db file> <session id> <participant json> <client id prefix> <count>
 * Prints the seqs it got as one JSON line.
 */
const [file = '', sessionId = '', who = '{}', prefix = 'w', count = '0'] = process.argv.slice(2);
const database = openDatabase(file);
const chat = { db: database.db, secret: 'worker-secret-not-used-for-text-messages' };
const seqs: number[] = [];
for (let i = 0; i < Number(count); i += 1) {
  const { message } = await appendMessage(chat, {
    sessionId,
    who: JSON.parse(who) as Participant,
    clientId: `${prefix}-${String(i).padStart(5, '0')}`,
    body: `from the other process ${i}`,
    attachmentIds: [],
    internal: false,
  });
  seqs.push(message.seq);
  // A breath between writes, so the test process's writes land among ours however the two are scheduled.
  await new Promise((resolve) => setTimeout(resolve, 2));
}
database.close();
process.stdout.write(`${JSON.stringify(seqs)}\n`);
