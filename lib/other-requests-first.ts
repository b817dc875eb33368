/**
 * Lets the requests waiting on the server's thread go first. Reader pages render on the thread that answers every
 * request, most of them from the page cache without rendering, and the database answers synchronously: a rendering
 * is one stretch of work unless it stops somewhere, and every request that arrives meanwhile waits for it. Awaited
 * between a page's heavier steps, it lets them through in between (lib/server/page-cache.mjs).
 */
export function otherRequestsFirst(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
