import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import * as db from "./support/db";
import { deleteArticle, editorNotice, publishNewArticle, savedArticleId, uniqueTitle } from "./support/editor";
import { saveScreen } from "./support/page";
import { baseURL, newReaderContext } from "./support/readers";

test("an editor renames a published article's address, old links move with it, and unpublishing answers 410", async ({ page, browser }) => {
  const section = db.categories()[0];
  const title = uniqueTitle("Council delays the vote on the marina car park");
  await signIn(page, "editor");
  const article = await publishNewArticle(page, {
    title,
    excerpt: "The vote moves to next month after objections from harbour traders.",
    body: "Councillors postponed the decision on the marina car park.\n\n> We need to hear the traders first.\n",
    section: section.name,
  });
  const oldSlug = article.slug;
  const newSlug = `marina-car-park-vote-delayed-${article.id}`;

  const reader = await newReaderContext(browser);
  try {
    expect((await reader.request.get(`/articles/${oldSlug}`)).status()).toBe(200);

    // The editor gives it a new address and saves.
    await page.getByLabel("Slug", { exact: true }).fill(newSlug);
    await page.getByRole("button", { name: "Save changes", exact: true }).click();
    await savedArticleId(page, "save");
    await expect(editorNotice(page)).toHaveText("Saved.");
    await expect(page.getByLabel("Slug", { exact: true })).toHaveValue(newSlug);
    await expectNoSeriousA11yViolations(page);
    expect(db.articleState(article.id)).toMatchObject({ slug: newSlug, status: "published", publishedAt: article.publishedAt });

    // The old address answers a permanent redirect to the new one...
    const moved = await reader.request.get(`/articles/${oldSlug}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(new URL(moved.headers()["location"], baseURL()).pathname).toBe(`/articles/${newSlug}`);

    // ...which a reader's browser follows to the article.
    const readerPage = await reader.newPage();
    const followed = await readerPage.goto(`/articles/${oldSlug}`);
    expect(followed?.status()).toBe(200);
    expect(new URL(readerPage.url()).pathname).toBe(`/articles/${newSlug}`);
    await expect(readerPage.getByRole("article").getByRole("heading", { level: 1 })).toHaveText(title);
    await expectNoSeriousA11yViolations(readerPage);

    // Unpublish: the address now says the article was removed, with 410 Gone.
    await page.getByRole("button", { name: "Unpublish", exact: true }).click();
    await savedArticleId(page, "unpublish");
    await expect(editorNotice(page)).toHaveText("Unpublished: its address now tells readers the article was removed.");
    await expectNoSeriousA11yViolations(page);
    const unpublished = db.articleState(article.id);
    expect(unpublished).toMatchObject({ slug: newSlug, status: "draft" });
    expect(unpublished.unpublishedAt).not.toBeNull();

    expect((await reader.request.get(`/articles/${newSlug}`, { maxRedirects: 0 })).status()).toBe(410);
    const gone = await readerPage.goto(`/articles/${newSlug}`);
    expect(gone?.status()).toBe(410);
    await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText("This article has been removed");
    await expect(readerPage.getByRole("link", { name: "front page", exact: true })).toHaveAttribute("href", "/");
    await saveScreen(readerPage, "article-removed");
    await expectNoSeriousA11yViolations(readerPage);
    // The way on from here: a search, which leads to the site's results page.
    await readerPage.getByRole("searchbox", { name: "Search" }).fill("marina");
    await readerPage.getByRole("button", { name: "Search" }).click();
    await readerPage.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === "marina");
  } finally {
    await reader.close();
  }

  // An unpublished article is a draft: delete it so the suite's other specs still find only their own hidden articles.
  await deleteArticle(page, article.id, title);
});
