// Whole 404 pages, without Next, for the first-level addresses that nothing answers: no route of the app, no redirect
// of next.config.ts, no file of public/, and no site page or old address of one; and for an article, section, tag or
// author address (`/articles/<slug>`, `/category/<slug>`...) at a slug that none, published or not, has or had.
// Scanners ask for thousands of the first (/wp-login.php, /wp-admin, /.env, /xmlrpc.php), and Next renders each
// twice: through app/(site)/[page], which answers notFound(), then the whole page in place of the shell it sends
// (lib/server/whole-not-found.mjs). That took about 18 ms: 55 such requests a second held the request thread. An
// unknown article cost more: proxy.ts's lookups, the article's route and the same whole page, 34 a second at 100,000
// articles. Here the whole not-found page Next makes is kept, per encoding, until the page version changes (it shows
// the menu and footer) or a minute passes, and sent with Next's own headers.

import fs from "node:fs";
import path from "node:path";
import { acceptsGzip } from "./page-cache.mjs";
import { fetchWholePage } from "./whole-not-found.mjs";

// lib/slug.ts's slugPattern: only an address of this form can be a site page's.
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const notSent = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie"]);
const keptForMs = 60_000;
const routerHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];

// The site pages' route, whose addresses are slugs: the one dynamic first segment this file reasons about.
const pageRoute = "/[page]";
// Next's redirect of a trailing slash: it matches only addresses ending in one, which are left to Next here.
const trailingSlashRedirect = "/:path+/";

/**
 * The first segments of the built app's routes, redirects and pages and of public/'s files, from the project folder
 * `dir`: `/feed.xml` gives `feed.xml`. Null, turning this file's answers off, when the app has anything at the first
 * level it cannot list: a dynamic route or redirect there other than the site pages', or a rewrite.
 */
export function appFirstSegments(dir) {
  const { routes, sources, rewritten } = builtAddresses(dir);
  const names = [...routes.filter((route) => route !== pageRoute), ...sources.filter((source) => !needsSegment(source, 2))].map((route) => route.split("/")[1]);
  if (rewritten || names.some(isDynamic)) return null;
  names.push(...publicFiles(dir, ""));
  return new Set(names.filter(Boolean));
}

/**
 * The second segments of `/<folder>/<x>` (`/articles/<x>`, `/category/<x>`...) that the built app answers with something
 * other than its `[slug]` route: a route, page or public file. Null, turning the answers for that folder off, when
 * something there cannot be listed: another dynamic route, a redirect that may match two segments there, or a rewrite.
 * Only for an app whose first level appFirstSegments could list: a catch-all there is not looked for again.
 */
export function slugFolderSegments(dir, folder) {
  const { routes, sources, rewritten } = builtAddresses(dir);
  if (rewritten) return null;
  // What can match `/<folder>/<x>`: a first segment `folder` or dynamic, a second, and no third it requires.
  const twoLevel = (address) => {
    const [, first, second] = address.split("/");
    return second !== undefined && (first === folder || isDynamic(first)) && !needsSegment(address, 3);
  };
  if (sources.some(twoLevel)) return null;
  const names = [];
  for (const route of routes.filter(twoLevel)) {
    if (route === `/${folder}/[slug]`) continue;
    const [, first, second, third] = route.split("/");
    if (first !== folder || third !== undefined || isDynamic(second)) return null;
    names.push(second);
  }
  names.push(...publicFiles(dir, folder));
  return new Set(names);
}

/** The built app's routes and pages, its redirects' sources but Next's own of a trailing slash, and whether it rewrites. */
function builtAddresses(dir) {
  const read = (file) => JSON.parse(fs.readFileSync(path.join(dir, ".next", file), "utf8"));
  const routes = Object.values(read("app-path-routes-manifest.json")).map(String);
  const { redirects, rewrites } = read("routes-manifest.json");
  const pagesRouter = fs.existsSync(path.join(dir, ".next", "server", "pages-manifest.json")) ? Object.keys(read("server/pages-manifest.json")) : [];
  return {
    routes: [...routes, ...pagesRouter],
    sources: redirects.map((redirect) => String(redirect.source)).filter((source) => source !== trailingSlashRedirect),
    rewritten: Array.isArray(rewrites) ? rewrites.length > 0 : Object.values(rewrites ?? {}).some((list) => list.length > 0),
  };
}

/** Whether an address pattern requires its `n`th segment: present, and not optional (ending in ? or *, or [[...]]). */
function needsSegment(address, n) {
  const segment = address.split("/")[n];
  return Boolean(segment) && !/[?*]$/.test(segment) && !segment.startsWith("[[");
}

const isDynamic = (segment) => /^[[:(]/.test(segment);

/** The names in public/ (or a folder of it), which Next serves as files; none when there is no such folder. */
function publicFiles(dir, folder) {
  const publicDir = path.join(dir, "public", folder);
  return fs.statSync(publicDir, { throwIfNoEntry: false })?.isDirectory() ? fs.readdirSync(publicDir) : [];
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
  return !askedSafely(mayBePage, lower);
}

/**
 * Whether a request is a GET of `/<folder>/<x>` that no article, section, tag or author answers: `x` is no route's or
 * public file's there (`known`), and none has or had it as its slug (`mayBe`). Only lowercase plain characters:
 * proxy.ts sends an address with capitals to its lowercase form, and Next decodes escapes. Feeds and other deeper
 * addresses go to Next.
 *
 * @param {string | undefined} method
 * @param {string} url
 * @param {{ folder: string, known: Set<string>, mayBe: (slug: string) => boolean }} slugFolder
 */
export function isUnknownSlug(method, url, { folder, known, mayBe }) {
  if (method !== "GET" || !url.startsWith(`/${folder}/`)) return false;
  const match = /^([a-z0-9._~-]+)(?:\?|$)/.exec(url.slice(folder.length + 2));
  if (!match || match[1] === "." || match[1] === ".." || known.has(match[1])) return false;
  return !askedSafely(mayBe, match[1]);
}

/** The answer of a lookup in the database; true, leaving the answer to Next's route, when it cannot be read. */
function askedSafely(mayBe, slug) {
  try {
    return mayBe(slug);
  } catch (error) {
    console.error("unroutable address check:", error);
    return true;
  }
}

/**
 * Answers unroutable requests and unknown slugs in `slugFolders` (see isUnknownSlug) with the kept whole 404 page;
 * returns false for any other request. When Next's page cannot be had, `fallback` lets Next answer as before.
 *
 * @param {{ port: number, known: Set<string>, mayBePage: (slug: string) => boolean, slugFolders?: { folder: string, known: Set<string>, mayBe: (slug: string) => boolean }[], version: () => number, now?: () => number }} options
 */
export function createUnroutableAnswer({ port, known, mayBePage, slugFolders = [], version, now = Date.now }) {
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
    const url = request.url ?? "";
    const unknown = isUnroutable(request.method, url, known, mayBePage) || slugFolders.some((slugFolder) => isUnknownSlug(request.method, url, slugFolder));
    if (!unknown) return false;
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
