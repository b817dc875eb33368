import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import * as db from "./support/db";
import { expectNoHorizontalScroll } from "./support/page";

test.describe("a reader finds articles", () => {
  test("searches from the header and sees highlighted, counted results", async ({ page }) => {
    await page.goto("/");
    const lead = db.leadStory();
    // The lead's rarest-looking title word: the longest one.
    const word = lead.title.split(/\W+/).sort((a, b) => b.length - a.length)[0];
    await page.getByRole("search").first().getByRole("searchbox").fill(word);
    await page.getByRole("search").first().getByRole("searchbox").press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
    await expect(page.getByRole("status")).toHaveText(new RegExp(`^\\d+ results? for “${word}”$`));
    const titles = page.locator(".search-results h2");
    await expect(titles.filter({ hasText: lead.title })).toHaveCount(1);
    await expect(page.locator(".search-results mark").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await titles.filter({ hasText: lead.title }).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lead.title);
  });

  test("finds the site's own pages too, above the articles", async ({ page }) => {
    await page.goto("/search?q=moderators");
    const pages = page.getByRole("region", { name: "Site pages" });
    await expect(pages.getByRole("heading", { level: 3 })).toHaveText(["About us"]);
    // The word is marked where the page's text holds it, stemmed as in the articles' results.
    await expect(pages.locator("mark")).toHaveText(["moderator"]);
    await expect(page.getByRole("status")).toHaveText(/^\d+ results? for “moderators”$/);
    await expectNoSeriousA11yViolations(page);
    await pages.getByRole("link", { name: "About us" }).click();
    await expect(page).toHaveURL(/\/about$/);
    // Past the last page of results, as on every listing.
    expect((await page.goto("/search?q=moderators&page=2"))?.status()).toBe(404);
  });

  test("never sees drafts or scheduled articles in results", async ({ page }) => {
    await page.goto("/search?q=Embargoed");
    await expect(page.getByRole("status")).toHaveText("No results for “Embargoed”. Try fewer or different words.");
  });

  for (const q of ['"((', "*", "🐟", "NEAR(", "x".repeat(2000)]) {
    test(`gets an answer, not an error, for ${JSON.stringify(q.slice(0, 12))}`, async ({ page }) => {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    });
  }

  test("searching for a pasted address on a phone keeps the page within the screen", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const address = "https://www.portalder.example/budget/2026/draft-library-hours-and-reading-room-plans";
    await page.goto(`/search?q=${encodeURIComponent(address)}`);
    await expect(page.getByRole("status")).toContainText(address);
    await expectNoHorizontalScroll(page, 320);
  });

  test("searches with JavaScript off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("search").first().getByRole("searchbox").fill("harbour");
    await page.getByRole("search").first().getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=harbour/);
    await expect(page.locator(".search-results li").first()).toBeVisible();
    await context.close();
  });

  test("follows the site's and a section's feed links", async ({ page, request }) => {
    await page.goto("/");
    const rss = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute("href");
    const atom = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
    expect(new URL(rss!, page.url()).pathname).toBe("/feed.xml");
    expect(new URL(atom!, page.url()).pathname).toBe("/atom.xml");
    const siteFeed = await request.get(rss!);
    expect(siteFeed.headers()["content-type"]).toContain("application/rss+xml");
    expect(await siteFeed.text()).toContain(db.leadStory().title.replace(/&/g, "&amp;"));

    // A section names its own feeds first, then the site's, which every reader page names.
    const category = db.categories()[0];
    await page.goto(`/category/${category.slug}`);
    const atomFeeds = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(atomFeeds).toHaveCount(2);
    expect(new URL((await atomFeeds.nth(1).getAttribute("href"))!, page.url()).pathname).toBe("/atom.xml");
    const sectionFeed = await atomFeeds.first().getAttribute("href");
    expect(new URL(sectionFeed!, page.url()).pathname).toBe(`/category/${category.slug}/atom.xml`);
    const xml = await (await request.get(sectionFeed!)).text();
    const inSection = db.articlesInCategory(category.slug).map((a) => a.slug);
    const linked = [...xml.matchAll(/\/articles\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((slug) => inSection.includes(slug))).toBe(true);

    await page.goto(`/articles/${db.leadStory().slug}`);
    expect(new URL((await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute("href"))!, page.url()).pathname).toBe("/feed.xml");
  });

  test("keeps a feed subscription, a later page or a search made at WordPress's addresses", async ({ request }) => {
    const category = db.categories()[0];
    for (const [from, to] of [
      ["/feed", "/feed.xml"],
      ["/feed/rss2", "/feed.xml"],
      ["/feed/atom", "/atom.xml"],
      [`/category/${category.slug}/feed`, `/category/${category.slug}/feed.xml`],
      [`/category/${category.slug}/feed/rss2`, `/category/${category.slug}/feed.xml`],
      [`/category/${category.slug}/feed/atom`, `/category/${category.slug}/atom.xml`],
      ["/page/2", "/?page=2"],
      [`/category/${category.slug}/page/2`, `/category/${category.slug}?page=2`],
      ["/?s=harbour", "/search?q=harbour"],
    ]) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      // Next passes the old query on too (?s= stays beside ?q=): what matters is the page and its own parameter.
      const location = new URL(response.headers().location, "http://localhost");
      const [path, parameter] = to.split("?");
      expect(location.pathname, from).toBe(path);
      if (parameter) expect(location.searchParams.get(parameter.split("=")[0]), from).toBe(parameter.split("=")[1]);
    }
    expect((await request.get("/feed")).headers()["content-type"]).toContain("application/rss+xml");
  });

  test("polls the feed as a feed reader does: 304 with no body while its copy is current", async ({ request }) => {
    // The first GET may render the feed; the second comes from the page cache, which tags what it sends.
    await request.get("/feed.xml");
    const first = await request.get("/feed.xml");
    const etag = first.headers()["etag"];
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request.get("/feed.xml", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    expect(again.headers()["etag"]).toBe(etag);
    const other = await request.get("/feed.xml", { headers: { "If-None-Match": '"an-older-copy"' } });
    expect(other.status()).toBe(200);
    expect(await other.text()).toContain("<rss");
  });

  test("follows an address typed or shared with capitals to its lowercase page, query kept", async ({ page, request }) => {
    const lead = db.leadStory();
    const tag = db.tagsOfArticle(lead.id)[0];
    const capitalised = (slug: string) => slug.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
    for (const path of [`/articles/${lead.slug}`, `/category/${lead.categorySlug}?page=1`, `/tag/${tag.slug}`, `/author/${lead.authorSlug}/feed.xml`]) {
      const [pathname, query] = path.split("?");
      const typed = pathname.replace(/^(\/[a-z]+\/)([^/]+)/, (_, prefix: string, slug: string) => prefix + capitalised(slug)) + (query ? `?${query}` : "");
      expect(typed, path).not.toBe(path);
      const response = await request.get(typed, { maxRedirects: 0 });
      expect(response.status(), typed).toBe(301);
      const location = new URL(response.headers().location, "http://localhost");
      expect(location.pathname + location.search, typed).toBe(path);
    }
    // Archives pass through the same check, and stay reader pages: no staff page's per-request nonce.
    for (const path of [`/category/${lead.categorySlug}`, `/tag/${tag.slug}`]) {
      const policy = (await request.get(path)).headers()["content-security-policy"];
      expect(policy, path).toContain("script-src 'self' 'unsafe-inline'");
      expect(policy, path).not.toContain("nonce-");
    }
    await page.goto(`/articles/${capitalised(lead.slug)}`);
    await expect(page).toHaveURL(new RegExp(`/articles/${lead.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lead.title);
  });

  test("listens with the keyboard: Listen, Pause and Resume keep the focus on the control", async ({ page }) => {
    // Headless Chromium may have no voice: a stand-in speech synthesis that has one and says nothing.
    await page.addInitScript(() => {
      const quiet = { getVoices: () => [{ name: "Stand-in" }], speak() {}, pause() {}, resume() {}, cancel() {}, addEventListener() {} };
      Object.defineProperty(window, "speechSynthesis", { value: quiet, configurable: true });
    });
    await page.goto(`/articles/${db.leadStory().slug}`);
    const listen = page.getByRole("group", { name: "Listen to this article" });
    await listen.getByRole("button", { name: "▶ Listen to this article" }).focus();
    await page.keyboard.press("Enter");
    await expect(listen.getByRole("button", { name: "❚❚ Pause" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(listen.getByRole("button", { name: "▶ Resume" })).toBeFocused();
  });

  test("gets an article page with sharing tags, structured data, reading time and a listen control", async ({ page }) => {
    const article = db.visibleArticles().find((a) => !a.sourceUrl)!;
    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", article.title);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/media\/|\/og\//);
    await expect(page.locator('meta[property="article:author"]')).toHaveAttribute("content", `http://localhost:${new URL(page.url()).port}/author/${article.authorSlug}`);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const types = jsonLd.map((text) => JSON.parse(text)["@type"]);
    expect(types).toEqual(["NewsArticle", "BreadcrumbList"]);
    expect(JSON.parse(jsonLd[0]).headline).toBe(article.title.slice(0, 110));
    await expect(page.getByText(/^\d+ min read$/)).toBeVisible();
    // Headless Chromium has speech synthesis but may have no voice: then the control says so instead of offering to play.
    const listen = page.getByRole("group", { name: "Listen to this article" });
    await expect(listen).toBeVisible();
    await expect(listen.getByRole("button", { name: /Listen to this article/ }).or(listen.getByText(/no voice installed/))).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Related articles" }).getByRole("link").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
