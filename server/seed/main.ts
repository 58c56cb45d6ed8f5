/**
 * `npm run seed -- --tickets N`: fills the configured database with demo data.
 * Exit codes: 0 done, 1 failed while seeding, 2 bad arguments or configuration.
 */
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { parseSeedArgs, usage } from './args.ts';
import { seedDatabase, type SeedReport } from './seed.ts';

const number = (value: number) => value.toLocaleString('en-US');

function printReport(file: string, report: SeedReport): void {
  const seconds = report.elapsedMs / 1000;
  const admins = report.agents.filter((agent) => agent.role === 'admin');
  const logins = [...admins, ...report.agents.filter((agent) => agent.role === 'agent').slice(0, 3)];
  console.log(
    [
      `Seeded ${file} in ${seconds.toFixed(1)} s (${number(Math.round(report.rows / seconds))} rows/s, ${number(Math.round(report.tickets / seconds))} tickets/s)`,
      `  agents     ${number(report.agents.length)} (${admins.length} admin${admins.length === 1 ? '' : 's'})`,
      `  customers  ${number(report.customers)}`,
      `  tickets    ${number(report.tickets)} (#${number(report.firstTicketNumber)}–#${number(report.lastTicketNumber)})`,
      `  messages   ${number(report.messages)}`,
      `  audit log  ${number(report.auditEntries)}`,
      '',
      `Every seeded agent signs in with the password "${report.agentPassword}", for example:`,
      ...logins.map((agent) => `  ${agent.email}${agent.role === 'admin' ? '  (admin)' : ''}`),
    ].join('\n'),
  );
}

async function main(): Promise<number> {
  const args = parseSeedArgs(process.argv.slice(2));
  if (args.kind === 'help') {
    console.log(usage);
    return 0;
  }
  if (args.kind === 'invalid') {
    console.error(`seed: ${args.message}\nRun "npm run seed -- --help" for the options.`);
    return 2;
  }

  let databaseFile: string;
  try {
    databaseFile = loadConfig().databaseFile;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`seed: ${error.message}`);
      return 2;
    }
    throw error;
  }

  const database = openDatabase(databaseFile);
  try {
    const showProgress = process.stdout.isTTY;
    const report = await seedDatabase(database.sqlite, {
      ...args.options,
      onProgress: showProgress ? (done, total) => process.stdout.write(`\r  ${number(done)} / ${number(total)} tickets`) : undefined,
    });
    if (showProgress) process.stdout.write('\r\x1b[K');
    printReport(databaseFile, report);
    return 0;
  } finally {
    database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('seed failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
