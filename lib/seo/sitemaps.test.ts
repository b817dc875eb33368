import { eq, sql } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { makeArticle, makeCategory } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { newsSitemapResponse, robotsTxt, sitemapPartResponse, sitemapResponse } from "./sitemaps";

setUpTempDatabase();
process.env.SITE_URL = "https://news.example";
const day = 24 * 60 * 60 * 1000;
const parse = async (response: Response) => {
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
};
const locs = (urlset: { url?: { loc: string } | { loc: string }[] }) => [urlset.url ?? []].flat().map((u) => u.loc);

const category = makeCategory();
const own = makeArticle({ categoryId: category.id, publishedAt: new Date(Date.now() - day / 2) });
const syndicated = makeArticle({ categoryId: category.id, publishedAt: new Date(Date.now() - day / 2) });
getDb().update(articles).set({ sourceUrl: "https://wire.example/story" }).where(eq(articles.id, syndicated.id)).run();
const old = makeArticle({ categoryId: category.id, publishedAt: new Date(Date.now() - 5 * day) });
const draft = makeArticle({ categoryId: category.id, status: "draft", publishedAt: null });

describe("sitemap.xml", () => {
  it("lists published own articles and the archive pages, with last-modified times", async () => {
    const { urlset } = await parse(sitemapResponse());
    const urls = locs(urlset);
    expect(urls).toContain(`https://news.example/articles/${own.slug}`);
    expect(urls).toContain(`https://news.example/articles/${old.slug}`);
    expect(urls).toContain(`https://news.example/category/${category.slug}`);
    expect(urls).toContain("https://news.example/");
    expect(urls).not.toContain(`https://news.example/articles/${syndicated.slug}`);
    expect(urls).not.toContain(`https://news.example/articles/${draft.slug}`);
    expect([urlset.url].flat().every((u: { lastmod: string }) => !Number.isNaN(Date.parse(u.lastmod)))).toBe(true);
  });

  it("becomes an index once there are more than 50,000 URLs", async () => {
    // 50,000 more published articles, inserted in one statement.
    getDb().run(sql`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
      INSERT INTO articles (slug, title, category_id, author_id, status, published_at)
      SELECT 'bulk-' || i, 'Bulk ' || i, ${category.id}, ${own.authorId}, 'published', ${Date.now() - 2 * day} FROM n`);
    const { sitemapindex } = await parse(sitemapResponse());
    expect(sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      "https://news.example/sitemaps/pages.xml",
      "https://news.example/sitemaps/articles-1.xml",
      "https://news.example/sitemaps/articles-2.xml",
    ]);
    expect(locs((await parse(sitemapPartResponse("articles-1.xml"))).urlset)).toHaveLength(50_000);
    expect(locs((await parse(sitemapPartResponse("articles-2.xml"))).urlset)).toHaveLength(2);
    expect(locs((await parse(sitemapPartResponse("pages.xml"))).urlset)).toContain(`https://news.example/category/${category.slug}`);
    expect(sitemapPartResponse("articles-3.xml").status).toBe(404);
    expect(sitemapPartResponse("../etc/passwd").status).toBe(404);
  });
});

describe("news sitemap", () => {
  it("lists own articles of the last two days with publication data", async () => {
    const { urlset } = await parse(newsSitemapResponse());
    const urls = [urlset.url].flat();
    const mine = urls.find((u: { loc: string }) => u.loc.endsWith(`/articles/${own.slug}`));
    expect(mine["news:news"]["news:publication"]["news:name"]).toBe("Dateline");
    expect(mine["news:news"]["news:title"]).toBe(own.title);
    expect(urls.some((u: { loc: string }) => u.loc.endsWith(`/articles/${old.slug}`))).toBe(false);
    expect(urls.some((u: { loc: string }) => u.loc.endsWith(`/articles/${syndicated.slug}`))).toBe(false);
  });
});

describe("robots.txt", () => {
  it("points to both sitemaps and keeps the dashboard out", async () => {
    const text = await robotsTxt().text();
    expect(text).toContain("Disallow: /dashboard");
    expect(text).toContain("Sitemap: https://news.example/sitemap.xml");
    expect(text).toContain("Sitemap: https://news.example/news-sitemap.xml");
  });
});
