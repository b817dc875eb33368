// Whole 404 pages, without Next, for the first-level addresses that nothing answers: no route of the app, no redirect
// of next.config.ts, no file of public/, and no site page or old address of one. Scanners ask for thousands of them
// (/wp-login.php, /wp-admin, /.env, /xmlrpc.php), and Next renders each twice: through app/(site)/[page], which answers notFound(), then the whole page
// in place of the shell it sends (lib/server/whole-not-found.mjs). That took about 18 ms: 55 such requests a second
// held the request thread. Here the whole not-found page Next makes is kept, per encoding, until the page version
// changes (it shows the menu and footer) or a minute passes, and sent with Next's own headers.

import fs from "node:fs";
import path from "node:path";
import { acceptsGzip } from "./page-cache.mjs";
import { fetchWholePage } from "./whole-not-found.mjs";

// lib/slug.ts's slugPattern: only an address of this form can be a site page's.
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const notSent = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie"]);
const keptForMs = 60_000;

/**
 * The first segments of the built app's routes and redirects and of public/'s files, from the project folder `dir`:
 * the fixed ones, as `/feed.xml` gives `feed.xml`; a dynamic one, such as `[page]`, names nothing.
 */
export function appFirstSegments(dir) {
  const read = (file) => JSON.parse(fs.readFileSync(path.join(dir, ".next", file), "utf8"));
  const routes = Object.values(read("app-path-routes-manifest.json")).map(String);
  const redirects = read("routes-manifest.json").redirects.map((redirect) => String(redirect.source));
  const names = [...routes, ...redirects].map((route) => route.split("/")[1]);
  const publicDir = path.join(dir, "public");
  if (fs.existsSync(publicDir)) names.push(...fs.readdirSync(publicDir));
  return new Set(names.filter((name) => name && !/^[[:(]/.test(name)));
}

/**
 * Whether a request is a GET of one path segment that nothing answers: no route, redirect or public file (`known`),
 * and, when it has a slug's form, no site page or old address of one (`mayBePage`, asked of its lowercase form, as
 * app/(site)/[page] redirects capitals). Escapes and a trailing slash go to Next.
 *
 * @param {string | undefined} method
 * @param {string} url
 * @param {Set<string>} known
 * @param {(slug: string) => boolean} mayBePage
 */
export function isUnroutable(method, url, known, mayBePage) {
  if (method !== "GET") return false;
  const match = /^\/([^/?]+)(?:\?|$)/.exec(url);
  if (!match) return false;
  const segment = match[1];
  const lower = segment.toLowerCase();
  if (segment.includes("%") || known.has(segment) || known.has(lower)) return false;
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
    if (!isUnroutable(request.method, request.url ?? "", known, mayBePage)) return false;
    const encoding = acceptsGzip.test(String(request.headers["accept-encoding"] ?? "")) ? "gzip" : "identity";
    pageFor(encoding).then((page) => {
      if (!page) {
        kept.delete(encoding);
        return fallback();
      }
      response.writeHead(404, page.headers);
      response.end(page.body);
    });
    return true;
  };
}
