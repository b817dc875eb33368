// A cache of whole reader pages in the server process, in front of Next's renderer.
//
// Reader pages read no cookie or session, so one rendering serves every reader. An entry is used only while
//  - no change since its rendering began touched it: every change readers can see raises the page version in the
//    same transaction, noting the articles it touched (db/queries/page-version.ts); the version is checked on each
//    turn of the event loop, so every server process agrees, and the entries showing those articles are dropped
//    (lib/server/page-changes.mjs);
//  - and its time has not run out: never past the next scheduled publication or comment auto-close, or the site's
//    midnight (the home page's "Most viewed" counts the last seven days), which change pages without anyone writing
//    anything; otherwise it is rendered afresh each minute, for the view counts it shows. That refresh keeps the page
//    in use: the first request after the minute renders it, and the others get the kept copy until the new one is
//    ready (ten seconds at most). Each request waiting on one rendering stalled a busy server for tens of ms.
//    A page whose only such count is one `freshenHtml` can write (an article's "N Views") has it written into the kept
//    copy instead, in about a millisecond where a rendering blocked the request thread for up to 67 ms at 100,000
//    articles; it is still rendered afresh every ten minutes.
// View counts in a cached page may be a little behind; the page's beacon replaces them with the live count.

import crypto from "node:crypto";
import zlib from "node:zlib";
import { articlesShown, followPageChanges, touches } from "./page-changes.mjs";

const dayMs = 24 * 60 * 60 * 1000;
const minuteMs = 60 * 1000;
// How long a page whose minute is up may still be served while it is rendered afresh.
const refreshGraceMs = 10_000;
// How long a page's counts may be freshened without rendering it: whatever else in it might drift goes no further.
const freshenForMs = 10 * minuteMs;

// Reader pages, search results, feeds and sitemaps; never the dashboard, sign-in, the API or Next's own assets. A
// first-level address that is neither of the staff's two is one of the site's own pages (app/(site)/[page]).
const cacheablePath =
  /^\/(?:|(?!(?:dashboard|login)$)[a-z0-9]+(?:-[a-z0-9]+)*|articles\/[^/]+|(?:category|tag|author)\/[^/]+(?:\/(?:feed|atom)\.xml)?|feed\.xml|atom\.xml|sitemap\.xml|news-sitemap\.xml|sitemaps\/[^/]+|robots\.txt)$/;
const cacheableQuery = /^(?:|\?page=\d{1,6})$/;
// Search results as the search form and the result pages' links ask for them.
const searchQuery = /^\?q=[^&#]{1,200}(?:&page=\d{1,6})?$/;
// Anyone can ask for any number of different searches, and most are asked once: a result page is kept from its
// query's second rendering on, so one-off searches never push readers' pages out. Forgotten all at once when full.
const maxSearchesSeenOnce = 10_000;
// Requests made by Next's client router or for a Server Action get different answers from the same URL.
const routerHeaders = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "next-router-segment-prefetch"];
// Headers that belong to one response on one connection, not to the page.
const dropped = new Set(["content-length", "transfer-encoding", "connection", "date", "keep-alive", "x-cache"]);
const storableType = /^(?:text\/html|application\/(?:rss\+xml|atom\+xml|xml)|text\/plain)/;

// Next compresses what it sends; a page to rewrite is decoded, rewritten and encoded again the same way.
const codecs = {
  identity: [(body) => body, (body) => body],
  gzip: [zlib.gunzipSync, zlib.gzipSync],
  deflate: [zlib.inflateSync, zlib.deflateSync],
  br: [zlib.brotliDecompressSync, (body) => zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })],
};

function rewriteEncoded(body, encoding, rewrite) {
  const codec = codecs[encoding];
  if (!codec || body.length === 0) return body;
  const [decode, encode] = codec;
  return encode(Buffer.from(rewrite(decode(body).toString("utf8")), "utf8"));
}

// A client that names gzip without refusing it (q=0): such clients share the gzipped copies.
export const acceptsGzip = /\bgzip\b(?!\s*;\s*q\s*=\s*0(?:\.0{0,3})?(?![.\d]))/i;

/**
 * Whether a response in `encoding` may answer every request filed under `key`: an uncompressed one may, and a
 * gzipped one under a gzip key. Next may also answer in deflate or brotli, which a client asking only for gzip cannot
 * read: such a response is sent to the client that asked for it and not kept.
 */
function servableUnder(key, encoding) {
  return encoding === "identity" || encoding === key.slice(0, key.indexOf(" "));
}

/** The articles a page to keep shows (lib/server/page-changes.mjs); null when it is in an encoding not read here. */
function articlesIn(key, body, encoding) {
  const codec = codecs[encoding];
  return codec ? articlesShown(key.slice(key.indexOf(" ") + 1), codec[0](body).toString("utf8")) : null;
}

/** Whether an If-None-Match header names the entity tag (weak comparison, as RFC 9110 has it for this header). */
function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * The first moment in (at, until] that is another day in the time zone than `at`, or Infinity. Midnight falls on a
 * whole minute in every time zone, so the minutes of the span are the only candidates: one or two, for a minute's life.
 */
function nextDayStartWithin(at, until, dayOf) {
  const today = dayOf(at);
  if (dayOf(until) === today) return Infinity;
  for (let minute = Math.floor(at / minuteMs + 1) * minuteMs; minute <= until; minute += minuteMs) if (dayOf(minute) !== today) return minute;
  return until;
}

/** A response body's entity tag: feed readers and browsers that kept a copy ask again with it, and get 304 with no body. */
const etagOf = (body) => `"${crypto.createHash("sha1").update(body).digest("base64url")}"`;

/** What a CDN or reverse proxy in front may do with a reader page: keep it briefly, refresh it in the background. */
export const readerCacheControl = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";

/**
 * @param {import("better-sqlite3").Database} db a read-only connection to the site's database
 * @param {{ maxBytes?: number, ttlMs?: number, now?: () => number, timeZone?: string, rewriteHtml?: (path: string) => ((html: string) => string) | null, freshenHtml?: (path: string) => ((html: string) => string | null) | null }} [options]
 *   `timeZone`: the site's (SITE_TIMEZONE), whose days pages count in.
 *   `rewriteHtml` names, for a path, a change to make to its HTML before it is sent and kept (lib/server/static-article.mjs).
 *   `freshenHtml` names, for a path whose only change with time is counts, what writes the current ones into its HTML;
 *   it answers null when it finds none to write, and the page is rendered afresh then, as any other would be.
 */
export function createPageCache(db, { maxBytes = 64 * 1024 * 1024, ttlMs = 60_000, now = Date.now, timeZone = "UTC", rewriteHtml = () => null, freshenHtml = () => null } = {}) {
  const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const dayOf = (ms) => dayFormat.format(ms);
  const nextScheduledQuery = db.prepare("SELECT min(published_at) AS at FROM articles WHERE status = 'scheduled' AND published_at > ?");
  const closeAfterQuery = db.prepare("SELECT value FROM site_settings WHERE key = 'closeAfterDays'");
  const nextCloseQuery = db.prepare(
    "SELECT min(published_at) AS at FROM articles WHERE status IN ('published', 'scheduled') AND comments_closed = 0 AND published_at > ? AND published_at <= ?",
  );

  /** @type {Map<string, { status: number, headers: Record<string, string | string[]>, body: Buffer, version: number, articles: Set<string> | null, renderedAt: number, refreshAt: number, expiresAt: number }>} */
  const entries = new Map();
  let bytes = 0;
  // Requests for a page that is being rendered wait for that rendering instead of starting their own: when a popular
  // page expires under load, one rendering serves them all, not one per connection.
  /** @type {Map<string, { request: any, response: any, version: number, fallback: () => void }[]>} */
  const rendering = new Map();

  /** Answers the requests that waited for a rendering: with it when it is as new as they need, else through Next. */
  function release(key, waiting, entry) {
    if (rendering.get(key) !== waiting) return;
    rendering.delete(key);
    for (const waiter of waiting) {
      if (entry && entry.version === waiter.version) cache.send(entry, waiter.request, waiter.response);
      else waiter.fallback();
    }
  }

  const changes = followPageChanges(db, (change) => {
    for (const [key, entry] of entries) if (touches(change, entry.articles)) remove(key);
  });
  const version = changes.version;

  /** The next moment the passing of time alone changes some page. */
  function nextTimeChange(at) {
    const scheduled = nextScheduledQuery.get(at)?.at ?? Infinity;
    const days = JSON.parse(closeAfterQuery.get()?.value ?? "null");
    const closing = typeof days === "number" ? (nextCloseQuery.get(at - days * dayMs, at)?.at ?? -Infinity) + days * dayMs : Infinity;
    return Math.min(scheduled, closing > at ? closing : Infinity);
  }

  const searchesSeenOnce = new Set();
  /** Whether a page may be kept: any page but a search's results, which only on their query's second rendering. */
  function admitted(key) {
    if (!key.includes(" /search?")) return true;
    if (searchesSeenOnce.delete(key)) return true;
    if (searchesSeenOnce.size >= maxSearchesSeenOnce) searchesSeenOnce.clear();
    searchesSeenOnce.add(key);
    return false;
  }

  /**
   * When a copy made at `at` of a page as it stood at `from` is refreshed and when it must go: the minute, or sooner the
   * next moment time changes some page. From the rendering's start, so a page rendered across a publication time or
   * midnight shows the time before it.
   */
  function lifeOf(from, at) {
    const refreshAt = at + ttlMs;
    const timeChanges = Math.min(nextTimeChange(from), nextDayStartWithin(from, refreshAt + refreshGraceMs, dayOf));
    return { refreshAt: Math.min(refreshAt, timeChanges), expiresAt: Math.min(refreshAt + refreshGraceMs, timeChanges) };
  }

  /**
   * Writes the current counts into a kept page whose minute is up, when its path has a way to and its rendering is
   * recent enough; false when it must be rendered afresh instead.
   */
  function freshen(key, entry, at) {
    const update = at - entry.renderedAt < freshenForMs ? freshenHtml(key.slice(key.indexOf(" ") + 1)) : null;
    const codec = codecs[String(entry.headers["content-encoding"] ?? "identity")];
    if (!update || !codec) return false;
    const [decode, encode] = codec;
    let html;
    try {
      html = decode(entry.body).toString("utf8");
    } catch {
      // Not in the encoding it names: rendered afresh, as any page would be.
      return false;
    }
    const updated = update(html);
    if (updated === null) return false;
    if (updated !== html) {
      const body = encode(Buffer.from(updated, "utf8"));
      bytes += body.length - entry.body.length;
      entry.body = body;
      entry.headers = { ...entry.headers, etag: etagOf(body) };
    }
    // Time changed nothing since its rendering (the copy would have gone then), so its new minute counts from now.
    Object.assign(entry, lifeOf(at, at));
    evictBeyondLimit();
    return entries.has(key);
  }

  /** Drops the least recently used pages until the kept ones fit in `maxBytes`. */
  function evictBeyondLimit() {
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      remove(oldest);
    }
  }

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
  }

  const cache = {
    /** The cache key of a request, or null when it must go to Next (wrong method, path, query or a router request). */
    keyFor(request) {
      if (request.method !== "GET" && request.method !== "HEAD") return null;
      const url = request.url ?? "";
      const queryAt = url.indexOf("?");
      const path = queryAt === -1 ? url : url.slice(0, queryAt);
      const query = queryAt === -1 ? "" : url.slice(queryAt);
      const queryAllowed = cacheableQuery.test(query) || (path === "/search" && searchQuery.test(query));
      if (!cacheablePath.test(path) || !queryAllowed) return null;
      if (routerHeaders.some((name) => name in request.headers)) return null;
      return `${acceptsGzip.test(String(request.headers["accept-encoding"] ?? "")) ? "gzip" : "identity"} ${path}${query}`;
    },

    /** An entry to answer with, or undefined: then the request goes to Next, and renders the page afresh. */
    get(key) {
      version();
      const entry = entries.get(key);
      if (!entry) return undefined;
      const at = now();
      if (at >= entry.expiresAt) {
        remove(key);
        return undefined;
      }
      // Its minute is up: its counts are written in, or this request renders it afresh, unless another already does,
      // while the copy answers.
      if (at >= entry.refreshAt && !rendering.has(key) && !freshen(key, entry, at)) return undefined;
      // Most recently used last, so eviction takes the oldest first.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },

    /** The page version to tag a rendering with: read before it starts, so a change during the render makes it stale. */
    version,

    /** Joins the rendering of `key` in progress, if there is one: true then, and `fallback` runs if it cannot serve. */
    join(key, request, response, fallback) {
      const waiting = rendering.get(key);
      if (!waiting) return false;
      // The page version now: a change after the rendering began makes its result too old for this request.
      waiting.push({ request, response, version: version(), fallback });
      return true;
    },

    /** Keeps a rendering; `startedAt`, when it began, dates what the passing of time changes in it (now if not given). */
    set(key, { startedAt, ...entry }) {
      // A page already kept is a search admitted before, being rendered afresh: it needs no second sighting.
      const known = entries.has(key);
      remove(key);
      const at = now();
      const renderedAt = startedAt ?? at;
      const stored = { ...entry, headers: { ...entry.headers, etag: etagOf(entry.body) }, renderedAt, ...lifeOf(renderedAt, at) };
      const tooLate = changes.changedSince(entry.version, entry.articles);
      if (stored.body.length > maxBytes / 16 || stored.expiresAt <= at || tooLate || !(known || admitted(key))) return stored;
      entries.set(key, stored);
      bytes += stored.body.length;
      evictBeyondLimit();
      return stored;
    },

    /** Answers from the cache: 304 Not Modified to a client that has this very copy. */
    send(entry, request, response) {
      const { etag, vary } = entry.headers;
      if (matchesEtag(request.headers["if-none-match"], etag)) {
        response.writeHead(304, { etag, ...(vary ? { vary } : {}), "cache-control": readerCacheControl, "x-cache": "HIT" });
        return response.end();
      }
      response.writeHead(entry.status, { ...entry.headers, "x-cache": "HIT", "content-length": String(entry.body.length) });
      response.end(request.method === "HEAD" ? undefined : entry.body);
    },

    /** Lets Next answer, and keeps a copy of a cacheable answer. */
    capture(key, request, response) {
      const renderedAt = version();
      const startedAt = now();
      /** @type {{ request: any, response: any, version: number, fallback: () => void }[]} */
      const waiting = [];
      rendering.set(key, waiting);
      // A rendering that fails or whose client leaves never reaches end(): its waiters go to Next.
      response.on("close", () => release(key, waiting, undefined));
      // A page to rewrite is held back until it is whole; any other goes out as Next writes it.
      const rewrite = request.method === "GET" ? rewriteHtml(key.slice(key.indexOf(" ") + 1)) : null;
      const chunks = [];
      const writeHead = response.writeHead.bind(response);
      const write = response.write.bind(response);
      const end = response.end.bind(response);
      let first = true;
      // Next marks its dynamic pages private; this one is the same for every reader, so a CDN may keep it briefly.
      const beforeHeaders = (status) => {
        if (!first) return;
        first = false;
        if (status === 200 && !response.headersSent) {
          response.setHeader("cache-control", readerCacheControl);
          response.setHeader("x-cache", "MISS");
        }
      };
      response.writeHead = (status, ...rest) => {
        const headers = rest.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg));
        if (status === 200 && headers) {
          for (const name of Object.keys(headers)) if (name.toLowerCase() === "cache-control") delete headers[name];
        }
        beforeHeaders(status);
        if (!rewrite) return writeHead(status, ...rest);
        response.statusCode = status;
        for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
        return response;
      };
      const beforeFirstByte = () => beforeHeaders(response.statusCode);
      const keep = (chunk, encoding) => {
        if (chunk && typeof chunk !== "function") chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
      };
      response.write = (chunk, encoding, callback) => {
        beforeFirstByte();
        keep(chunk, encoding);
        if (!rewrite) return write(chunk, encoding, callback);
        const done = typeof encoding === "function" ? encoding : callback;
        if (done) process.nextTick(done);
        return true;
      };
      response.end = (chunk, encoding, callback) => {
        beforeFirstByte();
        keep(chunk, encoding);
        const headers = response.getHeaders();
        const page = response.statusCode === 200 && storableType.test(String(headers["content-type"] ?? ""));
        let body = Buffer.concat(chunks);
        if (rewrite && page && /^text\/html/.test(String(headers["content-type"]))) {
          body = rewriteEncoded(body, String(headers["content-encoding"] ?? "identity"), rewrite);
          response.setHeader("content-length", String(body.length));
        }
        let entry;
        if (request.method === "GET" && page && !headers["set-cookie"] && servableUnder(key, String(headers["content-encoding"] ?? "identity"))) {
          const kept = Object.entries({ ...response.getHeaders(), "cache-control": readerCacheControl }).filter(([name]) => !dropped.has(name));
          const articles = articlesIn(key, body, String(headers["content-encoding"] ?? "identity"));
          entry = cache.set(key, { status: 200, headers: Object.fromEntries(kept.map(([n, v]) => [n, Array.isArray(v) ? v.map(String) : String(v)])), body, version: renderedAt, articles, startedAt });
        }
        let result;
        if (rewrite) {
          writeHead(response.statusCode);
          result = end(body, typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback);
        } else {
          result = end(chunk, encoding, callback);
        }
        release(key, waiting, entry);
        return result;
      };
    },

    stats: () => ({ entries: entries.size, bytes }),
  };
  return cache;
}
