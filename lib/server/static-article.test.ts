import { eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { getDb } from "@/db/client";
import { getPublicArticle } from "@/db/queries/article-page";
import { articles, articleViewTotals } from "@/db/schema";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { pluralize } from "@/lib/text";
import { liveViewCount, viewsText, withoutNextRuntime } from "./static-article.mjs";

// The shape of an article page as Next 16 (Turbopack) writes it, cut down.
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/03ajzhn2r-58-.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<script src="/_next/static/chunks/0tkczbukbprbz.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  "</head><body><article><h1>Harbour</h1>",
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_1:0"/></form>',
  "</article>",
  '<script src="/article.js" defer=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  "</body></html>",
].join("");

describe("withoutNextRuntime", () => {
  const html = withoutNextRuntime(page);

  it("takes out Next's scripts, their preloads and the serialized component tree", () => {
    expect(html).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
  });

  it("keeps the page, its stylesheet, its structured data, its form and its own script", () => {
    for (const kept of ["<h1>Harbour</h1>", 'href="/_next/static/chunks/03ajzhn2r-58-.css"', '<script type="application/ld+json">', "<form ", '<script src="/article.js" defer=""></script>']) {
      expect(html).toContain(kept);
    }
  });

  it("leaves a page that streams content in late alone, since its runtime shows that content", () => {
    const streamed = page.replace("<h1>Harbour</h1>", '<!--$?--><template id="B:0"></template><!--/$-->');
    expect(withoutNextRuntime(streamed)).toBe(streamed);
  });
});

describe("an article page's live view count", () => {
  setUpTempDatabase();
  // The header exactly as the article page renders it (components/article/ArticleHeader.tsx).
  const header = (articleId: number, countViews = true) =>
    renderToStaticMarkup(createElement(ArticleHeader, { article: getPublicArticle(articleSlug(articleId), new Date())!, timeZone: "UTC", readingMinutes: 3, countViews }));
  const articleSlug = (id: number) => getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.id, id)).get()!.slug;
  const shownCount = (html: string) => /class="article-meta__views"[^>]*>([^<]*)</.exec(html)?.[1];

  it("writes the article's stored total, as the header words it, into the header as rendered", () => {
    const article = makeArticle();
    const page = header(article.id);
    expect(shownCount(page)).toBe("0 Views");
    getDb().insert(articleViewTotals).values({ articleId: article.id, views: 12345 }).run();
    const freshened = liveViewCount(getDb().$client)(page)!;
    expect(shownCount(freshened)).toBe("12,345 Views");
    // Nothing else moves.
    expect(freshened.replace("12,345 Views", "0 Views")).toBe(page);
  });

  it("finds nothing to write where the header carries no counter, such as the staff preview's: the page is rendered instead", () => {
    const article = makeArticle();
    expect(liveViewCount(getDb().$client)(header(article.id, false))).toBeNull();
    expect(liveViewCount(getDb().$client)("<p>No count here</p>")).toBeNull();
  });

  it("words the count as the page itself does", () => {
    for (const n of [0, 1, 2, 1234567]) expect(viewsText(n)).toBe(pluralize(n, "View"));
  });
});
