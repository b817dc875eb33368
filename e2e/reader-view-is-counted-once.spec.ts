import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, expectNoSeriousA11yViolationsWithoutJavaScript } from "./support/axe";
import * as db from "./support/db";
import { baseURL, googlebotUserAgent, newReaderContext, uniqueReaderUserAgent, viewBeacon, viewPixel, viewsText } from "./support/readers";

/**
 * Each test counts views of an article no other test (in this file or another) opens, taken from the oldest end of the
 * archive, and compares the database before and after: views are counted per visitor, and a late beacon from another
 * test must not land in these numbers.
 */
function articleForTest(n: number): db.ArticleRow {
  const quiet = db
    .visibleArticles()
    .filter((a) => !a.isLead && !a.sourceUrl && !a.commentsClosed)
    .reverse();
  const article = quiet[n];
  if (!article) throw new Error(`The seed has fewer than ${n + 1} ordinary articles.`);
  return article;
}

async function visitorCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === "dl_visitor");
}

test.describe("a new visitor", () => {
  test.describe.configure({ mode: "serial" });

  let context: BrowserContext;
  let page: Page;
  let article: db.ArticleRow;
  let before: number;

  test.beforeAll(async ({ browser }) => {
    article = articleForTest(0);
    before = db.viewTotal(article.id);
    context = await newReaderContext(browser);
    page = await context.newPage();
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test("opening an article is counted once and sees the new total", async () => {
    const beacon = viewBeacon(page, article.id);
    await page.goto(`/articles/${article.slug}`);
    const answer = await beacon;
    expect(answer.status()).toBe(200);
    expect(await answer.json()).toEqual({ counted: true, views: before + 1 });
    await expect(page.getByRole("article").getByText(viewsText(before + 1), { exact: true })).toBeVisible();
    expect(db.viewTotal(article.id)).toBe(before + 1);

    // The visitor is known by a cookie from now on, one scripts cannot read.
    const cookie = await visitorCookie(context);
    expect(cookie?.value).toMatch(/^[a-f0-9]{32}$/);
    expect(cookie?.httpOnly).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toContain("dl_visitor");
    await expectNoSeriousA11yViolations(page);
  });

  test("reloading the article is not counted again", async () => {
    const beacon = viewBeacon(page, article.id);
    await page.reload();
    const answer = await beacon;
    expect(answer.status()).toBe(200);
    expect(await answer.json()).toEqual({ counted: false, views: before + 1 });
    await expect(page.getByRole("article").getByText(viewsText(before + 1), { exact: true })).toBeVisible();
    expect(db.viewTotal(article.id)).toBe(before + 1);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("a search engine crawler", () => {
  test("is not counted, whether it calls the counter itself or opens the page in a browser", async ({ playwright, browser }) => {
    const article = articleForTest(1);
    const before = db.viewTotal(article.id);

    const crawler = await playwright.request.newContext({ baseURL: baseURL(), userAgent: "Googlebot/2.1 (+http://www.google.com/bot.html)" });
    try {
      const answer = await crawler.post(`/api/views/${article.id}`);
      expect(answer.status()).toBe(200);
      expect(await answer.json()).toEqual({ counted: false, views: before });
      expect(db.viewTotal(article.id)).toBe(before);
    } finally {
      await crawler.dispose();
    }

    const context = await newReaderContext(browser, { userAgent: googlebotUserAgent });
    try {
      const page = await context.newPage();
      const beacon = viewBeacon(page, article.id);
      await page.goto(`/articles/${article.slug}`);
      const answer = await beacon;
      expect(await answer.json()).toEqual({ counted: false, views: before });
      await expect(page.getByRole("article").getByText(viewsText(before), { exact: true })).toBeVisible();
      expect(db.viewTotal(article.id)).toBe(before);
      // Not counted means not remembered either: no visitor cookie for a crawler.
      expect(await visitorCookie(context)).toBeUndefined();
      await expectNoSeriousA11yViolations(page);
    } finally {
      await context.close();
    }
  });
});

test.describe("a browser prefetching an article", () => {
  test("is not counted, for the counter or for the page; the reader's real visit then is", async ({ playwright }) => {
    const article = articleForTest(2);
    const before = db.viewTotal(article.id);
    const reader = await playwright.request.newContext({ baseURL: baseURL(), userAgent: uniqueReaderUserAgent() });
    try {
      const prefetchedCount = await reader.post(`/api/views/${article.id}`, { headers: { "Sec-Purpose": "prefetch" } });
      expect(prefetchedCount.status()).toBe(200);
      expect(await prefetchedCount.json()).toEqual({ counted: false, views: before });
      expect(db.viewTotal(article.id)).toBe(before);

      const prefetchedPage = await reader.get(`/articles/${article.slug}`, { headers: { "Sec-Purpose": "prefetch" } });
      expect(prefetchedPage.status()).toBe(200);
      expect(await prefetchedPage.text()).toContain(`/api/views/${article.id}/pixel`);
      expect(db.viewTotal(article.id)).toBe(before);

      // The same client without the prefetch header is a reader, and is counted: the header made the difference.
      const realVisit = await reader.post(`/api/views/${article.id}`);
      expect(await realVisit.json()).toEqual({ counted: true, views: before + 1 });
      expect(db.viewTotal(article.id)).toBe(before + 1);
    } finally {
      await reader.dispose();
    }
  });
});

test.describe("a reader without JavaScript", () => {
  test("is counted exactly once, by the no-script pixel", async ({ browser }) => {
    const article = articleForTest(3);
    const before = db.viewTotal(article.id);
    const context = await newReaderContext(browser, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const beacons: string[] = [];
      page.on("request", (r) => {
        if (r.method() === "POST" && r.url().includes("/api/views/")) beacons.push(r.url());
      });

      const pixel = viewPixel(page, article.id);
      await page.goto(`/articles/${article.slug}`);
      const answer = await pixel;
      expect(answer.status()).toBe(200);
      expect(answer.headers()["content-type"]).toBe("image/gif");
      expect(db.viewTotal(article.id)).toBe(before + 1);
      // Without a script nothing updates the server-rendered number.
      await expect(page.getByRole("article").getByText(viewsText(before), { exact: true })).toBeVisible();
      expect((await visitorCookie(context))?.value).toMatch(/^[a-f0-9]{32}$/);
      await expectNoSeriousA11yViolationsWithoutJavaScript(page);

      const pixelAgain = viewPixel(page, article.id);
      await page.reload();
      expect((await pixelAgain).status()).toBe(200);
      // The page may come from the server's page cache (up to a minute old): it shows the count as of then.
      await expect(page.getByRole("article").getByText(new RegExp(`^(${viewsText(before)}|${viewsText(before + 1)})$`))).toBeVisible();
      expect(db.viewTotal(article.id)).toBe(before + 1);
      expect(beacons).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test.describe("the view counter", () => {
  test("answers 404 for an article that does not exist", async ({ request }) => {
    const answer = await request.post("/api/views/999999");
    expect(answer.status()).toBe(404);
    expect(await answer.json()).toEqual({ error: "No published article has this id." });
    expect(db.viewTotal(999999)).toBe(0);
  });

  test("answers with the API's security headers, whether the server's beacon or Next's route answers", async ({ request }) => {
    // A session cookie, even one that names no session, sends the beacon on to Next's route (lib/server/view-beacon.ts).
    const answers = [await request.post("/api/views/999999"), await request.post("/api/views/999999", { headers: { cookie: "next-auth.session-token=none" } })];
    for (const answer of answers) {
      expect(answer.status()).toBe(404);
      const headers = answer.headers();
      expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
      expect(headers["cache-control"]).toBe("no-store");
      expect(headers["permissions-policy"]).toBeUndefined();
    }
    // Pages under /api keep a page's headers, styles allowed: next-auth's sign-out page, and the 404 of an unknown address.
    for (const path of ["/api/auth/signout", "/api/no-such-endpoint"]) {
      const page = await request.get(path);
      expect(page.headers()["content-type"], path).toContain("text/html");
      expect(page.headers()["content-security-policy"], path).toContain("style-src 'self' 'unsafe-inline'");
    }
  });

  test("does not count a draft or an article scheduled for later", async ({ request }) => {
    const hidden = db.hiddenArticles();
    // e2e/support/hidden-articles.ts adds one of each.
    expect(hidden.map((a) => a.status).sort()).toEqual(["draft", "scheduled"]);
    for (const article of hidden) {
      const before = db.viewTotal(article.id);
      const answer = await request.post(`/api/views/${article.id}`);
      expect(answer.status(), `${article.status} ${article.slug}`).toBe(404);
      expect(db.viewTotal(article.id)).toBe(before);
    }
  });
});
