import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, migrateDatabase } from "@/db/client";
import { sitePages } from "@/db/schema";
import { renderMarkdown } from "@/lib/markdown";
import { matchEnd, matchStart } from "@/lib/search/query";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { searchSitePages } from "./site-page-search";
import { deleteSitePage, getSitePage, saveSitePage } from "./site-pages";

setUpTempDatabase();

const actor = { label: "test" };
const marked = (word: string) => `${matchStart}${word}${matchEnd}`;
const slugs = (q: string) => searchSitePages(q).hits.map((hit) => hit.slug);
const indexed = (id: number) => getDb().$client.prepare("SELECT count(*) AS n FROM site_page_search WHERE rowid = ?").get(id);

function save(pageId: number | undefined, title: string, slug: string, bodyMarkdown: string, description = "", published = true) {
  const saved = saveSitePage({ id: pageId, timeZone: "UTC" }, { title, slug, description, bodyMarkdown, position: 0, inMenu: false, published }, renderMarkdown(bodyMarkdown), actor);
  if (!saved.ok) throw new Error(saved.message);
  return saved.id;
}

describe("searchSitePages", () => {
  it("finds the About page the migrations wrote by a word of its text, whose plain text they derived", () => {
    expect(getSitePage("about")?.bodyText).toMatch(/^We are a small newsroom covering Port Alder/);
    expect(slugs("newsrooms")).toEqual(["about"]);
  });

  it("finds a page by its title, description or text, marks the words, and never indexes its markup", () => {
    const id = save(undefined, "Corrections policy", "corrections", "## How we correct\n\nWe fix **errors** promptly and [say so](https://example.com/log).", "What we do when a story is wrong.");
    expect(searchSitePages("correcting policies")).toEqual({
      hits: [{ slug: "corrections", title: `${marked("Corrections")} ${marked("policy")}`, snippet: `How we ${marked("correct")}. We fix errors promptly and say so.` }],
      total: 1,
    });
    expect(slugs("story wrong")).toEqual(["corrections"]);
    expect(slugs("errors promptly")).toEqual(["corrections"]);
    // Neither tags nor link addresses are words of the page.
    expect(slugs("strong")).toEqual([]);
    expect(slugs("example")).toEqual([]);

    // A save indexes the new words and forgets the old; a deleted page is found no more.
    save(id, "Corrections", "corrections", "We put errors right within a day.");
    expect(slugs("policy")).toEqual([]);
    expect(slugs("within a day")).toEqual(["corrections"]);
    expect(indexed(id)).toEqual({ n: 1 });
    deleteSitePage(id, actor);
    expect(slugs("errors")).toEqual([]);
    expect(indexed(id)).toEqual({ n: 0 });
  });

  it("puts the page that matches best first, and counts every match beyond those it returns", () => {
    save(undefined, "Contact the desk", "contact", "Write to the desk, or call it.");
    save(undefined, "Our history", "history", "Founded in 1998 above a bakery, the paper moved twice; the desk moved with it.");
    expect(slugs("desk")).toEqual(["contact", "history"]);
    expect(searchSitePages("desk", 1)).toMatchObject({ hits: [{ slug: "contact" }], total: 2 });
  });

  it("never shows readers a draft, nor counts it", () => {
    const id = save(undefined, "Newsletter", "newsletter", "Sign up for the morning briefing.", "", false);
    expect(searchSitePages("briefing")).toEqual({ hits: [], total: 0 });
    save(id, "Newsletter", "newsletter", "Sign up for the morning briefing.", "", true);
    expect(searchSitePages("briefing")).toMatchObject({ hits: [{ slug: "newsletter" }], total: 1 });
  });

  it("finds a page stored before pages were searched once the upgrade has derived its plain text", () => {
    const id = save(undefined, "Ethics", "ethics", "We never pay sources.");
    getDb().update(sitePages).set({ bodyText: "" }).where(eq(sitePages.id, id)).run();
    expect(slugs("sources")).toEqual([]);
    // What an upgrade does after the migrations (db/client.ts).
    migrateDatabase(getDb());
    expect(slugs("sources")).toEqual(["ethics"]);
  });
});
