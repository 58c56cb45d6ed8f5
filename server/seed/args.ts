import { parseArgs } from 'node:util';
import { defaultDays, defaultSeed, describeRange, seedLimits, type LimitedOption, type SeedOptions } from './options.ts';

/** Without `--tickets`: enough for a lively demo, seeded in about a second. */
export const defaultTicketCount = 2_000;

export const usage = `Usage: npm run seed -- [options]

Adds a realistic support history (agents, customers, tickets and their conversations) to the
database in LANTERN_DATA_DIR (default ./data). Existing data is kept: ticket numbers continue
after the highest one and emails stay unique.

Options:
  --tickets N     tickets to create (default ${defaultTicketCount.toLocaleString('en-US')})
  --customers M   customers to create (default: tickets / 4, from 20 up to 100,000)
  --agents K      agents to create (default: 8 to 25, growing with --tickets)
  --days D        how many days of history, ending now (default ${defaultDays})
  --seed S        random seed: the same seed on the same database gives the same data (default ${defaultSeed})
  --now ISO       end the history at this time instead of now, e.g. 2025-06-01T12:00:00Z
  -h, --help      show this help

Every seeded agent can sign in with the demo password printed at the end.`;

export type ParsedSeedArgs = { kind: 'help' } | { kind: 'seed'; options: SeedOptions } | { kind: 'invalid'; message: string };

const countOptions = ['tickets', 'customers', 'agents', 'days', 'seed'] as const satisfies readonly LimitedOption[];

/** Whole numbers only, optionally grouped with underscores (100_000): "1e5", "2.5" or "-3" are refused, not guessed at. */
function parseCount(name: LimitedOption, raw: string): number | string {
  const range = seedLimits[name];
  const value = /^\d[\d_]*$/.test(raw) ? Number(raw.replaceAll('_', '')) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    return `--${name} must be ${describeRange(range)}, got "${raw}"`;
  }
  return value;
}

export function parseSeedArgs(argv: readonly string[]): ParsedSeedArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // parseArgs names the unknown option or the missing value well; its advice about
    // positionals starting with '-' only confuses here, so it is cut.
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'invalid', message: message.split('. To specify a positional')[0] ?? message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length > 0) return { kind: 'invalid', message: `unexpected argument "${positionals[0]}" (options start with --)` };

  const options: SeedOptions = { tickets: defaultTicketCount };
  for (const name of countOptions) {
    const raw = values[name];
    if (raw === undefined) continue;
    const value = parseCount(name, raw);
    if (typeof value === 'string') return { kind: 'invalid', message: value };
    options[name] = value;
  }
  if (values.now !== undefined) {
    const now = Date.parse(values.now);
    if (Number.isNaN(now)) return { kind: 'invalid', message: `--now must be a date and time like 2025-06-01T12:00:00Z, got "${values.now}"` };
    options.now = now;
  }
  return { kind: 'seed', options };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      tickets: { type: 'string' },
      customers: { type: 'string' },
      agents: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
