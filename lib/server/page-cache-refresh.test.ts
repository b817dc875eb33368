import { describe, expect, it } from "vitest";
import { makeArticle } from "@/lib/testing/fixtures";
import { bump, cache, clock, minute, nextTurn, render, startRendering, waiter, type Pages } from "@/lib/testing/page-cache-harness";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

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
