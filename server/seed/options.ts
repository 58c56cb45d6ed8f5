import { limits } from '../../shared/schemas/common.ts';

/** What `seedDatabase` is asked to generate; everything but `tickets` has a default scaled from it. */
export interface SeedOptions {
  tickets: number;
  customers?: number;
  agents?: number;
  /** How far back the history reaches, in days before `now`. */
  days?: number;
  /** Same seed, same starting database, same `now` → the same rows. */
  seed?: number;
  /** The end of the generated history, in epoch milliseconds. Defaults to the current time. */
  now?: number;
  /** Tickets per transaction: large enough to amortise commits, small enough to keep the WAL modest. */
  batchSize?: number;
  /** Every seeded agent gets this password, so the demo can be signed into. */
  agentPassword?: string;
  /** Called after each committed batch. */
  onProgress?: (ticketsDone: number, ticketsTotal: number) => void;
}

export interface ResolvedSeedOptions extends Required<Omit<SeedOptions, 'onProgress'>> {
  onProgress: SeedOptions['onProgress'];
}

interface Range {
  min: number;
  max: number;
}

/** Bounds shared by the CLI's argument checks and `seedDatabase`'s own. */
export const seedLimits = {
  tickets: { min: 1, max: 10_000_000 },
  customers: { min: 1, max: 2_000_000 },
  agents: { min: 1, max: 500 },
  days: { min: 1, max: 3_650 },
  seed: { min: 0, max: 4_294_967_295 },
  batchSize: { min: 1, max: 100_000 },
} as const satisfies Record<string, Range>;

export type LimitedOption = keyof typeof seedLimits;

export const defaultAgentPassword = 'demo-password-123';
export const defaultDays = 180;
export const defaultSeed = 42;
export const defaultBatchSize = 5_000;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** About four tickets per customer (repeat customers are the norm), within sane bounds. */
export function defaultCustomerCount(tickets: number): number {
  return clamp(Math.round(tickets / 4), 20, 100_000);
}

/** A team of 8 for a small demo, growing to 25 agents for a six-figure history. */
export function defaultAgentCount(tickets: number): number {
  return clamp(Math.ceil(tickets / 4_000), 8, 25);
}

export class SeedOptionError extends RangeError {}

export function describeRange(range: Range): string {
  return `a whole number from ${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')}`;
}

function checked(name: LimitedOption, value: number): number {
  const range = seedLimits[name];
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new SeedOptionError(`${name} must be ${describeRange(range)}, got ${value}`);
  }
  return value;
}

export function resolveSeedOptions(options: SeedOptions): ResolvedSeedOptions {
  const tickets = checked('tickets', options.tickets);
  const now = options.now ?? Date.now();
  if (!Number.isFinite(now) || now <= 0) throw new SeedOptionError(`now must be a positive epoch time, got ${now}`);
  const agentPassword = options.agentPassword ?? defaultAgentPassword;
  if (agentPassword.length < limits.password.min || agentPassword.length > limits.password.max) {
    throw new SeedOptionError(`agentPassword must be ${limits.password.min}–${limits.password.max} characters, like any agent's`);
  }
  return {
    tickets,
    customers: checked('customers', options.customers ?? defaultCustomerCount(tickets)),
    agents: checked('agents', options.agents ?? defaultAgentCount(tickets)),
    days: checked('days', options.days ?? defaultDays),
    seed: checked('seed', options.seed ?? defaultSeed),
    now: Math.floor(now),
    batchSize: checked('batchSize', options.batchSize ?? defaultBatchSize),
    agentPassword,
    onProgress: options.onProgress,
  };
}
