/**
 * Runs tasks one after another in the order they were added. A room pushes every frame through
 * one of these, so with an async store (HTTP to Lantern) a message sent second still gets the
 * higher seq, and no two handlers interleave their reads and writes of the room's state.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Resolves when `task` has run; a task that throws is reported and does not stop the queue. */
  run(task: () => Promise<void> | void): Promise<void> {
    const next = this.tail.then(task).catch(this.onError);
    this.tail = next;
    return next;
  }
}
