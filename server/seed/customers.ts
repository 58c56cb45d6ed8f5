import type Database from 'better-sqlite3';
import { companySizes, type CompanySize } from '../../shared/schemas/customers.ts';
import { DAY } from './calendar.ts';
import { emailWord, type EmailBook } from './emails.ts';
import { seededUuidv7 } from './ids.ts';
import { firstIndexAbove, WeightedChoice, type Random } from './random.ts';
import {
  companyFirstWords,
  companySecondWords,
  firstNames,
  lastNames,
  locations,
  personalEmailDomains,
  plans,
  signupSources,
} from './vocabulary/people.ts';

type Metadata = Record<string, string | number | boolean>;

export interface SeededCustomer {
  id: string;
  name: string;
  firstName: string;
  email: string;
  company: string | null;
  industry: string | null;
  companySize: CompanySize | null;
  location: string;
  metadata: Metadata;
  createdAt: number;
  /** Raised to the customer's latest ticket activity once the tickets are written. */
  lastSeenAt: number;
}

interface Company {
  name: string;
  domain: string;
  industry: string;
  size: CompanySize;
  location: string;
  locale: string;
  plan: string;
  accountId: string;
  seats: number;
}

/** Most customers are small businesses; a few are large accounts. */
const sizeChoice = new WeightedChoice<CompanySize>(
  companySizes.map((size, index) => [size, [40, 28, 16, 9, 5, 2][index] ?? 1] as const),
);
/** Seats bought, by company size: bigger companies buy more, but never all their staff. */
const seatRange: Record<CompanySize, readonly [number, number]> = {
  '1-10': [1, 5],
  '11-50': [3, 20],
  '51-200': [10, 60],
  '201-1000': [40, 200],
  '1001-5000': [100, 600],
  '5000+': [300, 2000],
};
const signupChoice = new WeightedChoice(signupSources.map((source, index) => [source, [35, 22, 18, 10, 5, 10][index] ?? 1] as const));

/** Share of customers without a company (sole traders, one-off buyers). */
const individualShare = 0.25;
/** Share of customers who signed up before the generated history begins. */
const preexistingShare = 0.35;
/** Contacts at one company: each company averages this many customers. */
const contactsPerCompany = 3;

function planFor(rng: Random, size: CompanySize): string {
  const tier = companySizes.indexOf(size); // 0 (1–10 staff) … 5 (5000+)
  const index = Math.min(plans.length - 1, Math.max(0, Math.floor(tier / 1.5 + rng.between(-0.6, 1.2))));
  return plans[index] ?? 'Starter';
}

function generateCompany(rng: Random, takenNames: Set<string>): Company {
  const [location, locale] = rng.pick(locations);
  const [kind, industry] = rng.pick(companySecondWords);
  let name = `${rng.pick(companyFirstWords)} ${kind}`;
  // Two different businesses rarely share a name in one region; add the city, then a number.
  if (takenNames.has(name)) name = `${name} ${location.split(',')[0] ?? ''}`;
  for (let n = 2; takenNames.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
  takenNames.add(name);
  const size = sizeChoice.draw(rng);
  const [minSeats, maxSeats] = seatRange[size];
  return {
    name,
    domain: `${name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.example`,
    industry,
    size,
    location,
    locale,
    plan: planFor(rng, size),
    accountId: `ACC-${rng.int(100_000, 999_999)}`,
    seats: rng.int(minSeats, maxSeats),
  };
}

function signupTimes(rng: Random, count: number, historyStart: number, now: number): Float64Array {
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // The first customer always predates the history, so the first ticket has someone to file it.
    times[i] =
      i === 0 || rng.chance(preexistingShare)
        ? Math.floor(historyStart - rng.between(1, 730) * DAY)
        : // sqrt: more sign-ups later on, as the product grows.
          Math.floor(historyStart + (now - historyStart) * Math.sqrt(rng.next()));
  }
  return times.sort();
}

export function generateCustomers(rng: Random, count: number, historyStart: number, now: number, emails: EmailBook): SeededCustomer[] {
  const companyNames = new Set<string>();
  const companies = Array.from({ length: Math.max(1, Math.round(count / contactsPerCompany)) }, () => generateCompany(rng, companyNames));
  const times = signupTimes(rng, count, historyStart, now);
  const customers: SeededCustomer[] = [];
  for (const createdAt of times) {
    const firstName = rng.pick(firstNames);
    const lastName = rng.pick(lastNames);
    const first = emailWord(firstName);
    const last = emailWord(lastName);
    const signupSource = signupChoice.draw(rng);
    const marketingOptIn = rng.chance(0.4);
    const lastSeenAt = Math.floor(createdAt + (now - createdAt) * Math.sqrt(rng.next()));
    if (rng.chance(individualShare)) {
      const [location, locale] = rng.pick(locations);
      const local = rng.pick([`${first}.${last}`, `${first}${last}${rng.int(1, 99)}`, `${first}_${last}`, `${first[0] ?? ''}${last}${rng.int(70, 99)}`]);
      customers.push({
        id: seededUuidv7(rng, createdAt),
        name: `${firstName} ${lastName}`,
        firstName,
        email: emails.claim(local, rng.pick(personalEmailDomains)),
        company: null,
        industry: null,
        companySize: null,
        location,
        metadata: {
          accountId: `ACC-${rng.int(100_000, 999_999)}`,
          plan: rng.chance(0.7) ? 'Starter' : 'Growth',
          seats: 1,
          signupSource,
          locale,
          marketingOptIn,
        },
        createdAt,
        lastSeenAt,
      });
      continue;
    }
    // Squaring favours the first companies: a few accounts have many contacts, most have one or two.
    const company = companies[Math.floor(companies.length * rng.next() ** 2)] as Company;
    const local = rng.pick([`${first}.${last}`, first, `${first[0] ?? ''}${last}`, `${first}${last[0] ?? ''}`]);
    customers.push({
      id: seededUuidv7(rng, createdAt),
      name: `${firstName} ${lastName}`,
      firstName,
      email: emails.claim(local, company.domain),
      company: company.name,
      industry: company.industry,
      companySize: company.size,
      // Most contacts work at the head office; some are elsewhere.
      location: rng.chance(0.8) ? company.location : rng.pick(locations)[0],
      metadata: {
        accountId: company.accountId,
        plan: company.plan,
        seats: company.seats,
        signupSource,
        locale: company.locale,
        marketingOptIn,
      },
      createdAt,
      lastSeenAt,
    });
  }
  return customers;
}

/** Picks who files a ticket at a given time: only customers who had signed up by then. */
export class CustomerPicker {
  private readonly signedUpAt: Float64Array;

  constructor(private readonly customers: readonly SeededCustomer[]) {
    this.signedUpAt = Float64Array.from(customers, (customer) => customer.createdAt);
  }

  pick(rng: Random, at: number): SeededCustomer {
    const available = Math.max(1, firstIndexAbove(this.signedUpAt, at));
    // A third of tickets come from long-standing heavy users (cubing favours the earliest sign-ups).
    const index = rng.chance(0.3) ? Math.floor(available * rng.next() ** 3) : Math.floor(available * rng.next());
    return this.customers[index] as SeededCustomer;
  }
}

export function insertCustomers(sqlite: Database.Database, customers: readonly SeededCustomer[]): void {
  const insert = sqlite.prepare(
    `insert into customers (id, name, email, company, industry, company_size, location, metadata, created_at, updated_at, last_seen_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of customers) {
    insert.run(c.id, c.name, c.email, c.company, c.industry, c.companySize, c.location, JSON.stringify(c.metadata), c.createdAt, c.createdAt, c.lastSeenAt);
  }
}

/** After the tickets: a customer was last seen no earlier than their last message or rating. */
export function updateLastSeen(sqlite: Database.Database, customers: readonly SeededCustomer[], activeAt: ReadonlyMap<SeededCustomer, number>): void {
  const update = sqlite.prepare('update customers set last_seen_at = ? where id = ?');
  for (const customer of customers) {
    const active = activeAt.get(customer);
    if (active !== undefined && active > customer.lastSeenAt) {
      customer.lastSeenAt = active;
      update.run(active, customer.id);
    }
  }
}
