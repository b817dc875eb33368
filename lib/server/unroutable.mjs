// Whole 404 pages, without Next, for the first-level addresses that nothing answers: no route of the app, no redirect
// of next.config.ts, no file of public/, and no site page or old address of one. Scanners ask for thousands of them
// (/wp-login.php, /wp-admin, /.env, /xmlrpc.php), and Next renders each twice: through app/(site)/[page], which
// answers notFound(), then the whole page in place of the shell it sends (lib/server/whole-not-found.mjs). That took
// about 18 ms: 55 such requests a second held the request thread. Here the whole not-found page Next makes is kept, per encoding, until the page version
// changes (it shows the menu and footer) or a minute passes, and sent with Next's own headers.

import fs from "node:fs";
import path from "node:path";
import { acceptsGzip } from "./page-cache.mjs";
import { fetchWholePage } from "./whole-not-found.mjs";

// lib/slug.ts's slugPattern: only an address of this form can be a site page's.
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const notSent = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie"]);
const keptForMs = 60_000;
const routerHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];

// The one dynamic first segment this file reasons about: the site pages' route, whose addresses are slugs.
const pageRoute = "/[page]";
// Next's redirect of a trailing slash: it matches only addresses ending in one, which are left to Next here.
const trailingSlashRedirect = "/:path+/";

/**
 * The first segments of the built app's routes, redirects and pages and of public/'s files, from the project folder
 * `dir`: `/feed.xml` gives `feed.xml`. Null, turning this file's answers off, when the app has anything at the first
 * level it cannot list: a dynamic route or redirect there other than the site pages', or a rewrite.
 */
export function appFirstSegments(dir) {
  const read = (file) => JSON.parse(fs.readFileSync(path.join(dir, ".next", file), "utf8"));
  const routes = Object.values(read("app-path-routes-manifest.json")).map(String);
  const { redirects, rewrites } = read("routes-manifest.json");
  // A redirect whose second segment is required (not empty, nor optional with ? or *) never matches one segment.
  const oneLevel = (source) => {
    const second = source.split("/")[2];
    return !second || /[?*]$/.test(second);
  };
  const sources = redirects.map((redirect) => String(redirect.source)).filter((source) => source !== trailingSlashRedirect && oneLevel(source));
  const pagesRouter = fs.existsSync(path.join(dir, ".next", "server", "pages-manifest.json")) ? Object.keys(read("server/pages-manifest.json")) : [];
  const rewritten = Array.isArray(rewrites) ? rewrites.length > 0 : Object.values(rewrites ?? {}).some((list) => list.length > 0);
  const names = [...routes.filter((route) => route !== pageRoute), ...sources, ...pagesRouter].map((route) => route.split("/")[1]);
  if (rewritten || names.some((name) => /^[[:(]/.test(name))) return null;
  const publicDir = path.join(dir, "public");
  if (fs.existsSync(publicDir)) names.push(...fs.readdirSync(publicDir));
  return new Set(names.filter(Boolean));
}

/**
 * Whether a request is a GET of one path segment that nothing answers: no route, redirect or public file (`known`),
 * and, when it has a slug's form, no site page or old address of one (`mayBePage`, asked of its lowercase form, as
 * app/(site)/[page] redirects capitals). Escapes, dot segments, a trailing slash and any character outside a URL's
 * unreserved ones go to Next.
 *
 * @param {string | undefined} method
 * @param {string} url
 * @param {Set<string>} known
 * @param {(slug: string) => boolean} mayBePage
 */
export function isUnroutable(method, url, known, mayBePage) {
  if (method !== "GET") return false;
  // Plain characters only: Next resolves dot segments and backslashes (`/..` is the front page), and decodes escapes.
  const match = /^\/([A-Za-z0-9._~-]+)(?:\?|$)/.exec(url);
  if (!match || match[1] === "." || match[1] === "..") return false;
  const segment = match[1];
  const lower = segment.toLowerCase();
  if (known.has(segment) || known.has(lower)) return false;
  if (!slug.test(lower)) return true;
  try {
    return !mayBePage(lower);
  } catch (error) {
    // Unsure, as when the database cannot be read: Next's route decides, as it did before.
    console.error("unroutable address check:", error);
    return false;
  }
}

/**
 * Answers unroutable requests with the kept whole 404 page; returns false for any other request. When Next's page
 * cannot be had, `fallback` lets Next answer as before.
 *
 * @param {{ port: number, known: Set<string>, mayBePage: (slug: string) => boolean, version: () => number, now?: () => number }} options
 */
export function createUnroutableAnswer({ port, known, mayBePage, version, now = Date.now }) {
  /** @type {Map<string, { version: number, at: number, page: ReturnType<typeof fetchPage> }>} */
  const kept = new Map();

  async function fetchPage(encoding) {
    const whole = await fetchWholePage(port, { headers: { "accept-encoding": encoding } });
    if (!whole || whole.status !== 404 || whole.body.length === 0) return null;
    const headers = Object.entries(whole.headers).filter(([name]) => !notSent.has(name));
    return { headers: [...headers.flat(), "content-length", String(whole.body.length)], body: whole.body };
  }

  function pageFor(encoding) {
    const current = version();
    const entry = kept.get(encoding);
    if (entry && entry.version === current && now() - entry.at < keptForMs) return entry.page;
    const page = fetchPage(encoding);
    kept.set(encoding, { version: current, at: now(), page });
    return page;
  }

  return function answerUnroutable(request, response, fallback) {
    // The client router's requests want its payload, not HTML: Next answers them.
    if (routerHeaders.some((name) => name in request.headers)) return false;
    if (!isUnroutable(request.method, request.url ?? "", known, mayBePage)) return false;
    const encoding = acceptsGzip.test(String(request.headers["accept-encoding"] ?? "")) ? "gzip" : "identity";
    const page = pageFor(encoding);
    page
      .then((whole) => {
        if (!whole) {
          // Tried again by the next such request, unless a newer copy is already being made.
          if (kept.get(encoding)?.page === page) kept.delete(encoding);
          return fallback();
        }
        response.writeHead(404, whole.headers);
        response.end(whole.body);
      })
      .catch((error) => {
        console.error("unroutable address:", error);
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        response.end();
      });
    return true;
  };
}
