import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { siteSettings } from "@/db/schema";
import { makeArticle } from "@/lib/testing/fixtures";
import { bump, cache, clock, day, minute, nextTurn, render, request, Response, startRendering, waiter } from "@/lib/testing/page-cache-harness";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { createPageCache } from "./page-cache.mjs";

setUpTempDatabase();

beforeEach(() => {
  clock.now = Date.now();
  // The caches here keep the UTC day: a test moving the clock on by a minute or so must not cross its midnight.
  if (day - (clock.now % day) < 5 * minute) clock.now += 10 * minute;
  getDb().delete(siteSettings).run();
});

describe("which requests the page cache answers", () => {
  const pages = cache();
  it.each(["/", "/about", "/corrections-policy", "/articles/a-story", "/category/city", "/category/city?page=2", "/tag/harbour", "/author/maren-holt", "/feed.xml", "/category/city/atom.xml", "/sitemap.xml", "/robots.txt", "/search", "/search?q=harbour+plan", "/search?q=kelp&page=3"])("caches %s", (url) => {
    expect(pages.keyFor(request(url))).toBe(`gzip ${url}`);
  });
  it.each(["/search?page=2&q=x", "/search?q=x&utm=1", "/search?q=", "/about?q=x", "/dashboard", "/login", "/Dashboard", "/about/", "/dashboard-x/y", "/api/views/1", "/media/abc/640", "/_next/static/chunks/a.js", "/articles/a/b", "/?utm=1", "/category/city?page=x"])("leaves %s to Next", (url) => {
    expect(pages.keyFor(request(url))).toBeNull();
  });
  it("leaves every page of app/ outside the reader site to Next: staff pages hold what one person may see", () => {
    const staffPages = fs.readdirSync("app", { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith("(") && fs.existsSync(path.join("app", entry.name, "page.tsx")));
    expect(staffPages.map((entry) => entry.name).sort()).toEqual(["dashboard", "login"]);
    for (const { name } of staffPages) expect(pages.keyFor(request(`/${name}`)), name).toBeNull();
  });
  it("leaves router and Server Action requests, and writes, to Next", () => {
    expect(pages.keyFor(request("/", { rsc: "1" }))).toBeNull();
    expect(pages.keyFor(request("/", { "next-action": "abc" }))).toBeNull();
    expect(pages.keyFor(request("/", {}, "POST"))).toBeNull();
  });
  it("keeps gzipped and plain copies apart", () => {
    expect(pages.keyFor(request("/", { "accept-encoding": "identity" }))).toBe("identity /");
    expect(pages.keyFor(request("/", { "accept-encoding": "deflate, br" }))).toBe("identity /");
    expect(pages.keyFor(request("/", { "accept-encoding": "gzip;q=0, deflate" }))).toBe("identity /");
    expect(pages.keyFor(request("/", { "accept-encoding": "deflate, gzip;q=0.5" }))).toBe("gzip /");
  });

  it("keeps no copy in an encoding another client under the same key could not read", () => {
    // A client asking for deflate alone is filed under "identity", but Next answers it in deflate.
    render(pages, "identity /feed.xml", "<rss/>", 200, { "content-type": "application/rss+xml", "content-encoding": "deflate" });
    render(pages, "gzip /atom.xml", "<feed/>", 200, { "content-type": "application/atom+xml", "content-encoding": "br" });
    expect(pages.get("identity /feed.xml")).toBeUndefined();
    expect(pages.get("gzip /atom.xml")).toBeUndefined();
    // An uncompressed answer suits every client; a gzipped one is kept under its gzip key (see "holds a page back" below).
    render(pages, "gzip /robots.txt", "User-agent: *", 200, { "content-type": "text/plain" });
    expect(pages.get("gzip /robots.txt")).toBeDefined();
  });
});

describe("what the page cache keeps", () => {
  it("keeps a search's results from their second rendering on, and any other page from its first", () => {
    const pages = cache();
    render(pages, "gzip /search?q=kelp", "<p>kelp</p>");
    render(pages, "gzip /about", "<p>about</p>");
    expect(pages.get("gzip /search?q=kelp")).toBeUndefined();
    expect(pages.get("gzip /about")).toBeDefined();
    render(pages, "gzip /search?q=kelp", "<p>kelp</p>");
    expect(pages.get("gzip /search?q=kelp")?.body.toString()).toBe("<p>kelp</p>");
    // Another query, or another page of the same one, is a search of its own.
    render(pages, "gzip /search?q=kelp&page=2", "<p>kelp 2</p>");
    expect(pages.get("gzip /search?q=kelp&page=2")).toBeUndefined();
  });

  it("keeps nothing that is not a plain 200 page", () => {
    const pages = cache();
    render(pages, "gzip /a", "missing", 404);
    render(pages, "gzip /b", "<p>x</p>", 200, { "content-type": "text/html", "set-cookie": "a=b" });
    render(pages, "gzip /c", "{}", 200, { "content-type": "application/json" });
    expect(pages.stats().entries).toBe(0);
  });

  it("sends the first request after an entry's minute to be rendered afresh, and drops the entry ten seconds later", () => {
    const pages = cache();
    render(pages, "gzip /", "<p>x</p>");
    clock.now += minute - 1;
    expect(pages.get("gzip /")).toBeDefined();
    clock.now += 1;
    expect(pages.get("gzip /")).toBeUndefined();
    expect(pages.stats().entries).toBe(1);
    clock.now += 10_000;
    expect(pages.get("gzip /")).toBeUndefined();
    expect(pages.stats().entries).toBe(0);
  });

  it("expires no later than the next scheduled publication", () => {
    makeArticle({ status: "scheduled", publishedAt: new Date(clock.now + 10_000) });
    const pages = cache();
    render(pages, "gzip /", "<p>x</p>");
    clock.now += 9_999;
    expect(pages.get("gzip /")).toBeDefined();
    clock.now += 1;
    expect(pages.get("gzip /")).toBeUndefined();
  });

  it("expires no later than the site's next midnight, when the last seven days move on", () => {
    // 23:59:30 in London in summer (UTC+1): the day there ends in 30 s, the UTC day an hour later.
    clock.now = Date.parse("2026-07-14T22:59:30Z");
    const pages = createPageCache(getDb().$client, { now: () => clock.now, ttlMs: minute, timeZone: "Europe/London" });
    render(pages, "gzip /", "<p>x</p>");
    clock.now += 29_999;
    expect(pages.get("gzip /")).toBeDefined();
    clock.now += 1;
    expect(pages.get("gzip /")).toBeUndefined();
    // Not even while the page is rendered afresh: the copy is of the day before.
    const rendering = startRendering(pages, "gzip /");
    expect(pages.get("gzip /")).toBeUndefined();
    expect(waiter(pages, "gzip /").joined).toBe(true);
    rendering.abandon();
    // Rendered just after midnight, a page lives its whole minute.
    render(pages, "gzip /", "<p>y</p>");
    clock.now += minute - 1;
    expect(pages.get("gzip /")).toBeDefined();
  });

  it("expires no later than the next comment auto-close", () => {
    getDb().insert(siteSettings).values({ key: "closeAfterDays", value: "3" }).run();
    // Closes 3 days after publication: 5 s from now (before the article scheduled by the test above appears).
    makeArticle({ publishedAt: new Date(clock.now - 3 * day + 5_000) });
    const pages = cache();
    render(pages, "gzip /", "<p>x</p>");
    clock.now += 4_999;
    expect(pages.get("gzip /")).toBeDefined();
    clock.now += 1;
    expect(pages.get("gzip /")).toBeUndefined();
    startRendering(pages, "gzip /");
    expect(pages.get("gzip /")).toBeUndefined();
  });

  it("dates a rendering's time changes from when it began: one that ran across midnight is not kept", () => {
    clock.now = Date.parse("2026-07-14T22:59:59.900Z");
    const pages = createPageCache(getDb().$client, { now: () => clock.now, ttlMs: minute, timeZone: "Europe/London" });
    const rendering = startRendering(pages, "gzip /");
    clock.now += 200;
    rendering.finish();
    expect(pages.get("gzip /")).toBeUndefined();
  });

  it("forgets the least recently used pages past its size", () => {
    const pages = createPageCache(getDb().$client, { now: () => clock.now, maxBytes: 16 * 1000 });
    for (let i = 0; i < 20; i++) render(pages, `gzip /${i}`, "x".repeat(900));
    expect(pages.stats().bytes).toBeLessThanOrEqual(16 * 1000);
    expect(pages.get("gzip /19")).toBeDefined();
    expect(pages.get("gzip /0")).toBeUndefined();
  });
});


describe("requests for a page that is being rendered", () => {
  it("wait for it and get its page, instead of each starting a rendering", () => {
    const pages = cache();
    expect(waiter(pages, "gzip /").joined).toBe(false);
    const rendering = startRendering(pages, "gzip /");
    const first = waiter(pages, "gzip /");
    const second = waiter(pages, "gzip /");
    expect([first.joined, second.joined]).toEqual([true, true]);
    expect(first.response.body).toEqual([]);
    rendering.finish();
    for (const w of [first, second]) {
      expect(Buffer.concat(w.response.body).toString()).toBe("<p>first</p>");
      expect(w.response.headers["x-cache"]).toBe("HIT");
      expect(w.sentToNext.value).toBe(false);
    }
    // The rendering is over: the next request finds the page in the cache, not a rendering to join.
    expect(waiter(pages, "gzip /").joined).toBe(false);
  });

  it("go to Next when something changed after the rendering began", async () => {
    const pages = cache();
    const rendering = startRendering(pages, "gzip /");
    const before = waiter(pages, "gzip /");
    bump();
    await nextTurn();
    const after = waiter(pages, "gzip /");
    rendering.finish();
    expect(Buffer.concat(before.response.body).toString()).toBe("<p>first</p>");
    expect(after.sentToNext.value).toBe(true);
    expect(after.response.body).toEqual([]);
  });

  it("go to Next when the rendering ends without a page to keep, or never ends", () => {
    const pages = cache();
    const notFound = startRendering(pages, "gzip /gone", 404);
    const forGone = waiter(pages, "gzip /gone");
    notFound.finish();
    expect(forGone.sentToNext.value).toBe(true);

    const failed = startRendering(pages, "gzip /broken");
    const forBroken = waiter(pages, "gzip /broken");
    failed.abandon();
    expect(forBroken.sentToNext.value).toBe(true);
    expect(waiter(pages, "gzip /broken").joined).toBe(false);
  });
});

describe("pages rewritten before they are sent and kept", () => {
  const shout = (html: string) => html.toUpperCase();
  const pages = () => createPageCache(getDb().$client, { now: () => clock.now, rewriteHtml: (path) => (path.startsWith("/articles/") ? shout : null) });

  it("holds a page back until it is whole, rewrites it in its own encoding, and keeps the rewritten page", () => {
    const cache = pages();
    const response = new Response();
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.setHeader("content-encoding", "gzip");
    cache.capture("gzip /articles/a", request("/articles/a"), response as never);
    const compressed = zlib.gzipSync("<p>quiet page</p>");
    response.write(compressed.subarray(0, 10));
    expect(response.body).toEqual([]);
    response.end(compressed.subarray(10));
    const sent = Buffer.concat(response.body);
    expect(zlib.gunzipSync(sent).toString()).toBe("<P>QUIET PAGE</P>");
    expect(response.headers["content-length"]).toBe(String(sent.length));
    expect(zlib.gunzipSync(cache.get("gzip /articles/a")!.body).toString()).toBe("<P>QUIET PAGE</P>");
  });

  it("sends other pages as Next writes them", () => {
    const cache = pages();
    const response = render(cache, "gzip /about", "<p>about</p>");
    expect(Buffer.concat(response.body).toString()).toBe("<p>about</p>");
    expect(cache.get("gzip /about")?.body.toString()).toBe("<p>about</p>");
  });
});

describe("a client that has the page already", () => {
  const tagged = (etag: string) => request("/about", { "if-none-match": etag });

  it("is answered 304 with no body when its copy's tag matches, and the page when it does not", () => {
    const pages = cache();
    render(pages, "gzip /about", "<p>about</p>", 200, { "content-type": "text/html; charset=utf-8", vary: "Accept-Encoding" });
    const entry = pages.get("gzip /about")!;
    const etag = String(entry.headers.etag);
    expect(etag).toMatch(/^"[\w-]{27}"$/);

    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = new Response();
      pages.send(entry, tagged(header), response as never);
      expect(response.statusCode, header).toBe(304);
      expect(response.body, header).toEqual([]);
      expect(response.headers, header).toMatchObject({ etag, vary: "Accept-Encoding" });
    }
    const stale = new Response();
    pages.send(entry, tagged('"an-older-copy"'), stale as never);
    expect(stale.statusCode).toBe(200);
    expect(Buffer.concat(stale.body).toString()).toBe("<p>about</p>");
    expect(stale.headers.etag).toBe(etag);
  });

  it("gets a new tag once the page changes", () => {
    const pages = cache();
    render(pages, "gzip /about", "<p>about</p>");
    const before = pages.get("gzip /about")!.headers.etag;
    render(pages, "gzip /about", "<p>about, edited</p>");
    expect(pages.get("gzip /about")!.headers.etag).not.toBe(before);
  });
});
