import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "better-sqlite3";

export declare const readerCacheControl: string;
export declare const acceptsGzip: RegExp;

type Entry = { status: number; headers: Record<string, string | string[]>; body: Buffer; version: number; articles: Set<string> | null; renderedAt: number; refreshAt: number; expiresAt: number };
type RequestLike = Pick<IncomingMessage, "method" | "url" | "headers">;

export type PageCache = {
  keyFor(request: RequestLike): string | null;
  get(key: string): Entry | undefined;
  version(): number;
  join(key: string, request: RequestLike, response: ServerResponse, fallback: () => void): boolean;
  set(key: string, entry: Omit<Entry, "renderedAt" | "refreshAt" | "expiresAt"> & { startedAt?: number }): Entry;
  send(entry: Entry, request: RequestLike, response: ServerResponse): void;
  capture(key: string, request: RequestLike, response: ServerResponse): void;
  stats(): { entries: number; bytes: number };
};

export declare function createPageCache(
  db: Database,
  options?: { maxBytes?: number; ttlMs?: number; now?: () => number; timeZone?: string; rewriteHtml?: (path: string) => ((html: string) => string) | null; freshenHtml?: (path: string) => ((html: string) => string | null) | null },
): PageCache;
