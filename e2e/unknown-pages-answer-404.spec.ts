import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, expectNoSeriousA11yViolationsWithoutJavaScript } from "./support/axe";
import * as db from "./support/db";

const missingPages = ["/articles/no-such-story", "/articles/e2e-draft", "/articles/e2e-scheduled", "/category/no-such-section", "/tag/no-such-tag", "/tag/e2e-embargoed", "/author/no-such-person", "/no-such-page", "/wp-admin", "/wp-login.php", "/no/such/page", "/?page=999", "/category/city?page=999"];

/** The site's header: the name linking home and the sections from the database, then the About page. */
async function expectSiteHeader(page: Page) {
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Dateline", exact: true })).toHaveAttribute("href", "/");
  const sections = header.getByRole("navigation", { name: "Sections" }).getByRole("link");
  await expect(sections).toHaveText([...db.categories().map((c) => c.name), "About us"]);
}

test.describe("a reader following a broken link", () => {
  for (const path of missingPages) {
    test(`to ${path} gets a 404 page with a way back`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
      await expect(page.getByRole("main").getByRole("link", { name: "Go to the front page", exact: true })).toHaveAttribute("href", "/");
      await expectSiteHeader(page);
      await expectNoSeriousA11yViolations(page);
    });
  }

  // Next sends the 404 of a page that calls notFound() as a shell only scripts fill (lib/server/whole-not-found.mjs).
  test("without JavaScript gets the same whole 404 page, in English, at every missing address", async ({ browser }) => {
    // A context of its own: one made with test.use() would pass its settings on to the one the axe check makes.
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const path of missingPages) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("We could not find that page");
        await expect(page.locator("html"), path).toHaveAttribute("lang", "en");
        expect(new URL(page.url()).pathname + new URL(page.url()).search, path).toBe(path);
      }
      await expectSiteHeader(page);
      await expectNoSeriousA11yViolationsWithoutJavaScript(page);
    } finally {
      await context.close();
    }
  });

  test("can get back to the front page from the 404 page", async ({ page }) => {
    await page.goto("/articles/no-such-story");
    await page.getByRole("link", { name: "Go to the front page", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 2, name: db.leadStory().title, exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("to an address with a malformed %-escape gets a 400, not a server error", async ({ request }) => {
    for (const path of ["/articles/%E0%A4%A", "/category/%E0%A4%A", "/author/%E0%A4%A/feed.xml", "/media/%E0%A4%A/640"]) {
      expect((await request.get(path)).status(), path).toBe(400);
    }
  });

  test("to a feed of a tag only unpublished articles carry, or to a search page past the last, gets a 404", async ({ request }) => {
    expect((await request.get("/tag/e2e-embargoed/feed.xml")).status()).toBe(404);
    expect((await request.get("/search?q=harbour&page=9999")).status()).toBe(404);
    expect((await request.get("/search?q=harbour")).status()).toBe(200);
  });

  test("to /favicon.ico, which feed readers and old browsers ask for, gets the site's icon", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/x-icon");
  });

  test("to an image that does not exist gets a 404", async ({ request }) => {
    const response = await request.get("/media/aaaaaaaaaaaa/640");
    expect(response.status()).toBe(404);
  });
});

test.describe("a reader opening the about page", () => {
  test("gets it with status 200", async ({ page }) => {
    const response = await page.goto("/about");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("About us");
    await expect(page).toHaveTitle("About us | Dateline");
    await expectSiteHeader(page);
    await expectNoSeriousA11yViolations(page);
  });
});
