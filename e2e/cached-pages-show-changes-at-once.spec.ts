import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { account, signIn, staffRecord } from "./support/auth";
import * as db from "./support/db";
import { deleteArticle, editorNotice, publishNewArticle, savedArticleId, uniqueTitle } from "./support/editor";
import { googlebotUserAgent, newReaderContext } from "./support/readers";

/*
 * The server keeps whole reader pages in memory (lib/server/page-cache.mjs). Every change readers can see must
 * expire them at once: for each change, the affected pages are first warmed until they answer from memory
 * (`x-cache: HIT`), the change is made through the dashboard as a person would, and then exactly ONE plain GET of
 * each page must already show it, freshly rendered. No waiting, no retrying: a second look would hide a stale page.
 */

const readerCacheControl = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";
const dayMs = 24 * 60 * 60 * 1000;
// A cached page lives a minute at most. If the first GET came later than this after warming, the entry could have
// run out of time by itself, and a fresh page would prove nothing about the change.
const warmForMs = 45_000;

type Got = { status: number; cache: string | undefined; cacheControl: string | undefined; location: string | undefined; html: string };

async function get(request: APIRequestContext, path: string): Promise<Got> {
  const response = await request.get(path, { maxRedirects: 0 });
  const headers = response.headers();
  return { status: response.status(), cache: headers["x-cache"], cacheControl: headers["cache-control"], location: headers["location"], html: await response.text() };
}

/**
 * Plain GETs of each page until one comes from memory, so the page is cached when the change is made: the second,
 * or for search results the third (they are kept from their second rendering on).
 */
async function warm(request: APIRequestContext, ...paths: string[]): Promise<{ warmedAt: number; pages: Record<string, Got> }> {
  const pages: Record<string, Got> = {};
  for (const path of paths) {
    const renderings = path.startsWith("/search?") ? 2 : 1;
    for (let n = 1; n <= renderings; n++) expect((await get(request, path)).status, `warming GET ${n} of ${path}`).toBe(200);
    const cached = await get(request, path);
    expect(cached.status, `last warming GET of ${path}`).toBe(200);
    expect(cached.cache, `last warming GET of ${path} comes from memory`).toBe("HIT");
    pages[path] = cached;
  }
  return { warmedAt: Date.now(), pages };
}

/** The one GET after the change: rendered afresh, in time for a stale entry to have been served had it survived. */
async function firstGet(request: APIRequestContext, warmedAt: number, path: string, status = 200): Promise<Got> {
  expect(Date.now() - warmedAt, "the cached entry was still within its time").toBeLessThan(warmForMs);
  const got = await get(request, path);
  expect(got.status, `first GET of ${path} after the change`).toBe(status);
  if (status === 200) expect(got.cache, `first GET of ${path} after the change is rendered afresh`).toBe("MISS");
  else expect(got.cache, `first GET of ${path} after the change`).not.toBe("HIT");
  return got;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A story card's headline link, as the home, section and author pages write it. */
function cardLink(slug: string, title: string): RegExp {
  return new RegExp(`<a href="/articles/${escapeRegExp(slug)}"[^>]*>${escapeRegExp(title)}</a>`);
}

function linksTo(html: string, slug: string): boolean {
  return html.includes(`href="/articles/${slug}"`);
}

/** The home page's "Latest" list (the lead story and "Most viewed" sit above it). */
function latest(html: string): string {
  const at = html.indexOf('id="latest-title"');
  expect(at, "the home page has its Latest list").toBeGreaterThan(-1);
  return html.slice(at);
}

function articleTitle(html: string): string | undefined {
  return /<h1 class="article-title">([^<]*)<\/h1>/.exec(html)?.[1];
}

/** The article header's comment count ("3 Comments"). */
function commentCount(html: string): number {
  const match = /<a href="#comments">([\d,]+) Comments?<\/a>/.exec(html);
  expect(match, "the article header shows its comment count").not.toBeNull();
  return Number(match![1].replace(/,/g, ""));
}

/** The comment count in the byline of an article's card (components/article/ArticleCard.tsx). */
function cardCommentCount(html: string, slug: string): number {
  const match = new RegExp(`<a href="/articles/${escapeRegExp(slug)}">[\\s\\S]*?([\\d,]+) comments?</p>`).exec(html);
  expect(match, `a card for ${slug} with its comment count`).not.toBeNull();
  return Number(match![1].replace(/,/g, ""));
}

const commentsClosed = (html: string) => html.includes("Comments are closed.");
const commentForm = (html: string) => html.includes("Leave a comment");

/** A signed-in staff member in a browser context of their own, for clean-up after the tests. */
async function asStaff(browser: Browser, role: "admin" | "editor", act: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, role);
    await act(page);
  } finally {
    await context.close();
  }
}

// Every article these tests make, removed at the end (if a test did not get there), so other specs see the demo as it was.
const created: number[] = [];

test.afterAll(async ({ browser }) => {
  const left = created.filter((id) => db.articleExists(id));
  if (left.length === 0) return;
  await asStaff(browser, "admin", async (page) => {
    for (const id of left) {
      await page.goto(`/dashboard/articles/${id}/delete`);
      await page.getByRole("button", { name: "Delete for good", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/dashboard");
    }
  });
});

async function publishOwnArticle(page: Page, words: string): Promise<db.ArticleState & { title: string; categorySlug: string }> {
  const section = db.categories()[0];
  const title = uniqueTitle(words);
  const article = await publishNewArticle(page, {
    title,
    excerpt: "A story made by the page cache test, removed when it ends.",
    body: "The harbour office published the figures on Tuesday.\n\nMore to follow.\n",
    section: section.name,
  });
  created.push(article.id);
  return { ...article, title, categorySlug: section.slug };
}

test.describe("one article's life: publish, edit, new slug, unpublish", () => {
  test.describe.configure({ mode: "serial" });

  let article: { id: number; slug: string; title: string; categorySlug: string };

  test("a newly published article is on the home page, its section and in search results at the first GET, and its URL answers", async ({ page, request }) => {
    await signIn(page, "editor");
    const section = db.categories()[0];
    const home = "/";
    const category = `/category/${section.slug}`;
    const search = "/search?q=tide+gauge";
    const { warmedAt, pages } = await warm(request, home, category, search);

    const published = await publishOwnArticle(page, "Harbour pilots test a new tide gauge");
    article = published;
    expect(db.leadStory().id, "the demo's lead story stays the lead").not.toBe(article.id);

    const homePage = await firstGet(request, warmedAt, home);
    expect(latest(homePage.html)).toMatch(cardLink(article.slug, article.title));
    const categoryPage = await firstGet(request, warmedAt, category);
    expect(categoryPage.html).toMatch(cardLink(article.slug, article.title));
    expect(linksTo(pages[search].html, article.slug), "not found before it was published").toBe(false);
    expect(linksTo((await firstGet(request, warmedAt, search)).html, article.slug)).toBe(true);
    const articlePage = await firstGet(request, warmedAt, `/articles/${article.slug}`);
    expect(articleTitle(articlePage.html)).toBe(article.title);
  });

  test("a new title is on the article page and the home page at the first GET", async ({ page, request }) => {
    await signIn(page, "editor");
    await page.goto(`/dashboard/articles/${article.id}/edit`);
    const path = `/articles/${article.slug}`;
    const { warmedAt, pages } = await warm(request, path, "/");
    expect(articleTitle(pages[path].html)).toBe(article.title);

    const newTitle = uniqueTitle("Harbour pilots adopt the new tide gauge");
    await page.getByLabel("Title", { exact: true }).fill(newTitle);
    await expect(page.getByLabel("Slug", { exact: true }), "a published article keeps its slug").toHaveValue(article.slug);
    await page.getByRole("button", { name: "Save changes", exact: true }).click();
    await savedArticleId(page, "save");
    await expect(editorNotice(page)).toHaveText("Saved.");

    expect(articleTitle((await firstGet(request, warmedAt, path)).html)).toBe(newTitle);
    const home = latest((await firstGet(request, warmedAt, "/")).html);
    expect(home).toMatch(cardLink(article.slug, newTitle));
    expect(home).not.toContain(article.title);
    article.title = newTitle;
  });

  test("a new slug: the old URL answers 301 at once, the new one shows the article, the section links to it", async ({ page, request }) => {
    await signIn(page, "editor");
    await page.goto(`/dashboard/articles/${article.id}/edit`);
    const oldPath = `/articles/${article.slug}`;
    const category = `/category/${article.categorySlug}`;
    const { warmedAt } = await warm(request, oldPath, category);

    const newSlug = `tide-gauge-${article.id}-${Date.now()}`;
    await page.getByLabel("Slug", { exact: true }).fill(newSlug);
    await page.getByRole("button", { name: "Save changes", exact: true }).click();
    await savedArticleId(page, "save");
    await expect(editorNotice(page)).toHaveText("Saved.");

    const moved = await firstGet(request, warmedAt, oldPath, 301);
    expect(new URL(moved.location!, "http://localhost").pathname).toBe(`/articles/${newSlug}`);
    expect(articleTitle((await firstGet(request, warmedAt, `/articles/${newSlug}`)).html)).toBe(article.title);
    const section = (await firstGet(request, warmedAt, category)).html;
    expect(section).toMatch(cardLink(newSlug, article.title));
    expect(linksTo(section, article.slug), "the section no longer links to the old slug").toBe(false);
    article.slug = newSlug;
  });

  test("unpublished: its URL answers 410 and the home page drops it at the first GET", async ({ page, request }) => {
    await signIn(page, "editor");
    await page.goto(`/dashboard/articles/${article.id}/edit`);
    const path = `/articles/${article.slug}`;
    const { warmedAt, pages } = await warm(request, path, "/");
    expect(linksTo(pages["/"].html, article.slug)).toBe(true);

    await page.getByRole("button", { name: "Unpublish", exact: true }).click();
    await savedArticleId(page, "unpublish");
    await expect(editorNotice(page)).toHaveText("Unpublished: its address now tells readers the article was removed.");

    await firstGet(request, warmedAt, path, 410);
    expect(linksTo((await firstGet(request, warmedAt, "/")).html, article.slug), "the home page no longer lists it").toBe(false);

    // An unpublished article is a draft: the other specs expect only their own hidden articles.
    await deleteArticle(page, article.id, article.title);
  });
});

test("a deleted article leaves the home page at the first GET", async ({ page, request }) => {
  await signIn(page, "editor");
  const article = await publishOwnArticle(page, "Ferry timetable changes for the winter");
  const path = `/articles/${article.slug}`;
  const { warmedAt, pages } = await warm(request, "/", path);
  expect(linksTo(pages["/"].html, article.slug)).toBe(true);

  await deleteArticle(page, article.id, article.title);

  expect(linksTo((await firstGet(request, warmedAt, "/")).html, article.slug), "the home page no longer lists it").toBe(false);
  await firstGet(request, warmedAt, path, 404);
});

test("an approved comment is on the article page and counted on its card at the first GET; pages without it stay cached", async ({ page, request, browser }) => {
  await signIn(page, "admin");
  const article = await publishOwnArticle(page, "Lifeboat crew rehearse a night rescue");
  const path = `/articles/${article.slug}`;

  // A reader's first comment (a new email) waits for moderation; posting it changes no page.
  const body = `Good to see the crew out in the dark, seen from the pier at ${Date.now()}.`;
  const reader = await newReaderContext(browser, { extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${(Date.now() % 200) + 20}` } });
  try {
    const readerPage = await reader.newPage();
    await readerPage.goto(path);
    await readerPage.getByRole("textbox", { name: "Name" }).fill("Ines Harrow");
    await readerPage.getByRole("textbox", { name: "Email" }).fill(`ines.${Date.now()}@mail.example`);
    await readerPage.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
    await readerPage.getByRole("button", { name: "Post comment" }).click();
    await expect(readerPage.getByRole("status")).toHaveText(/waiting for moderation/);
  } finally {
    await reader.close();
  }

  await page.goto("/dashboard/comments");
  const row = page.getByRole("row").filter({ hasText: body });
  await expect(row).toHaveCount(1);
  const { warmedAt, pages } = await warm(request, path, "/", "/about");
  const before = commentCount(pages[path].html);
  expect(pages[path].html).not.toContain(body);
  expect(cardCommentCount(latest(pages["/"].html), article.slug)).toBe(before);

  await row.getByRole("button", { name: /^Approve/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comment approved." })).toBeVisible();

  const after = (await firstGet(request, warmedAt, path)).html;
  expect(after).toContain(`<p class="comment__body">${body}</p>`);
  expect(commentCount(after)).toBe(before + 1);
  expect(cardCommentCount(latest((await firstGet(request, warmedAt, "/")).html), article.slug)).toBe(before + 1);
  // A comment changes only the pages that show its article: the others are still answered from memory.
  expect((await get(request, "/about")).cache, "/about after the comment").toBe("HIT");

  await deleteArticle(page, article.id, article.title);
});

test("closing and opening one article's comments from the articles table shows at the first GET", async ({ page, request }) => {
  await signIn(page, "admin");
  const article = await publishOwnArticle(page, "Fish market extends its Saturday hours");
  const path = `/articles/${article.slug}`;
  await page.goto(`/dashboard?q=${encodeURIComponent(article.title)}`);

  const open = await warm(request, path);
  expect(commentForm(open.pages[path].html)).toBe(true);
  await page.getByRole("button", { name: `Close comments on “${article.title}”` }).click();
  await expect(page.getByRole("button", { name: `Open comments on “${article.title}”` })).toBeVisible();
  const closed = (await firstGet(request, open.warmedAt, path)).html;
  expect(commentsClosed(closed), "the page says comments are closed").toBe(true);
  expect(commentForm(closed), "the form is gone").toBe(false);

  const shut = await warm(request, path);
  await page.getByRole("button", { name: `Open comments on “${article.title}”` }).click();
  await expect(page.getByRole("button", { name: `Close comments on “${article.title}”` })).toBeVisible();
  const reopened = (await firstGet(request, shut.warmedAt, path)).html;
  expect(commentForm(reopened), "the form is back").toBe(true);
  expect(commentsClosed(reopened)).toBe(false);

  await deleteArticle(page, article.id, article.title);
});

test("closing comments by age in the settings shows on an old article at the first GET, and so does undoing it", async ({ page, request }) => {
  // The oldest article whose own switch leaves comments open: only the age limit can close it.
  const oldest = db.visibleArticles().filter((a) => !a.commentsClosed).at(-1)!;
  const closeAfter = String(Math.floor((Date.now() - oldest.publishedAt) / dayMs) - 1);
  expect(Number(closeAfter), "the oldest demo article is days old").toBeGreaterThan(0);
  const path = `/articles/${oldest.slug}`;
  const ageLimit = page.getByLabel("Close comments on articles older than (days)");

  async function saveCloseAfter(days: string): Promise<void> {
    await ageLimit.fill(days);
    await page.getByRole("button", { name: "Save settings" }).click();
    // The whole message, which differs between the two saves: the first save's message must not pass for the second.
    const closing = days === "" ? "Comments never close by age." : `Comments close ${Number(days).toLocaleString("en-US")} days after an article is published.`;
    await expect(page.getByRole("status")).toHaveText(`Saved. Comments are on. ${closing}`);
    await expect(ageLimit).toHaveValue(days);
  }

  await signIn(page, "admin");
  await page.goto("/dashboard/settings");
  await expect(ageLimit, "comments never close by age before this test").toHaveValue("");
  const open = await warm(request, path);
  expect(commentForm(open.pages[path].html)).toBe(true);

  let changed = true;
  try {
    await saveCloseAfter(closeAfter);
    const closed = (await firstGet(request, open.warmedAt, path)).html;
    expect(commentsClosed(closed), "the old article's comments are closed").toBe(true);
    expect(commentForm(closed)).toBe(false);

    const shut = await warm(request, path);
    await saveCloseAfter("");
    changed = false;
    const reopened = (await firstGet(request, shut.warmedAt, path)).html;
    expect(commentForm(reopened), "the form is back").toBe(true);
    expect(commentsClosed(reopened)).toBe(false);
  } finally {
    // Back to "never close by age", which the rest of the suite expects.
    if (changed) {
      await page.goto("/dashboard/settings");
      await saveCloseAfter("");
    }
  }
});

test("an editor's new bio is on their author page and in their articles' author box at the first GET", async ({ page, request }) => {
  const editor = staffRecord(account("editor").email);
  const theirs = db.articlesByAuthor(editor.slug)[0];
  expect(theirs, "the demo editor has a published article").toBeDefined();
  const authorPath = `/author/${editor.slug}`;
  const articlePath = `/articles/${theirs.slug}`;
  const bioField = page.getByLabel("Bio");

  async function saveBio(bio: string): Promise<void> {
    await bioField.fill(bio);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("status")).toHaveText(/Your profile is saved\.|Nothing changed/);
    await expect(bioField).toHaveValue(bio);
  }

  await signIn(page, "editor");
  await page.goto("/dashboard/profile");
  const original = await bioField.inputValue();
  const { warmedAt } = await warm(request, authorPath, articlePath);

  const bio = `Covers the harbour and the coastguard, checked by the page cache test at ${Date.now()}.`;
  try {
    await saveBio(bio);
    const authorPage = (await firstGet(request, warmedAt, authorPath)).html;
    expect(authorPage).toContain(`<p class="archive-header__description">${bio}</p>`);
    const articlePage = (await firstGet(request, warmedAt, articlePath)).html;
    expect(articlePage).toContain(`<p class="author-box__bio">${bio}</p>`);
  } finally {
    await page.goto("/dashboard/profile");
    await saveBio(original);
  }
});

test("a section's new name is in every page's menu and on its articles at the first GET", async ({ page, request }) => {
  const article = db.visibleArticles()[0];
  const section = db.categories().find((c) => c.slug === article.categorySlug)!;
  const sectionPath = `/category/${section.slug}`;
  const articlePath = `/articles/${article.slug}`;
  const nameField = page.getByLabel("Name");

  async function saveName(name: string): Promise<void> {
    await nameField.fill(name);
    await page.getByRole("button", { name: "Save section" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved. Readers see the change at once.");
  }

  await signIn(page, "admin");
  await page.goto(`/dashboard/sections/${section.id}`);
  const { warmedAt } = await warm(request, "/", sectionPath, articlePath, "/about");
  const renamed = `${section.name} Desk ${Date.now()}`;
  // As the HTML has it: "Science & Tech" is written "Science &amp; Tech".
  const shown = renamed.replace(/&/g, "&amp;");
  try {
    await saveName(renamed);
    expect((await firstGet(request, warmedAt, "/")).html).toContain(`<a href="${sectionPath}">${shown}</a>`);
    expect((await firstGet(request, warmedAt, sectionPath)).html).toContain(`<h1>${shown}</h1>`);
    expect((await firstGet(request, warmedAt, articlePath)).html).toMatch(new RegExp(`<a href="${sectionPath}" class="kicker">${escapeRegExp(shown)}</a>`));
    // The menu is on every page, /about included.
    expect((await firstGet(request, warmedAt, "/about")).html).toContain(`<a href="${sectionPath}">${shown}</a>`);
  } finally {
    await page.goto(`/dashboard/sections/${section.id}`);
    await saveName(section.name);
  }
});

test("reader pages may be kept briefly by a shared cache; staff pages, sign-in and the view beacon never", async ({ page, request }) => {
  const article = db.visibleArticles()[0];
  for (const path of ["/", "/about", `/articles/${article.slug}`]) {
    const first = await get(request, path);
    expect(first.status, path).toBe(200);
    expect(first.cacheControl, `${path} rendered`).toBe(readerCacheControl);
    const second = await get(request, path);
    expect(second.cache, `${path} again`).toBe("HIT");
    expect(second.cacheControl, `${path} from memory`).toBe(readerCacheControl);
  }

  const login = await get(request, "/login");
  expect(login.status).toBe(200);
  expect(login.cacheControl).toBe("private, no-store");
  expect(login.cache, "the sign-in page is never kept").toBeUndefined();

  // A crawler's beacon: answered like any other, but counts no view, so the demo's numbers stay as other specs expect.
  const beacon = await request.post(`/api/views/${article.id}`, { headers: { "user-agent": googlebotUserAgent } });
  expect(beacon.status()).toBe(200);
  expect(await beacon.json()).toMatchObject({ counted: false });
  expect(beacon.headers()["cache-control"]).toBe("no-store");
  expect(beacon.headers()["x-cache"]).toBeUndefined();

  await signIn(page, "editor");
  for (const path of ["/dashboard", "/dashboard/profile"]) {
    const staffPage = await page.request.get(path, { maxRedirects: 0 });
    expect(staffPage.status(), `${path} signed in`).toBe(200);
    expect(staffPage.headers()["cache-control"], path).toBe("private, no-store");
    expect(staffPage.headers()["x-cache"], `${path} is never kept`).toBeUndefined();
  }
});
