/** The options of `room.storage.list()` that the in-memory storage honours. */
export interface ListOptions {
  start?: string;
  startAfter?: string;
  end?: string;
  prefix?: string;
  reverse?: boolean;
  limit?: number;
}

/**
 * `room.storage` for hosted rooms: the get/put/delete/list subset of Durable Object storage, kept
 * in memory and gone when the room is evicted or the process stops. Lantern's rooms keep their
 * durable state in SQLite, so this exists only for PartyKit code that uses storage as a cache.
 *
 * Values are structured-cloned on the way in and out, as Durable Objects serialise them: mutating
 * what `get` returned does not change what is stored. Alarms and transactions are not hosted.
 */
export class MemoryStorage {
  private readonly entries = new Map<string, unknown>();

  get<T = unknown>(key: string): Promise<T | undefined>;
  get<T = unknown>(keys: string[]): Promise<Map<string, T>>;
  async get<T>(keyOrKeys: string | string[]): Promise<T | undefined | Map<string, T>> {
    if (typeof keyOrKeys === 'string') return this.read<T>(keyOrKeys);
    const found = new Map<string, T>();
    for (const key of keyOrKeys) {
      if (this.entries.has(key)) found.set(key, this.read<T>(key) as T);
    }
    return found;
  }

  put<T>(key: string, value: T): Promise<void>;
  put<T>(entries: Record<string, T>): Promise<void>;
  async put<T>(keyOrEntries: string | Record<string, T>, value?: T): Promise<void> {
    if (typeof keyOrEntries === 'string') {
      this.entries.set(keyOrEntries, structuredClone(value));
      return;
    }
    for (const [key, entry] of Object.entries(keyOrEntries)) this.entries.set(key, structuredClone(entry));
  }

  delete(key: string): Promise<boolean>;
  delete(keys: string[]): Promise<number>;
  async delete(keyOrKeys: string | string[]): Promise<boolean | number> {
    if (typeof keyOrKeys === 'string') return this.entries.delete(keyOrKeys);
    let deleted = 0;
    for (const key of keyOrKeys) if (this.entries.delete(key)) deleted += 1;
    return deleted;
  }

  async deleteAll(): Promise<void> {
    this.entries.clear();
  }

  /** Entries in key order (UTF-16 code unit order, which matches UTF-8 order for ASCII keys). */
  async list<T = unknown>(options: ListOptions = {}): Promise<Map<string, T>> {
    const { start, startAfter, end, prefix, reverse = false, limit = Infinity } = options;
    const keys = [...this.entries.keys()]
      .filter(
        (key) =>
          (start === undefined || key >= start) &&
          (startAfter === undefined || key > startAfter) &&
          (end === undefined || key < end) &&
          (prefix === undefined || key.startsWith(prefix)),
      )
      .sort();
    if (reverse) keys.reverse();
    const listed = new Map<string, T>();
    for (const key of keys.slice(0, limit)) listed.set(key, this.read<T>(key) as T);
    return listed;
  }

  private read<T>(key: string): T | undefined {
    return structuredClone(this.entries.get(key)) as T | undefined;
  }
}
