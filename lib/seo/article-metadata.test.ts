import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getPublicArticle } from "@/db/queries/article-page";
import { articles, images } from "@/db/schema";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { articleJsonLd, articleMetadata } from "./article-metadata";

setUpTempDatabase();
process.env.SITE_URL = "https://news.example";

const hour = 60 * 60 * 1000;
const now = new Date();

/** An article readers can see, changed as `change` says before it is read back the way its page reads it. */
function publicArticle(change: Partial<typeof articles.$inferInsert> = {}) {
  const made = makeArticle({ status: "scheduled", publishedAt: new Date(now.getTime() - hour) });
  if (Object.keys(change).length) getDb().update(articles).set(change).where(eq(articles.id, made.id)).run();
  return getPublicArticle(made.slug, now)!;
}

// Next's Metadata types openGraph as a union of every og:type; an article's carries the article fields.
const openGraph = (article: ReturnType<typeof publicArticle>) => articleMetadata(article).openGraph as { publishedTime: string; modifiedTime: string };

describe("article dates for sharing", () => {
  it("dates article:modified_time no earlier than article:published_time, like JSON-LD's dateModified", () => {
    const article = publicArticle({ updatedAt: new Date(now.getTime() - 72 * hour) });
    const og = openGraph(article);
    expect(og.modifiedTime).toBe(og.publishedTime);
    expect(articleJsonLd(article)[0]).toMatchObject({ dateModified: og.publishedTime });
  });
});

describe("the share image", () => {
  it.each([
    { stored: "wider than 1280 px", width: 1600, height: 900, shared: { width: 1280, height: 720 } },
    { stored: "only at 640 px", width: 1000, height: 500, shared: { width: 640, height: 320 } },
    { stored: "only at its own width", width: 500, height: 400, shared: { width: 500, height: 400 } },
  ])("of a hero $stored is declared at a width the media route stores, with the height at that width", ({ width, height, shared }) => {
    const id = `hero${String(width).padStart(12, "0")}`;
    getDb().insert(images).values({ id, width, height }).run();
    const article = publicArticle({ heroImageId: id });
    const url = `/media/${id}/${shared.width}`;
    expect(articleMetadata(article).openGraph?.images).toEqual([{ url, ...shared, alt: article.heroAlt }]);
    expect(articleJsonLd(article)[0]).toMatchObject({ image: [`https://news.example${url}`] });
  });
});
