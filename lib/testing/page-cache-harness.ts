import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { createPageCache } from "@/lib/server/page-cache.mjs";

// What the page cache's tests share (lib/server/page-cache.test.ts, lib/server/page-changes.test.ts). The test file
// sets up its database first (lib/testing/temp-database.ts); nothing here opens it before a test runs.

export const minute = 60_000;
export const day = 24 * 60 * minute;
/** The time the caches under test see; tests move it on. */
export const clock = { now: Date.now() };
export const cache = (options: Pick<NonNullable<Parameters<typeof createPageCache>[1]>, "freshenHtml"> = {}) =>
  createPageCache(getDb().$client, { now: () => clock.now, ttlMs: minute, maxBytes: 1024 * 1024, ...options });
export type Pages = ReturnType<typeof cache>;
export const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers: { "accept-encoding": "gzip", ...headers } });
/** Raises the page version as a change would, without saying what changed: every page counts as changed. */
export const bump = () => getDb().run(sql`UPDATE page_version SET version = version + 1 WHERE id = 1`);
// The cache reads the page version once per turn of the event loop: a request after a change comes in a later turn.
export const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A stand-in for Node's ServerResponse with what the cache uses of it. */
export class Response extends EventEmitter {
  statusCode = 200;
  headersSent = false;
  headers: Record<string, string> = {};
  body: Buffer[] = [];
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  getHeaders() {
    return { ...this.headers };
  }
  writeHead(status: number, headers?: Record<string, string>) {
    this.statusCode = status;
    for (const [n, v] of Object.entries(headers ?? {})) this.setHeader(n, v);
    this.headersSent = true;
    return this;
  }
  write(chunk: string | Buffer) {
    this.headersSent = true;
    this.body.push(Buffer.from(chunk));
    return true;
  }
  end(chunk?: string | Buffer) {
    if (chunk) this.body.push(Buffer.from(chunk));
    this.headersSent = true;
    return this;
  }
}

/** Renders `html` for the key as Next would, through the cache's capture. */
export function render(pages: Pages, key: string, html: string, status = 200, headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" }) {
  const response = new Response();
  response.statusCode = status;
  for (const [n, v] of Object.entries(headers)) response.setHeader(n, v);
  pages.capture(key, request("/x"), response as never);
  response.write(html.slice(0, 5));
  response.end(html.slice(5));
  return response;
}

/** Starts a rendering through capture and returns what finishes it. */
export function startRendering(pages: Pages, key: string, status = 200) {
  const response = new Response();
  response.statusCode = status;
  response.setHeader("content-type", "text/html; charset=utf-8");
  pages.capture(key, request("/x"), response as never);
  response.write("<p>fir");
  return { finish: () => response.end("st</p>"), abandon: () => response.emit("close") };
}

/** A request that found no page to answer with, joining a rendering in progress if there is one. */
export const waiter = (pages: Pages, key: string) => {
  const response = new Response();
  const sentToNext = { value: false };
  const joined = pages.join(key, request("/x"), response as never, () => (sentToNext.value = true));
  return { joined, response, sentToNext };
};
