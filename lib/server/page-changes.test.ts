import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db/client";
import { pagesChanged } from "@/db/queries/page-version";
import { pageChanges } from "@/db/schema";
import { bump, cache, nextTurn, render, request, Response } from "@/lib/testing/page-cache-harness";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { readerCacheControl } from "./page-cache.mjs";

setUpTempDatabase();

describe("a raise of the page version", () => {
  it("keeps a page until the page version changes", async () => {
    const pages = cache();
    const miss = render(pages, "gzip /", "<p>hello</p>");
    expect(miss.headers["cache-control"]).toBe(readerCacheControl);
    expect(miss.headers["x-cache"]).toBe("MISS");
    expect(pages.get("gzip /")?.body.toString()).toBe("<p>hello</p>");
    bump();
    await nextTurn();
    expect(pages.get("gzip /")).toBeUndefined();
  });

  it("reads the page version once per turn of the event loop", async () => {
    const pages = cache();
    render(pages, "gzip /", "<p>hello</p>");
    expect(pages.get("gzip /")).toBeDefined();
    // Requests handled in the same turn were already arriving before the change: they share the turn's reading.
    bump();
    expect(pages.get("gzip /")).toBeDefined();
    await nextTurn();
    expect(pages.get("gzip /")).toBeUndefined();
  });

});

describe("a change that touches some articles", () => {
  const changed = (slugs?: string[]) => writeTransaction((tx) => pagesChanged(tx, slugs));
  const page = (slug: string) => `<p>the story</p><a href="/articles/${slug}-more">more</a>`;

  it("drops the pages that show them: their own, and those that link to them; keeps the others", async () => {
    const pages = cache();
    render(pages, "gzip /articles/harbour-vote", page("harbour-vote"));
    render(pages, "gzip /", `<a href="/articles/harbour-vote">Harbour vote</a><a href="/articles/ferry-fares">Ferry fares</a>`);
    render(pages, "gzip /feed.xml", "<link>https://news.example/articles/harbour-vote</link>");
    render(pages, "gzip /articles/ferry-fares", page("ferry-fares"));
    render(pages, "gzip /category/city", `<a href="/articles/harbour-vote-recount">Recount</a>`);
    render(pages, "gzip /about", "<p>about</p>");
    changed(["harbour-vote"]);
    await nextTurn();
    for (const gone of ["/articles/harbour-vote", "/", "/feed.xml"]) expect(pages.get(`gzip ${gone}`), gone).toBeUndefined();
    // Another slug that begins with the same words is another article.
    for (const kept of ["/articles/ferry-fares", "/category/city", "/about"]) expect(pages.get(`gzip ${kept}`), kept).toBeDefined();
  });

  it("drops every page after a change that may touch any", async () => {
    const pages = cache();
    render(pages, "gzip /about", "<p>about</p>");
    render(pages, "gzip /articles/ferry-fares", page("ferry-fares"));
    changed();
    await nextTurn();
    expect(pages.get("gzip /about")).toBeUndefined();
    expect(pages.get("gzip /articles/ferry-fares")).toBeUndefined();
  });

  it("keeps a rendering that was under way during the change only if the change did not touch it", async () => {
    const pages = cache();
    const [untouched, touched] = [new Response(), new Response()];
    for (const response of [untouched, touched]) response.setHeader("content-type", "text/html");
    pages.capture("gzip /articles/ferry-fares", request("/articles/ferry-fares"), untouched as never);
    pages.capture("gzip /tag/harbour", request("/tag/harbour"), touched as never);
    changed(["harbour-vote"]);
    await nextTurn();
    untouched.end(page("ferry-fares"));
    touched.end(`<a href="/articles/harbour-vote">Harbour vote</a>`);
    expect(pages.get("gzip /articles/ferry-fares")).toBeDefined();
    expect(pages.get("gzip /tag/harbour")).toBeUndefined();
  });

  it("drops every page when it has missed changes the database no longer lists", async () => {
    const pages = cache();
    render(pages, "gzip /about", "<p>about</p>");
    changed(["harbour-vote"]);
    getDb().delete(pageChanges).run();
    await nextTurn();
    expect(pages.get("gzip /about")).toBeUndefined();
  });
});

