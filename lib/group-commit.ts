/** Gathers items from the first of a batch until `schedule` runs its flush, then hands them to `flush` together. */
function gathering<T>(schedule: (flushQueue: () => void) => void, flush: (batch: T[]) => void): (item: T) => void {
  let queue: T[] = [];
  const flushQueue = () => {
    const batch = queue;
    queue = [];
    flush(batch);
  };
  return (item) => {
    queue.push(item);
    if (queue.length === 1) schedule(flushQueue);
  };
}

/**
 * Gathers the items that arrive in one turn of the event loop and hands them to `flush` together, at the start of the
 * next. No batch waits for more: what arrives while a batch is handled makes the next one.
 */
export const eachTurn = <T>(flush: (batch: T[]) => void) => gathering<T>(setImmediate, flush);

/**
 * Gathers the items that arrive within `ms` milliseconds of the first and hands them to `flush` together. For work
 * whose cost is mostly per batch, such as waking another thread: the first item waits that long, and a window much
 * longer than the work it saves holds its callers for nothing.
 */
export const eachWindow = <T>(ms: number, flush: (batch: T[]) => void) => gathering<T>((flushQueue) => setTimeout(flushQueue, ms), flush);

/**
 * Group commit: the items that arrive in one turn of the event loop are committed together, by one call of `commit`,
 * which answers each item in order. Each caller's promise settles only once that call has (a synchronous commit, or
 * the promise an asynchronous one returns), so nothing is acknowledged before it is stored; when the commit fails,
 * every item of its batch is rejected with that error.
 */
export function groupCommit<T, R>(commit: (batch: T[]) => R[] | Promise<R[]>): (item: T) => Promise<R> {
  type Waiting = { item: T; resolve(result: R): void; reject(error: unknown): void };
  const gather = eachTurn<Waiting>(async (batch) => {
    try {
      const results = await commit(batch.map(({ item }) => item));
      batch.forEach(({ resolve }, i) => resolve(results[i]));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  });
  return (item) => new Promise<R>((resolve, reject) => gather({ item, resolve, reject }));
}
