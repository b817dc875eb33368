import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { makeArticle } from "@/lib/testing/fixtures";
import { bump, cache, clock, minute, nextTurn, render, startRendering, waiter, type Pages } from "@/lib/testing/page-cache-harness";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { createPageCache } from "./page-cache.mjs";

// A kept page's refresh each minute (lib/server/page-cache.mjs): the kept copy answers while the page is rendered
// afresh, except past a change or a moment that changes the page.

setUpTempDatabase();

describe("a kept page whose minute is up", () => {
  // Midday, far from midnight and after every date the data here holds (the last test schedules one 30 s on).
  const quietMoment = () => (clock.now = Date.parse("2027-11-10T12:00:00Z"));
  const bodyOf = (pages: Pages, key: string) => pages.get(key)?.body.toString();

  it("after a page's minute, wait for no one: one request renders it afresh while the kept copy answers the rest", () => {
    quietMoment();
    const pages = cache();
    render(pages, "gzip /", "<p>old</p>");
    clock.now += minute - 1;
    expect(bodyOf(pages, "gzip /")).toBe("<p>old</p>");
    clock.now += 1;
    // This request goes to Next and renders the page; those after it get the copy meanwhile, and join nothing.
    expect(pages.get("gzip /")).toBeUndefined();
    const rendering = startRendering(pages, "gzip /");
    expect(bodyOf(pages, "gzip /")).toBe("<p>old</p>");
    rendering.finish();
    expect(bodyOf(pages, "gzip /")).toBe("<p>first</p>");
    expect(pages.stats().entries).toBe(1);
  });

  it("after a page's minute, a failed rendering lets the next request try, and the copy serves ten seconds at most", () => {
    quietMoment();
    const pages = cache();
    render(pages, "gzip /", "<p>old</p>");
    clock.now += minute;
    expect(pages.get("gzip /")).toBeUndefined();
    startRendering(pages, "gzip /").abandon();
    expect(pages.get("gzip /")).toBeUndefined();
    startRendering(pages, "gzip /");
    clock.now += 9_999;
    expect(bodyOf(pages, "gzip /")).toBe("<p>old</p>");
    clock.now += 1;
    expect(pages.get("gzip /")).toBeUndefined();
    expect(waiter(pages, "gzip /").joined).toBe(true);
  });

  it("after a search page's minute, keep answering with it while it is rendered afresh, and keep the new rendering", () => {
    quietMoment();
    const pages = cache();
    const key = "gzip /search?q=kelp";
    render(pages, key, "<p>seen once</p>");
    render(pages, key, "<p>old</p>");
    expect(bodyOf(pages, key)).toBe("<p>old</p>");
    clock.now += minute;
    expect(pages.get(key)).toBeUndefined();
    startRendering(pages, key).finish();
    expect(bodyOf(pages, key)).toBe("<p>first</p>");
  });

  it("drop the kept copy at once when a change touches it while it is rendered afresh", async () => {
    quietMoment();
    const pages = cache();
    render(pages, "gzip /", "<p>old</p>");
    clock.now += minute;
    expect(pages.get("gzip /")).toBeUndefined();
    const rendering = startRendering(pages, "gzip /");
    bump();
    await nextTurn();
    expect(pages.get("gzip /")).toBeUndefined();
    const after = waiter(pages, "gzip /");
    expect(after.joined).toBe(true);
    rendering.finish();
    // Begun before the change, the rendering is too old for this request, and is not kept.
    expect(after.sentToNext.value).toBe(true);
    expect(pages.get("gzip /")).toBeUndefined();
  });

  it("never answer with a copy past a scheduled publication, even while the page is rendered afresh", () => {
    quietMoment();
    makeArticle({ status: "scheduled", publishedAt: new Date(clock.now + 30_000) });
    const pages = cache();
    render(pages, "gzip /", "<p>old</p>");
    clock.now += 30_000;
    expect(pages.get("gzip /")).toBeUndefined();
    startRendering(pages, "gzip /");
    expect(pages.get("gzip /")).toBeUndefined();
    expect(waiter(pages, "gzip /").joined).toBe(true);
  });

});

describe("a kept article page whose minute is up", () => {
  // Hours apart from each other and from the tests above, whose scheduled articles would end the copies early.
  let hour = 14;
  const quietMoment = () => (clock.now = Date.parse(`2027-11-10T${hour++}:00:00Z`));
  // Stands in for lib/server/static-article.mjs's view count: the count of the moment, written into the copy.
  let views = 7;
  const articles = () => cache({ freshenHtml: (path) => (path.startsWith("/articles/") ? (html) => html.replace(/\d+ views/, `${views} views`) : null) });
  const key = "gzip /articles/harbour";

  it("gets the current count written into the kept copy, with a new tag, and no rendering", () => {
    quietMoment();
    const pages = articles();
    views = 7;
    render(pages, key, "<p>7 views</p>");
    const before = pages.get(key)!;
    const { etag } = before.headers;
    const { bytes } = pages.stats();
    clock.now += minute;
    views = 1234;
    const freshened = pages.get(key)!;
    expect(freshened.body.toString()).toBe("<p>1234 views</p>");
    expect(freshened.headers.etag).not.toBe(etag);
    expect(pages.stats().bytes).toBe(bytes + 3);
    // Its next minute counts from now; a count that has not moved leaves the copy and its tag as they were.
    clock.now += minute - 1;
    expect(pages.get(key)!.body.toString()).toBe("<p>1234 views</p>");
    clock.now += 1;
    expect(pages.get(key)!.headers.etag).toBe(freshened.headers.etag);
    // Other pages are rendered afresh, as before.
    render(pages, "gzip /", "<p>home</p>");
    clock.now += minute;
    expect(pages.get("gzip /")).toBeUndefined();
  });

  it("keeps its encoding: a gzipped copy is written into and gzipped again", () => {
    quietMoment();
    const pages = articles();
    views = 3;
    pages.set(key, { status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }, body: zlib.gzipSync("<p>2 views</p>"), version: pages.version(), articles: null });
    clock.now += minute;
    expect(zlib.gunzipSync(pages.get(key)!.body).toString()).toBe("<p>3 views</p>");
  });

  it("is still rendered afresh every ten minutes, and at once when a scheduled article goes live", () => {
    quietMoment();
    const pages = articles();
    render(pages, key, "<p>7 views</p>");
    for (let m = 1; m < 10; m++) {
      clock.now += minute;
      expect(pages.get(key), `minute ${m}`).toBeDefined();
    }
    clock.now += minute;
    expect(pages.get(key)).toBeUndefined();

    const fresh = articles();
    render(fresh, key, "<p>7 views</p>");
    makeArticle({ status: "scheduled", publishedAt: new Date(clock.now + minute + 30_000) });
    clock.now += minute;
    expect(fresh.get(key)).toBeDefined();
    clock.now += 30_000;
    expect(fresh.get(key)).toBeUndefined();
  });

  it("is rendered afresh when nothing in it can be written: a freshener that finds no count answers null", () => {
    quietMoment();
    const pages = cache({ freshenHtml: () => (html) => (html.includes("views") ? html : null) });
    render(pages, key, "<p>no count</p>");
    clock.now += minute;
    expect(pages.get(key)).toBeUndefined();
  });

  it("still keeps the cache within its size: a copy grown by its count pushes out the least recently used", () => {
    quietMoment();
    // Sixteen pages of 100 bytes fill 1,600, the most one page may take being a sixteenth.
    const pages = createPageCache(getDb().$client, { now: () => clock.now, ttlMs: minute, maxBytes: 1600, freshenHtml: () => (html) => html.replace("1 views", "1000000 views") });
    const keys = Array.from({ length: 16 }, (_, i) => `gzip /articles/p${i}`);
    for (const k of keys) render(pages, k, `<p>1 views</p>${"x".repeat(86)}`);
    expect(pages.stats()).toEqual({ entries: 16, bytes: 1600 });
    clock.now += minute;
    expect(pages.get(keys[15])!.body.toString()).toMatch(/^<p>1000000 views<\/p>/);
    expect(pages.stats()).toEqual({ entries: 15, bytes: 1506 });
    expect(pages.get(keys[0])).toBeUndefined();
  });

  it("is rendered afresh when its body does not decode as the encoding it names", () => {
    quietMoment();
    const pages = articles();
    pages.set(key, { status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }, body: Buffer.from("<p>2 views</p>"), version: pages.version(), articles: null });
    clock.now += minute;
    expect(pages.get(key)).toBeUndefined();
  });
});
