// The production server: Next's own request handler, behind what `next start` cannot do.
// 1. The client's address. Next keeps any X-Forwarded-For header a client sends, so any client could name its own
//    address and slip past the per-address limits (sign-in throttling, comment rate limit, view counting). Here the
//    header is replaced by the socket's address (lib/server/client-address.mjs), unless TRUST_PROXY says a reverse
//    proxy in front sets it.
// 2. Whole reader pages from memory (lib/server/page-cache.mjs), so an article costs what a prerendered page costs;
//    an article's view count is written into its kept copy each minute instead of rendering it afresh.
// 3. The view beacon every article visit sends, answered before Next's routing (lib/server/view-beacon.ts) and counted
//    in a worker thread (lib/server/view-count-worker.mjs), with the database's checkpoints in another
//    (lib/server/checkpoint-worker.mjs): the thread that answers requests never waits for a view to be written.
// 4. Addresses with malformed %-escapes answered 400: Next would fail decoding them with a 500.
// 5. Whole 404 pages where Next sends an empty shell that only scripts fill (lib/server/whole-not-found.mjs), and kept
//    ones for the first-level addresses nothing can answer, which scanners ask for by the thousand, and for article,
//    section, tag and author addresses at slugs none has or had (lib/server/unroutable.mjs).
import { createServer } from "node:http";
import { Worker } from "node:worker_threads";
import path from "node:path";
import Database from "better-sqlite3";
import next from "next";
import { tsImport } from "tsx/esm/api";
import { setClientAddress } from "./client-address.mjs";
import { createPageCache } from "./page-cache.mjs";
import { liveViewCount, withoutNextRuntime } from "./static-article.mjs";
import { appFirstSegments, createUnroutableAnswer, slugFolderSegments } from "./unroutable.mjs";
import { keepNotFoundWhole } from "./whole-not-found.mjs";

const port = Number(process.env.PORT || 3000);
const trustProxy = ["1", "true", "yes"].includes((process.env.TRUST_PROXY ?? "").toLowerCase());
const databaseFile = path.resolve(process.env.DATABASE_PATH || "./data/dateline.db");
const cacheMegabytes = Number(process.env.PAGE_CACHE_MB ?? 64);

// Next renders a Server Action's redirect target by asking itself for it: it must know its own port.
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// Migrations have run (npm start does them first); this connection only reads the page version and view counts.
const reader = cacheMegabytes > 0 ? new Database(databaseFile, { readonly: true, fileMustExist: true }) : null;
const articleViews = reader ? liveViewCount(reader) : null;
const pages = reader
  ? createPageCache(reader, {
      maxBytes: cacheMegabytes * 1024 * 1024,
      timeZone: process.env.SITE_TIMEZONE || "UTC",
      rewriteHtml: (pagePath) => (pagePath.startsWith("/articles/") ? withoutNextRuntime : null),
      freshenHtml: (pagePath) => (pagePath.startsWith("/articles/") ? articleViews : null),
    })
  : null;

// The kept 404 page shows the menu and footer: it follows the page version, so it needs the page cache's reader.
const known = pages ? appFirstSegments(process.cwd()) : null;
/**
 * Whether any row of `table`, published or not, has the slug, or `redirects` has it as an old one. The table names
 * written into the SQL are this file's own constants.
 */
function slugLookup(table, redirects) {
  const found = reader.prepare(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE slug = @slug) OR EXISTS (SELECT 1 FROM ${redirects} WHERE old_slug = @slug) AS found`);
  return (slug) => found.get({ slug }).found === 1;
}
// The reader folders whose [slug] route looks its slug up, and the tables of their slugs and of the old ones proxy.ts
// redirects (or, for an unpublished article, answers 410). A slug found there leaves the answer to proxy.ts and Next.
const slugTables = { articles: ["articles", "article_slug_redirects"], category: ["categories", "category_slug_redirects"], tag: ["tags", "tag_slug_redirects"], author: ["authors", "author_slug_redirects"] };
const slugFolders = Object.entries(known ? slugTables : {}).flatMap(([folder, [table, redirects]]) => {
  const folderKnown = slugFolderSegments(process.cwd(), folder);
  return folderKnown ? [{ folder, known: folderKnown, mayBe: slugLookup(table, redirects) }] : [];
});
// Likewise any site page or old address at a slug leaves the answer to app/(site)/[page].
const answerUnroutable = known
  ? createUnroutableAnswer({ port, known, mayBePage: slugLookup("site_pages", "site_page_slug_redirects"), slugFolders, version: pages.version })
  : null;

// tsImport compiles the TypeScript module for this import alone, leaving how Next loads its own code untouched.
const { createViewBeacon } = await tsImport("./view-beacon.ts", import.meta.url);
const answerBeacon = await createViewBeacon(databaseFile);
new Worker(new URL("./checkpoint-worker.mjs", import.meta.url), { workerData: { file: databaseFile } }).unref();

/** Whether a request's path has %-escapes that do not decode: Next fails on such a path with a 500. */
function malformedPath(url = "") {
  if (!url.includes("%")) return false;
  try {
    decodeURIComponent(url.split("?", 1)[0]);
    return false;
  } catch {
    return true;
  }
}

createServer((request, response) => {
  if (malformedPath(request.url)) {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    return response.end("Bad request: the address has a malformed %-escape.\n");
  }
  if (!trustProxy) setClientAddress(request);
  if (answerBeacon(request, response)) return;
  const key = pages?.keyFor(request);
  const cached = key ? pages.get(key) : undefined;
  if (cached) return pages.send(cached, request, response);
  if (answerUnroutable?.(request, response, () => render(request, response, key))) return;
  render(request, response, key);
}).listen(port, () => console.log(`Ready on http://localhost:${port}`));

/** Lets Next answer, keeping a copy of a cacheable page and the whole of a 404 page. */
function render(request, response, key) {
  keepNotFoundWhole(request, response, port);
  if (key) {
    if (pages.join(key, request, response, () => handle(request, response))) return;
    pages.capture(key, request, response);
  }
  handle(request, response);
}
