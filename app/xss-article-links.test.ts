import { eq } from "drizzle-orm";
import { DomUtils, parseDocument } from "htmlparser2";
import { createElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { SourceLink } from "@/components/article/SourceLink";
import { getDb } from "@/db/client";
import { articleTags, tags } from "@/db/schema";
import { archiveFeed } from "@/lib/feeds/respond";
import { slugify, slugPattern } from "@/lib/slug";
import { readerPageAllowlist } from "@/lib/testing/html-allowlist";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { cases, createArticle, expectClean, feedEntries, html, noControls, renderEverywhere, revisionCount, row, saveField, setUpXssSuite, textOf, xmlText, type Held } from "@/lib/testing/xss-harness";
import { hostileHttpUrls, refusedUrls, weirdValidSlugs } from "@/lib/testing/xss-payloads";
import { articleLimits, parseTagNames } from "@/lib/validation/article";
import TagPage from "./(site)/tag/[slug]/page";

/*
 * Every payload of the XSS corpus through the article fields that become addresses, as an editor saves them (the
 * Server Action, signed in): tags (tag pages and their feeds), the slug and the source link. Then through what
 * readers get: the article page from the real query, tag pages, JSON-LD and the RSS and Atom feeds. The rendered
 * HTML must stay inside the allowlist, every slug must be a safe path, only http(s) addresses become links, and
 * refused input must leave nothing behind. Shared setup and helpers: lib/testing/xss-harness.ts.
 */

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
// Outside a running Next server there is no request scope for connection() to wait on.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));
setUpTempDatabase();
setUpXssSuite();

// Articles: one article per field, updated payload by payload.

describe("article tags", () => {
  let held: Held;
  beforeAll(async () => {
    held = await createArticle("tags");
  });
  it.each(cases)("%s", async (_, payload) => {
    const names = parseTagNames(noControls(payload.text));
    const revisions = revisionCount(held.id);
    const outcome = await saveField(held, "tags", payload.text);
    if (names.length > articleLimits.tags || names.some((n) => n.length > articleLimits.tagName)) {
      expect(outcome).toMatchObject({ stored: false, error: expect.any(String) });
      expect(revisionCount(held.id)).toBe(revisions);
      return;
    }
    expect(outcome).toEqual({ stored: true });
    const stored = getDb().select({ name: tags.name, slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, held.id)).all();
    expect(stored.map((t) => t.slug).sort()).toEqual(names.map(slugify).sort());
    // A tag keeps the name it was first created with; every slug is a safe path segment.
    for (const t of stored) expect(t.slug).toMatch(slugPattern);
    const { page, feeds } = await renderEverywhere(held.slug, "tags");
    const shown = DomUtils.findAll((el) => el.name === "a" && (el.attribs.href ?? "").startsWith("/tag/"), parseDocument(page).children).map((a) => DomUtils.textContent(a));
    expect(shown.sort()).toEqual(stored.map((t) => t.name).sort());
    const entry = feeds.rss.get(`http://news.example/articles/${held.slug}`)!;
    expect(entry.categories.slice(1).sort()).toEqual(stored.map((t) => xmlText(t.name)).sort());
    for (const t of stored) {
      const tagPage = html(await TagPage({ params: Promise.resolve({ slug: t.slug }), searchParams: Promise.resolve({}) }));
      expectClean(tagPage, readerPageAllowlist, `tag page ${t.slug}`);
      expect(textOf(tagPage, { tag: "h1" })).toBe(t.name);
      await feedEntries(archiveFeed("tag", t.slug, "feed.xml"), archiveFeed("tag", t.slug, "atom.xml"));
    }
  });
});

describe("article slug", () => {
  let held: Held;
  beforeAll(async () => {
    held = await createArticle("slug");
  });
  it.each(cases)("%s is refused, and nothing is stored", async (_, payload) => {
    expect(slugPattern.test(payload.text.trim())).toBe(false);
    const before = row(held.id);
    expect(await saveField(held, "slug", payload.text)).toMatchObject({ stored: false, error: expect.any(String) });
    expect(row(held.id)).toEqual(before);
  });
  it.each(weirdValidSlugs)("%s is stored, and is only a path", async (slug) => {
    expect(await saveField(held, "slug", slug)).toEqual({ stored: true });
    expect(row(held.id).slug).toBe(slug);
    const { page } = await renderEverywhere(slug, "slug");
    expect(page).toContain(`href="#comments"`);
  });
});

describe("article source link", () => {
  let held: Held;
  beforeAll(async () => {
    held = await createArticle("sourceUrl");
  });
  const expectRefused = async (value: string) => {
    const before = row(held.id);
    expect(await saveField(held, "sourceUrl", value), value).toMatchObject({ stored: false, error: expect.stringContaining("https://") });
    expect(row(held.id)).toEqual(before);
  };
  const expectStoredAsHttp = async (value: string) => {
    expect(await saveField(held, "sourceUrl", value)).toEqual({ stored: true });
    expect(row(held.id).sourceUrl).toBe(value.trim());
    const { page } = await renderEverywhere(held.slug, "sourceUrl");
    const link = DomUtils.findOne((el) => el.name === "a" && DomUtils.textContent(el) === "Source link", parseDocument(page).children, true);
    expect(link?.attribs.href).toBe(value.trim());
    expect(link?.attribs.href).toMatch(/^https?:\/\//i);
  };
  it.each(cases)("%s", async (_, payload) => {
    // Only full http and https addresses are links; a hostile address inside one is only a query string.
    if (/^https?:\/\/[^\s/?#]+/i.test(payload.text.trim()) && !/\s/.test(payload.text.trim())) await expectStoredAsHttp(payload.text);
    else await expectRefused(payload.text);
  });
  it.each(refusedUrls)("refuses %j", async (url) => expectRefused(url));
  it.each(hostileHttpUrls)("stores %j as an http(s) address", async (url) => expectStoredAsHttp(url));
  it("never links a stored non-http address, whoever wrote it", () => {
    for (const url of refusedUrls) expect(html(createElement(SourceLink, { url }))).toBe("");
  });
});
