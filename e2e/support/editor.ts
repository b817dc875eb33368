import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import * as db from "./db";

/** A title no other test run has used: the suite shares one database, and slugs must be unique. */
export function uniqueTitle(words: string): string {
  return `${words} ${Date.now()}`;
}

/** The slug the editor derives from a title, for the plain ASCII titles the tests use. */
export function expectedSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A real PNG, `width`×`height`, a diagonal gradient between two colours, written under this test's output folder
 * (test-results/…): drawn as SVG and rendered by sharp, so the upload goes through the app's real image pipeline.
 */
export async function gradientPng(name: string, width: number, height: number, from: string, to: string): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.7}" cy="${height * 0.35}" r="${height * 0.18}" fill="#ffffff" fill-opacity="0.6"/>
  </svg>`;
  const file = test.info().outputPath(name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg)).png().toFile(file);
  const meta = await sharp(file).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(["png", width, height]);
  return file;
}

/** From the dashboard's article list to an empty editor, through the "New article" button. */
export async function openNewArticle(page: Page): Promise<void> {
  await page.goto("/dashboard");
  await page.getByRole("main").getByRole("link", { name: "New article", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/dashboard/articles/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New article");
}

export type Draft = { title: string; excerpt: string; body: string; section: string; tags?: string };

/** Types an article into the open editor, field by field, and checks the slug followed the title. */
export async function fillArticle(page: Page, draft: Draft): Promise<void> {
  await page.getByLabel("Title", { exact: true }).fill(draft.title);
  await expect(page.getByLabel("Slug", { exact: true })).toHaveValue(expectedSlug(draft.title));
  await page.getByLabel("Excerpt", { exact: true }).fill(draft.excerpt);
  await page.getByLabel("Body", { exact: true }).fill(draft.body);
  await page.getByLabel("Section", { exact: true }).selectOption({ label: draft.section });
  if (draft.tags !== undefined) await page.getByLabel("Tags", { exact: true }).fill(draft.tags);
}

/** Creates a draft through a new article's "Save draft", and returns its id, with the editor open on it. */
export async function saveNewDraft(page: Page, draft: Draft): Promise<number> {
  await openNewArticle(page);
  await fillArticle(page, draft);
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  return savedArticleId(page, "created");
}

/** The notice the editor shows after a save redirected back to it. */
export function editorNotice(page: Page) {
  return page.locator(".article-form").getByRole("status").filter({ hasNotText: "Saving…" });
}

/** After a save: the editor's address names the article; returns its id. */
export async function savedArticleId(page: Page, saved: string): Promise<number> {
  await page.waitForURL((url) => /^\/dashboard\/articles\/\d+\/edit$/.test(url.pathname) && url.searchParams.get("saved") === saved);
  return Number(/\/dashboard\/articles\/(\d+)\/edit/.exec(page.url())![1]);
}

/**
 * Creates an article and publishes it at once through the editor (title, excerpt, a short body, a section), and
 * checks the database has it live. For the specs whose subject is what happens to a published article afterwards.
 */
export async function publishNewArticle(page: Page, draft: Draft): Promise<db.ArticleState> {
  await openNewArticle(page);
  await fillArticle(page, draft);
  await page.getByRole("button", { name: "Publish now", exact: true }).click();
  const id = await savedArticleId(page, "publish");
  await expect(editorNotice(page)).toHaveText("Published: readers can see it now.");
  await expectNoSeriousA11yViolations(page);
  const stored = db.articleState(id);
  expect(stored.status).toBe("published");
  expect(stored.slug).toBe(expectedSlug(draft.title));
  return stored;
}

/** Deletes the article through its "Delete…" page, so the drafts a test leaves behind do not reach other specs. */
export async function deleteArticle(page: Page, id: number, title: string): Promise<void> {
  await page.goto(`/dashboard/articles/${id}/delete`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Delete “${title}”? This cannot be undone.`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Delete for good", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/dashboard");
  await expect(page.getByRole("status")).toHaveText(`Deleted “${title}”.`);
  expect(db.articleExists(id)).toBe(false);
}
