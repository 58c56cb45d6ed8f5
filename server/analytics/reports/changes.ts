/**
 * "A schedule changed": the routes tell the scheduler of the same database, so a schedule created
 * for the next minute does not wait for the scheduler's next wake-up. Keyed by the database
 * handle, so several test servers in one process do not hear each other.
 */
const listeners = new WeakMap<object, Set<() => void>>();

export function onSchedulesChanged(database: object, listener: () => void): () => void {
  let set = listeners.get(database);
  if (!set) listeners.set(database, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export function schedulesChanged(database: object): void {
  for (const listener of listeners.get(database) ?? []) listener();
}
