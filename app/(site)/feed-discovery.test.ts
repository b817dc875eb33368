import type { Metadata } from "next";
import { describe, expect, it, vi } from "vitest";
import { getPublicArticle } from "@/db/queries/article-page";
import { articleMetadata } from "@/lib/seo/article-metadata";
import { listingMetadata } from "@/lib/seo/page-metadata";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { generateMetadata as sitePageMetadata } from "./[page]/page";
import { generateMetadata as layoutMetadata } from "./layout";
import { generateMetadata as searchMetadata } from "./search/page";

// Outside a running Next server there is no request scope for connection() to wait on.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));
setUpTempDatabase();

/*
 * Browsers and feed readers find a site's feeds through <link rel="alternate"> in a page's head, so every reader page
 * names the site's feeds. Next replaces a layout's whole `alternates` with a page's, so a page that sets one (for its
 * canonical URL) must name them itself.
 */

const siteFeeds = {
  "application/rss+xml": [{ url: "/feed.xml", title: "Dateline (RSS)" }],
  "application/atom+xml": [{ url: "/atom.xml", title: "Dateline (Atom)" }],
};

const feedsOf = (metadata: Metadata) => metadata.alternates?.types;

describe("feed discovery", () => {
  it("names the site's feeds in the reader layout, for pages that set no alternates of their own, such as search", async () => {
    expect(feedsOf(layoutMetadata())).toEqual(siteFeeds);
    expect(await searchMetadata({ searchParams: Promise.resolve({ q: "tides" }) })).not.toHaveProperty("alternates");
  });

  it("names them on pages with a canonical URL of their own: an article and a site page, /about", async () => {
    const article = getPublicArticle(makeArticle().slug, new Date())!;
    expect(articleMetadata(article).alternates).toEqual({ canonical: `/articles/${article.slug}`, types: siteFeeds });
    expect((await sitePageMetadata({ params: Promise.resolve({ page: "about" }), searchParams: Promise.resolve({}) })).alternates).toEqual({ canonical: "/about", types: siteFeeds });
  });

  it("names an archive's own feeds first, then the site's, and the site's once on the front page", () => {
    expect(feedsOf(listingMetadata({ title: "City", description: "City news.", path: "/category/city", page: 2 }))).toEqual({
      "application/rss+xml": [{ url: "/category/city/feed.xml", title: "City (RSS)" }, ...siteFeeds["application/rss+xml"]],
      "application/atom+xml": [{ url: "/category/city/atom.xml", title: "City (Atom)" }, ...siteFeeds["application/atom+xml"]],
    });
    expect(feedsOf(listingMetadata({ description: "The latest news.", path: "/" }))).toEqual(siteFeeds);
  });
});
