import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appFirstSegments, createUnroutableAnswer, isUnknownSlug, isUnroutable, slugFolderSegments } from "./unroutable.mjs";
import { unmatchedPath } from "./whole-not-found.mjs";

/** A built app's manifests in a folder of its own. */
function builtApp(routes: Record<string, string>, redirects: string[], rewrites: unknown = { beforeFiles: [], afterFiles: [], fallback: [] }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unroutable-"));
  fs.mkdirSync(path.join(dir, ".next", "server"), { recursive: true });
  fs.mkdirSync(path.join(dir, "public"));
  fs.writeFileSync(path.join(dir, ".next", "app-path-routes-manifest.json"), JSON.stringify(routes));
  fs.writeFileSync(path.join(dir, ".next", "routes-manifest.json"), JSON.stringify({ redirects: redirects.map((source) => ({ source })), rewrites }));
  fs.writeFileSync(path.join(dir, ".next", "server", "pages-manifest.json"), JSON.stringify({ "/500": "pages/500.html" }));
  fs.writeFileSync(path.join(dir, "public", "article.js"), "");
  return dir;
}
const routes = { "/(site)/[page]/page": "/[page]", "/feed.xml/route": "/feed.xml", "/(site)/search/page": "/search", "/(site)/page": "/", "/(site)/articles/[slug]/page": "/articles/[slug]" };
const hasBuild = () => fs.existsSync(path.join(process.cwd(), ".next", "app-path-routes-manifest.json"));

describe("appFirstSegments", () => {
  it("names the first segments of the app's routes, redirects and pages and public/'s files", () => {
    // A redirect that needs two segments or more says nothing of the first level.
    const dir = builtApp(routes, ["/:path+/", "/feed/:format(rss|rss2)?", "/", "/:kind(category|tag)/:slug/feed/atom", "/page/:page(\\d+)"]);
    expect([...appFirstSegments(dir)!].sort()).toEqual(["500", "article.js", "articles", "feed", "feed.xml", "search"]);
  });

  it("turns the answers off when the first level has a dynamic route or redirect besides the pages', or a rewrite", () => {
    expect(appFirstSegments(builtApp({ ...routes, "/[year]/page": "/[year]" }, []))).toBeNull();
    expect(appFirstSegments(builtApp(routes, ["/:old(foo|bar)"]))).toBeNull();
    expect(appFirstSegments(builtApp(routes, [], { beforeFiles: [{ source: "/x" }], afterFiles: [], fallback: [] }))).toBeNull();
    expect(appFirstSegments(builtApp(routes, [], [{ source: "/x" }]))).toBeNull();
  });

  it("knows every first-level folder and file of app/ the built app has", () => {
    if (!hasBuild()) return; // Vitest may run before the first build; the e2e tests cover the built app.
    const known = appFirstSegments(process.cwd())!;
    const folders = fs.readdirSync("app", { withFileTypes: true }).filter((e) => e.isDirectory() && !/^[([]/.test(e.name)).map((e) => e.name);
    for (const name of [...folders, "search", "articles", "category", "tag", "author"]) expect(known, name).toContain(name);
  });
});

describe("slugFolderSegments", () => {
  const redirects = ["/:path+/", "/:kind(category|tag)/:slug/feed/atom", "/articles/:slug/amp"];

  it("names what the app answers at /articles/<x> besides articles: its routes and public files", () => {
    expect([...slugFolderSegments(builtApp(routes, redirects), "articles")!]).toEqual([]);
    const dir = builtApp({ ...routes, "/articles/feed.xml/route": "/articles/feed.xml", "/dashboard/articles/[id]/page": "/dashboard/articles/[id]" }, redirects);
    fs.mkdirSync(path.join(dir, "public", "articles"));
    fs.writeFileSync(path.join(dir, "public", "articles", "style.css"), "");
    expect([...slugFolderSegments(dir, "articles")!].sort()).toEqual(["feed.xml", "style.css"]);
    // A file where a folder could be holds nothing under it.
    const withFile = builtApp(routes, redirects);
    fs.writeFileSync(path.join(withFile, "public", "tag"), "");
    expect([...slugFolderSegments(withFile, "tag")!]).toEqual([]);
    // Another folder's routes say nothing of this one.
    expect([...slugFolderSegments(builtApp({ ...routes, "/tag/[slug]/page": "/tag/[slug]", "/tag/[slug]/[feed]/route": "/tag/[slug]/[feed]" }, redirects), "tag")!]).toEqual([]);
  });

  it("turns the answers off when something there cannot be listed: another dynamic route, a redirect or a rewrite", () => {
    expect(slugFolderSegments(builtApp({ ...routes, "/articles/[id]/page": "/articles/[id]" }, []), "articles")).toBeNull();
    expect(slugFolderSegments(builtApp({ ...routes, "/[section]/[slug]/page": "/[section]/[slug]" }, []), "articles")).toBeNull();
    expect(slugFolderSegments(builtApp({ ...routes, "/articles/[slug]/[[...rest]]/page": "/articles/[slug]/[[...rest]]" }, []), "articles")).toBeNull();
    expect(slugFolderSegments(builtApp(routes, ["/articles/:old(foo|bar)"]), "articles")).toBeNull();
    expect(slugFolderSegments(builtApp(routes, ["/:kind/:slug/:format?"]), "articles")).toBeNull();
    expect(slugFolderSegments(builtApp(routes, [], [{ source: "/x" }]), "articles")).toBeNull();
  });

  it("finds nothing but the slug routes at /articles/<x>, /category/<x>, /tag/<x> and /author/<x> in the built app", () => {
    if (!hasBuild()) return; // as above
    for (const folder of ["articles", "category", "tag", "author"]) expect([...slugFolderSegments(process.cwd(), folder)!], folder).toEqual([]);
  });
});

describe("isUnknownSlug", () => {
  const known = new Set(["feed.xml"]);
  const slugs = new Set(["council-vote", "old-council-vote"]);
  const articles = { folder: "articles", known, mayBe: (slug: string) => slugs.has(slug) };

  it("is true of a GET of an article address no article has or had", () => {
    for (const url of ["/articles/no-such-story", "/articles/no-such-story?page=2", "/articles/wp-config.php"]) expect(isUnknownSlug("GET", url, articles), url).toBe(true);
  });

  it("leaves Next the articles, their old addresses, routes, capitals, escapes, other paths and other methods", () => {
    for (const url of ["/articles/council-vote", "/articles/old-council-vote", "/articles/feed.xml", "/articles/No-Such-Story", "/articles/caf%C3%A9", "/articles/x/y", "/articles/", "/articles/..", "/articles", "/no-such-story", "/articlesx/no-such-story", "/category/no-such-story"]) {
      expect(isUnknownSlug("GET", url, articles), url).toBe(false);
    }
    expect(isUnknownSlug("HEAD", "/articles/no-such-story", articles)).toBe(false);
    expect(isUnknownSlug("POST", "/articles/no-such-story", articles)).toBe(false);
  });

  it("leaves the answer to Next when the articles cannot be read", () => {
    const unreadable = () => {
      throw new Error("database is locked");
    };
    expect(isUnknownSlug("GET", "/articles/no-such-story", { ...articles, mayBe: unreadable })).toBe(false);
  });
});

describe("isUnroutable", () => {
  const known = new Set(["search", "feed", "feed.xml", "article.js"]);
  const pages = new Set(["about", "old-contact"]);
  const mayBePage = (slug: string) => pages.has(slug);

  it("is true of a GET of one segment nothing answers", () => {
    for (const url of ["/wp-login.php", "/.env", "/xmlrpc.php?rsd", "/wp-admin", "/WP-Admin", "/no-such-page"]) expect(isUnroutable("GET", url, known, mayBePage), url).toBe(true);
  });

  it("leaves Next the routes, public files, pages and their old addresses, capitals, escapes, deeper paths and other methods", () => {
    for (const url of ["/search", "/feed", "/feed.xml", "/article.js", "/about", "/About", "/old-contact", "/caf%C3%A9.php", "/wp-admin/", "/wp-content/x.php", "/", "/..", "/.", "/about\\", "/about#x", "/a b"]) {
      expect(isUnroutable("GET", url, known, mayBePage), url).toBe(false);
    }
    expect(isUnroutable("HEAD", "/wp-login.php", known, mayBePage)).toBe(false);
    expect(isUnroutable("POST", "/xmlrpc.php", known, mayBePage)).toBe(false);
  });

  it("leaves the answer to Next when the pages cannot be read", () => {
    const unreadable = () => {
      throw new Error("database is locked");
    };
    expect(isUnroutable("GET", "/wp-admin", known, unreadable)).toBe(false);
    // A dotted address can be no page's: no need to ask.
    expect(isUnroutable("GET", "/wp-login.php", known, unreadable)).toBe(true);
  });
});

describe("createUnroutableAnswer", () => {
  const whole = '<!DOCTYPE html><html lang="en"><body><h1>We could not find that page</h1></body></html>';
  let renders = 0;
  let failing = false;
  let version = 1;
  let clock = 0;
  const next = http.createServer((request, response) => {
    if (request.url !== unmatchedPath || failing) return response.writeHead(500).end();
    renders++;
    const gzip = /gzip/.test(String(request.headers["accept-encoding"]));
    response.writeHead(404, { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store", "x-frame-options": "DENY", ...(gzip ? { "content-encoding": "gzip" } : {}) });
    response.end(gzip ? zlib.gzipSync(whole) : whole);
  });
  let answer: ReturnType<typeof createUnroutableAnswer>;
  const front = http.createServer((request, response) => {
    if (!answer(request, response, () => response.writeHead(404, { "x-answered-by": "next" }).end("shell"))) response.writeHead(200).end("routed");
  });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => next.listen(0, "127.0.0.1", resolve));
    answer = createUnroutableAnswer({
      port: (next.address() as AddressInfo).port,
      known: new Set(),
      mayBePage: (slug) => slug === "about",
      slugFolders: [
        { folder: "articles", known: new Set(), mayBe: (slug) => slug === "council-vote" },
        { folder: "tag", known: new Set(), mayBe: (slug) => slug === "harbour" },
      ],
      version: () => version,
      now: () => clock,
    });
    await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  });
  afterAll(() => Promise.all([new Promise((r) => next.close(r)), new Promise((r) => front.close(r))]));
  beforeEach(() => {
    renders = 0;
    failing = false;
    version++;
  });

  it("sends Next's whole 404 page with its headers, made once for many addresses", async () => {
    const answers = await Promise.all(["/wp-login.php", "/.env", "/wp-admin"].map((p) => fetch(base + p, { headers: { "accept-encoding": "identity" } })));
    for (const a of answers) {
      expect([a.status, a.headers.get("cache-control"), a.headers.get("x-frame-options"), await a.text()]).toEqual([404, "private, no-store", "DENY", whole]);
    }
    expect(renders).toBe(1);
    expect(await (await fetch(`${base}/about`)).text()).toBe("routed");
  });

  it("sends the same page for an article or tag address at a slug none has or had, and leaves the others to Next", async () => {
    for (const p of ["/articles/no-such-story", "/tag/no-such-tag"]) {
      const missing = await fetch(base + p, { headers: { "accept-encoding": "identity" } });
      expect([missing.status, await missing.text()], p).toEqual([404, whole]);
    }
    for (const p of ["/articles/council-vote", "/tag/harbour", "/tag/harbour/feed.xml", "/category/no-such-section"]) expect(await (await fetch(base + p)).text(), p).toBe("routed");
    expect(renders).toBe(1);
  });

  it("keeps one copy per encoding, and makes it again when the page version changes or a minute has passed", async () => {
    const gz = await fetch(`${base}/x.php`, { headers: { "accept-encoding": "gzip" } });
    expect([gz.headers.get("content-encoding"), await gz.text()]).toEqual(["gzip", whole]);
    await fetch(`${base}/x.php`, { headers: { "accept-encoding": "identity" } });
    await fetch(`${base}/y.php`, { headers: { "accept-encoding": "gzip" } });
    expect(renders).toBe(2);
    version++;
    await fetch(`${base}/x.php`, { headers: { "accept-encoding": "gzip" } });
    clock += 60_000;
    await fetch(`${base}/x.php`, { headers: { "accept-encoding": "gzip" } });
    expect(renders).toBe(4);
  });

  it("lets Next answer when the page cannot be had, and tries again at the next request", async () => {
    const identity = { headers: { "accept-encoding": "identity" } };
    failing = true;
    const first = await fetch(`${base}/x.php`, identity);
    expect([first.status, first.headers.get("x-answered-by")]).toEqual([404, "next"]);
    failing = false;
    expect(await (await fetch(`${base}/x.php`, identity)).text()).toBe(whole);
  });

  it("leaves the client router's requests to Next", async () => {
    expect(await (await fetch(`${base}/x.php`, { headers: { rsc: "1" } })).text()).toBe("routed");
  });
});
