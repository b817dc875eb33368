import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, expectNoSeriousA11yViolationsWithoutJavaScript } from "./support/axe";
import * as db from "./support/db";
import { expectAllImagesLoaded, expectInDocumentOrder, expectNoHorizontalScroll, firstElementText, firstLink, saveScreen } from "./support/page";
import { baseURL, newReaderContext, viewBeacon, viewsText } from "./support/readers";

const perPage = 12;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function urlEndingWith(pathAndQuery: string): RegExp {
  return new RegExp(`${escapeRegExp(pathAndQuery)}$`);
}

function commentsText(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "Comment" : "Comments"}`;
}

function storiesText(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "story" : "stories"}`;
}

/** Card titles of an archive page, as rendered: level-2 headings under the archive's h1. */
function cardTitles(page: Page) {
  return page.getByRole("main").getByRole("heading", { level: 2 });
}

/**
 * An article that shows everything an article page can: hero with caption, a body with a subheading, quote, list and
 * link, tags, approved comments and at least one held back (pending or spam), open comments, not syndicated, and on
 * the first page of its section.
 */
function fullFeaturedArticle(): db.ArticleRow {
  const article = db.visibleArticles().find((a) => {
    const comments = db.commentsOf(a.id);
    return (
      !a.sourceUrl &&
      !a.commentsClosed &&
      a.heroAlt !== "" &&
      a.heroCaption !== "" &&
      /<h2>/.test(a.bodyHtml) &&
      /<blockquote>/.test(a.bodyHtml) &&
      /<(ul|ol)>/.test(a.bodyHtml) &&
      /<a\s[^>]*href=/.test(a.bodyHtml) &&
      db.tagsOfArticle(a.id).length > 0 &&
      comments.some((c) => c.status === "approved") &&
      comments.some((c) => c.status !== "approved") &&
      db.articlesInCategory(a.categorySlug).findIndex((x) => x.id === a.id) < perPage
    );
  });
  if (!article) throw new Error("The demo seed has no article with every feature of an article page.");
  return article;
}

test.describe("a reader on the front page", () => {
  test("sees the seeded lead story, the five most viewed and the latest articles, and older ones on page 2", async ({ page }) => {
    const lead = db.leadStory();
    const mostViewed = db.mostViewedTitles(db.daysBefore(db.todayUtc(), 6), 5);
    const firstPage = db.latestTitles(1, perPage);
    const secondPage = db.latestTitles(2, perPage);
    const pageCount = Math.ceil((db.visibleArticles().length - 1) / perPage);
    expect(mostViewed).toHaveLength(5);
    expect(secondPage.length, "the seed fills more than one page").toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

    await page.goto("/");
    await expect(page).toHaveTitle("Dateline: news from Port Alder and the coast");
    const leadHeading = page.getByRole("heading", { level: 2, name: lead.title, exact: true });
    await expect(leadHeading).toBeVisible();
    await expect(leadHeading.getByRole("link")).toHaveAttribute("href", `/articles/${lead.slug}`);

    const mostViewedBox = page.getByRole("region", { name: "Most viewed", exact: true });
    await expect(mostViewedBox.getByRole("listitem")).toHaveCount(5);
    await expect(mostViewedBox.getByRole("link")).toHaveText(mostViewed.map((m) => m.title));
    for (const [i, m] of mostViewed.entries()) {
      await expect(mostViewedBox.getByRole("listitem").nth(i)).toContainText(`${m.views.toLocaleString("en-US")} views`);
    }

    const latest = page.getByRole("region", { name: "Latest", exact: true });
    await expect(latest.getByRole("heading", { level: 3 })).toHaveText(firstPage);
    await expect(latest.getByText(`Page 1 of ${pageCount}`, { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await latest.getByRole("link", { name: "Older →" }).click();
    await expect(page).toHaveURL(urlEndingWith("/?page=2"));
    await expect(latest.getByRole("heading", { level: 3 })).toHaveText(secondPage);
    await expect(latest.getByText(`Page 2 of ${pageCount}`, { exact: true })).toBeVisible();
    await expect(latest.getByRole("link", { name: "← Newer" })).toHaveAttribute("href", "/");
    // A later page is a page of its own to search engines, not a copy of the first.
    await expect(page).toHaveTitle("Latest news, page 2 | Dateline");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/\?page=2$/);
    // The lead and the most viewed list belong to the first page only.
    await expect(page.getByRole("heading", { level: 2, name: lead.title, exact: true })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Most viewed" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("a reader reading an article", () => {
  test("goes from the front page to a section, then to an article that shows everything in order", async ({ page }) => {
    const article = fullFeaturedArticle();
    const inSection = db.articlesInCategory(article.categorySlug);
    const approved = db.approvedComments(article.id);
    const heldBack = db.commentsOf(article.id).filter((c) => c.status !== "approved");
    const tags = db.tagsOfArticle(article.id);

    await page.goto("/");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: article.categoryName, exact: true }).click();
    await expect(page).toHaveURL(urlEndingWith(`/category/${article.categorySlug}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.categoryName);
    await expect(page.getByText(storiesText(inSection.length), { exact: true })).toBeVisible();
    await expect(cardTitles(page)).toHaveText(inSection.slice(0, perPage).map((a) => a.title));
    await expectNoSeriousA11yViolations(page);

    const beacon = viewBeacon(page, article.id);
    await page.getByRole("main").getByRole("link", { name: article.title, exact: true }).click();
    await expect(page).toHaveURL(urlEndingWith(`/articles/${article.slug}`));
    expect((await beacon).status()).toBe(200);
    const views = db.viewTotal(article.id);

    const story = page.getByRole("article");
    const published = db.longDateUtc(article.publishedAt);
    const publishedLine = story.getByText(`Published on ${published}`, { exact: true });
    const categoryLink = story.getByRole("link", { name: article.categoryName, exact: true });
    const viewCount = story.getByText(viewsText(views), { exact: true });
    const commentCount = story.getByRole("link", { name: commentsText(approved.length), exact: true });
    const title = story.getByRole("heading", { level: 1, name: article.title, exact: true });
    const hero = story.getByRole("figure");
    const heroImage = hero.getByRole("img", { name: article.heroAlt, exact: true });
    const caption = hero.getByText(article.heroCaption, { exact: true });
    const bodyHeading = story.getByRole("heading", { level: 2, name: firstElementText(article.bodyHtml, "h2"), exact: true });
    const quote = story.getByRole("blockquote").first();
    const list = story.getByRole("list").first();
    const bodyLink = firstLink(article.bodyHtml);
    const link = story.getByRole("link", { name: bodyLink.text, exact: true });
    const authorBox = story.getByRole("complementary", { name: "About the author" });
    const tagged = story.getByText("Tagged with:", { exact: true });
    const tagLinks = story.getByRole("navigation", { name: "Tags" }).getByRole("link");
    const comments = story.getByRole("region", { name: commentsText(approved.length), exact: true });

    await expect(title).toBeVisible();
    await expect(page).toHaveTitle(`${article.title} | Dateline`);
    await expect(categoryLink).toHaveAttribute("href", `/category/${article.categorySlug}`);
    await expect(publishedLine).toBeVisible();
    await expect(publishedLine.locator("time")).toHaveAttribute("datetime", new Date(article.publishedAt).toISOString());
    // The beacon's answer replaces the server-rendered number: the DB total now.
    await expect(viewCount).toBeVisible();
    await expect(commentCount).toHaveAttribute("href", "#comments");

    await expect(heroImage).toBeVisible();
    expect(await heroImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(caption).toBeVisible();

    await expect(quote).toContainText(firstElementText(article.bodyHtml, "blockquote"));
    await expect(list.getByRole("listitem").first()).toHaveText(firstElementText(article.bodyHtml, "li"));
    await expect(link).toHaveAttribute("href", bodyLink.href);

    await expect(authorBox.getByRole("img", { name: `Portrait of ${article.authorName}`, exact: true })).toBeVisible();
    await expect(authorBox.getByRole("link", { name: article.authorName, exact: true })).toHaveAttribute("href", `/author/${article.authorSlug}`);
    await expect(authorBox.getByText(article.authorBio, { exact: true })).toBeVisible();
    expect(article.authorPublicEmail).toBeTruthy();
    await expect(authorBox.getByRole("link", { name: article.authorPublicEmail!, exact: true })).toHaveAttribute("href", `mailto:${article.authorPublicEmail}`);

    await expect(tagged).toBeVisible();
    await expect(tagLinks).toHaveText(tags.map((t) => t.name));
    for (const [i, tag] of tags.entries()) await expect(tagLinks.nth(i)).toHaveAttribute("href", `/tag/${tag.slug}`);

    await expect(comments.getByRole("listitem")).toHaveCount(approved.length);
    for (const [i, comment] of approved.entries()) {
      await expect(comments.getByRole("listitem").nth(i).getByText(comment.authorName, { exact: true })).toBeVisible();
    }
    for (const comment of heldBack) await expect(page.getByText(comment.body)).toHaveCount(0);
    const html = await page.content();
    for (const comment of db.commentsOf(article.id)) expect(html, `commenter email ${comment.authorEmail}`).not.toContain(comment.authorEmail);
    for (const author of db.authors()) expect(html, `sign-in address of ${author.name}`).not.toContain(author.loginEmail);

    await expectInDocumentOrder(page, [
      ["category link", categoryLink],
      ["published date", publishedLine],
      ["view count", viewCount],
      ["comment count", commentCount],
      ["title", title],
      ["hero image", heroImage],
      ["hero caption", caption],
      ["body subheading", bodyHeading],
      ["author box", authorBox],
      ["Tagged with:", tagged],
      ["first tag link", tagLinks.first()],
      ["comments", comments],
    ]);
    // The quote, list and link are in the body too (in whatever order the story has them): after the hero, before the author.
    for (const [label, locator] of [
      ["body quote", quote],
      ["body list", list],
      ["body link", link],
    ] as const) {
      await expectInDocumentOrder(page, [
        ["hero caption", caption],
        [label, locator],
        ["author box", authorBox],
      ]);
    }
    await expectNoSeriousA11yViolations(page);
  });

  test("of a syndicated piece finds a source link, and the original is the canonical URL", async ({ page }) => {
    const syndicated = db.visibleArticles().find((a) => a.sourceUrl);
    const original = db.visibleArticles().find((a) => !a.sourceUrl);
    expect(syndicated?.sourceUrl, "the seed has a syndicated article").toBeTruthy();
    expect(original).toBeDefined();

    await page.goto(`/articles/${syndicated!.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(syndicated!.title);
    // The stylesheet adds " ↗" after the words, and that arrow is part of the link's accessible name.
    const sourceLink = page.getByRole("link", { name: /^Source link/ });
    await expect(sourceLink).toHaveText("Source link");
    await expect(sourceLink).toHaveAttribute("href", syndicated!.sourceUrl!);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", syndicated!.sourceUrl!);
    await expectNoSeriousA11yViolations(page);

    // A piece of our own has no source link and is its own canonical copy.
    await page.goto(`/articles/${original!.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(original!.title);
    await expect(page.getByRole("link", { name: /^Source link/ })).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new URL(`/articles/${original!.slug}`, baseURL()).href);
    await expectNoSeriousA11yViolations(page);
  });

  test("gets the article as plain HTML with one small script of its own, first rendering and from the cache alike", async ({ page }) => {
    const article = db.visibleArticles().find((a) => !a.sourceUrl && !a.commentsClosed)!;
    const unique = Date.now() % 1_000_000;
    for (const expected of ["MISS", "HIT"]) {
      const scripts: string[] = [];
      const collect = (response: import("@playwright/test").Response) => {
        if (response.request().resourceType() === "script") scripts.push(new URL(response.url()).pathname);
      };
      page.on("response", collect);
      // An address of the article that the cache keeps apart and no other test asks for: rendered first, then kept.
      const answer = await page.goto(`/articles/${article.slug}?page=${unique}`, { waitUntil: "networkidle" });
      page.off("response", collect);
      expect(answer?.headers()["x-cache"]).toBe(expected);
      expect(scripts).toEqual(["/article.js"]);
      expect(await page.locator("script[src^='/_next/']").count()).toBe(0);
      // What the script does is there: the live count and the listen control (or its note where there is no voice).
      await expect(page.locator("[data-view-count]")).toHaveText(/^[\d,]+ Views?$/);
      await expect(page.getByRole("group", { name: "Listen to this article" })).toBeVisible();
    }
  });

  test("prints an article as its text: no menu, search, comment form or related articles, and link addresses on paper", async ({ page }) => {
    // A syndicated piece: its source link goes to another site.
    const article = db.visibleArticles().find((a) => a.sourceUrl)!;
    await page.goto(`/articles/${article.slug}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await expect(page.locator(".article-body")).toBeVisible();
    for (const hidden of [".site-nav", ".search-form", ".comment-form", ".related", ".listen"]) await expect(page.locator(hidden).first(), hidden).toBeHidden();
    // A link to another site prints its address after it.
    const outbound = page.locator(".source-link a");
    await expect(outbound).toHaveAttribute("href", article.sourceUrl!);
    expect(await outbound.evaluate((link) => getComputedStyle(link, "::after").content)).toContain(`(${article.sourceUrl})`);
    await saveScreen(page, "article-printed");
  });

  test("learns when comments are closed, and is not told so where they are open", async ({ page }) => {
    const closed = db.visibleArticles().find((a) => a.commentsClosed);
    const open = db.visibleArticles().find((a) => !a.commentsClosed);
    expect(closed, "the seed has an article with comments closed").toBeDefined();
    expect(open).toBeDefined();

    await page.goto(`/articles/${closed!.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(closed!.title);
    await expect(page.getByText("Comments are closed.", { exact: true })).toBeVisible();
    // Closing comments does not hide the ones already approved.
    const approvedOnClosed = db.approvedComments(closed!.id);
    await expect(page.getByRole("region", { name: commentsText(approvedOnClosed.length), exact: true }).getByRole("listitem")).toHaveCount(approvedOnClosed.length);
    await expectNoSeriousA11yViolations(page);

    await page.goto(`/articles/${open!.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(open!.title);
    await expect(page.getByRole("region", { name: commentsText(db.approvedComments(open!.id).length), exact: true })).toBeVisible();
    await expect(page.getByText("Comments are closed.")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("a reader browsing archives", () => {
  test("sees every article with a tag on the tag's page", async ({ page }) => {
    const tag = db.busiestTag();
    const tagged = db.articlesWithTag(tag.id);
    expect(tagged.length).toBeGreaterThan(1);

    await page.goto(`/tag/${tag.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tag.name);
    await expect(page).toHaveTitle(`Tagged “${tag.name}” | Dateline`);
    await expect(page.getByText(storiesText(tagged.length), { exact: true })).toBeVisible();
    await expect(cardTitles(page)).toHaveText(tagged.slice(0, perPage).map((a) => a.title));
    await expectNoSeriousA11yViolations(page);
  });

  test("sees an author's profile and every article they wrote on the author's page", async ({ page }) => {
    const author = db.authors().find((a) => a.publicEmail && db.articlesByAuthor(a.slug).length > 1);
    expect(author, "the seed has an author with articles and a public email").toBeDefined();
    const written = db.articlesByAuthor(author!.slug);

    await page.goto(`/author/${author!.slug}`);
    const main = page.getByRole("main");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(author!.name);
    await expect(main.getByRole("img", { name: `Portrait of ${author!.name}`, exact: true })).toBeVisible();
    await expect(main.getByText(author!.bio, { exact: true })).toBeVisible();
    await expect(main.getByRole("link", { name: author!.publicEmail!, exact: true })).toHaveAttribute("href", `mailto:${author!.publicEmail}`);
    await expect(main.getByText(storiesText(written.length), { exact: true })).toBeVisible();
    await expect(cardTitles(page)).toHaveText(written.slice(0, perPage).map((a) => a.title));
    // Every card's byline names this author.
    await expect(main.getByRole("link", { name: author!.name, exact: true })).toHaveCount(Math.min(written.length, perPage));
    expect(await page.content()).not.toContain(author!.loginEmail);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("a reader without JavaScript", () => {
  test("goes from the front page to a section to an article by following links", async ({ browser }) => {
    const article = db.leadStory();
    const context = await newReaderContext(browser, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 2, name: article.title, exact: true })).toBeVisible();
      await expectNoSeriousA11yViolationsWithoutJavaScript(page);

      await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: article.categoryName, exact: true }).click();
      await expect(page).toHaveURL(urlEndingWith(`/category/${article.categorySlug}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.categoryName);
      await expectNoSeriousA11yViolationsWithoutJavaScript(page);

      await page.getByRole("main").getByRole("link", { name: article.title, exact: true }).click();
      await expect(page).toHaveURL(urlEndingWith(`/articles/${article.slug}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
      await expect(page.getByText(`Published on ${db.longDateUtc(article.publishedAt)}`, { exact: true })).toBeVisible();
      await expectNoSeriousA11yViolationsWithoutJavaScript(page);
    } finally {
      await context.close();
    }
  });
});

test.describe("a reader on a wide screen and on a phone", () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 780 },
  ]) {
    test(`sees the front page and an article laid out at ${viewport.width} px`, async ({ browser }) => {
      const article = fullFeaturedArticle();
      const context = await newReaderContext(browser, { viewport });
      try {
        const page = await context.newPage();
        await page.goto("/");
        await expect(page.getByRole("heading", { level: 2, name: db.leadStory().title, exact: true })).toBeVisible();
        await expectAllImagesLoaded(page);
        await saveScreen(page, `home-${viewport.width}`);
        await expectNoHorizontalScroll(page, viewport.width);
        await expectNoSeriousA11yViolations(page);

        const beacon = viewBeacon(page, article.id);
        await page.goto(`/articles/${article.slug}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
        await beacon;
        await expectAllImagesLoaded(page);
        await saveScreen(page, `article-${viewport.width}`);
        await expectNoHorizontalScroll(page, viewport.width);
        await expectNoSeriousA11yViolations(page);
      } finally {
        await context.close();
      }
    });
  }
});
