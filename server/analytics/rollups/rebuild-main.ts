/**
 * `npm run analytics:rebuild [-- --business-hours]`: recomputes the analytics rollups of the
 * configured database from its rows. `--business-hours` first recomputes every ticket's and chat's
 * business-hours durations with the business hours saved today (by default, new hours apply only
 * from the moment they are saved). Safe while the server runs: one transaction, readers see the
 * old figures until it commits. Exit codes: 0 done, 2 bad arguments or configuration.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/open.ts';
import { installAnalytics } from './install.ts';

function main(): number {
  let businessHours: boolean;
  let databaseFile: string;
  try {
    businessHours = parseArgs({ options: { 'business-hours': { type: 'boolean', default: false } } }).values['business-hours'] === true;
    databaseFile = loadConfig().databaseFile;
  } catch (error) {
    if (error instanceof ConfigError || (error instanceof TypeError && 'code' in error)) {
      console.error(`analytics:rebuild: ${error.message}\nUsage: npm run analytics:rebuild [-- --business-hours]`);
      return 2;
    }
    throw error;
  }
  const database = openDatabase(databaseFile);
  try {
    const started = performance.now();
    installAnalytics(database.sqlite, { rebuild: true, businessHours });
    const tickets = database.sqlite.prepare('select count(*) from tickets').pluck().get() as number;
    const chats = database.sqlite.prepare('select count(*) from chat_sessions').pluck().get() as number;
    console.log(
      `Rebuilt the analytics rollups of ${databaseFile} from ${tickets.toLocaleString('en-US')} tickets and ${chats.toLocaleString('en-US')} chats` +
        `${businessHours ? ', business-hours durations recomputed,' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    database.close();
  }
}

process.exitCode = main();
