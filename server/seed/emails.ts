/**
 * Hands out email addresses that are unique among those already in the database and those given
 * out in this run: the tables' unique indexes must never fire, even when seeding twice.
 */
export class EmailBook {
  private readonly taken: Set<string>;

  constructor(existing: Iterable<string>) {
    this.taken = new Set([...existing].map((email) => email.toLowerCase()));
  }

  /** Where to resume counting for a popular address, so "jo.kim" claimed 500 times stays cheap. */
  private readonly nextSuffix = new Map<string, number>();

  /** `local@domain`, or `local2@domain`, `local3@domain`… if that is taken. */
  claim(local: string, domain: string): string {
    const plain = `${local || 'someone'}@${domain}`;
    let candidate = plain;
    let n = this.nextSuffix.get(plain) ?? 2;
    while (this.taken.has(candidate)) candidate = `${local || 'someone'}${n++}@${domain}`;
    this.nextSuffix.set(plain, n);
    this.taken.add(candidate);
    return candidate;
  }
}

/** "Chloé O'Brien" → "chloe", "obrien": what people type in an address. */
export function emailWord(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
