import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

/** One plain GET, as a reader's first request after a change: what the page cache (or Next) answers now. */
async function readerGet(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()["x-cache"], html: await response.text() };
}

/** Requests `path` until it comes from the page cache, so that a change must reach readers through it. */
async function cached(request: APIRequestContext, path: string) {
  await expect.poll(async () => (await readerGet(request, path)).cache, { message: `${path} from memory` }).toBe("HIT");
}

/** The links of the reader site's menu and footer in a page's HTML. */
function menuAndFooterLinks(html: string) {
  const links = (part: string) => [...part.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  return {
    menu: links(/<nav aria-label="Sections"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? ""),
    footer: links(/<footer[\s\S]*?<\/footer>/.exec(html)?.[0] ?? ""),
  };
}

async function openPageEditor(page: Page, title: string) {
  await page.goto("/dashboard/pages");
  await page.getByRole("link", { name: `${title} (edit)`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit page: ${title}`);
}

test("an editor writes a page of the site's own: readers get it at its address, in the menu and footer at once, until it is deleted", async ({ page, browser, request }) => {
  const stamp = Date.now();
  const title = `Corrections policy ${stamp}`;
  const slug = `corrections-policy-${stamp}`;
  await signIn(page, "editor");
  await page.goto("/dashboard/pages");
  await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Pages" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "About us (edit)", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await cached(request, "/");
  await page.getByRole("link", { name: "New page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New page");
  // An address the site uses for something else is refused beside the field, and what was typed stays.
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Address").fill("search");
  await page.getByLabel("Body", { exact: true }).fill("## How we correct\n\nWhen we get something wrong, we fix it and say so at the end of the story.");
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page.getByText("The site uses /search for something else. Choose another address, such as search-us.")).toBeVisible();
  await expect(page.getByLabel("Address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.locator(".markdown-editor__preview").getByRole("heading", { name: "How we correct" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Left empty, the address is made from the title.
  await page.getByLabel("Address").fill("");
  await page.getByLabel("Order in the footer").fill("5");
  await page.getByLabel("Also in the site's menu, after the sections").check();
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page).toHaveURL(/\/dashboard\/pages\/\d+\?created=1$/);
  await expect(page.getByRole("status")).toHaveText(`Created. Readers see it at /${slug}, and it is listed in the site's footer.`);
  await expect(page.getByLabel("Address")).toHaveValue(slug);

  const home = await readerGet(request, "/");
  expect(home.cache, "the first GET of / after the page was created").not.toBe("HIT");
  expect(menuAndFooterLinks(home.html)).toEqual({ menu: expect.arrayContaining(["/about", `/${slug}`]), footer: ["/about", `/${slug}`] });

  const readers = await browser.newContext();
  try {
    const reader = await readers.newPage();
    const answer = await reader.goto(`/${slug}`);
    expect(answer?.status()).toBe(200);
    // The reader pages' content security policy, as on every first-level address but the staff's two.
    const policy = (await request.get("/about")).headers()["content-security-policy"];
    expect(policy).toContain("script-src 'self'");
    expect(answer?.headers()["content-security-policy"]).toBe(policy);
    expect((await request.get("/login-help")).headers()["content-security-policy"]).toBe(policy);
    await expect(reader).toHaveTitle(`${title} | Dateline`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(reader.getByRole("heading", { level: 2, name: "How we correct" })).toBeVisible();
    await expect(reader.getByRole("navigation", { name: "About the site" }).getByRole("link", { name: title })).toHaveAttribute("href", `/${slug}`);
    await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/${slug}$`));
    await expectNoSeriousA11yViolations(reader);

    // An edit shows at the next request, through the page cache.
    await cached(request, `/${slug}`);
    await page.getByLabel("Body", { exact: true }).fill("## How we correct\n\nWe fix errors and add a note saying what changed, and when.");
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status")).toHaveText(`Saved. Readers see it at /${slug} now.`);
    const edited = await readerGet(request, `/${slug}`);
    expect(edited.cache, "the first GET after the edit").toBe("MISS");
    expect(edited.html).toContain("We fix errors and add a note saying what changed, and when.");

    // A new address: links to the old one, and addresses typed with capitals, lead readers to it.
    const moved = `${slug}-v2`;
    await page.getByLabel("Address").fill(moved);
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status")).toHaveText(`Saved. Readers see it at /${moved} now.`);
    for (const [old, query] of [[`/${slug}`, ""], [`/${moved.toUpperCase()}`, "?utm_source=newsletter&utm_source=again"]]) {
      const answer = await request.get(old + query, { maxRedirects: 0 });
      expect([answer.status(), answer.headers()["location"]], old).toEqual([308, `/${moved}${query}`]);
    }
    await reader.goto(`/${slug}`);
    await expect(reader).toHaveURL(new RegExp(`/${moved}$`));
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);

    // Deleting asks first; then the address answers 404 and the links go.
    await page.getByRole("link", { name: "Delete this page" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Delete the page “${title}”? This cannot be undone.`);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Delete for good" }).click();
    await expect(page).toHaveURL(/\/dashboard\/pages\?deleted=\d+$/);
    await expect(page.getByRole("status")).toHaveText(`Deleted the page “${title}”.`);
    // The old address goes with it.
    for (const gone of [`/${moved}`, `/${slug}`]) {
      expect((await reader.goto(gone))?.status(), gone).toBe(404);
      await expect(reader.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    }
    expect(menuAndFooterLinks((await readerGet(request, "/")).html).footer).toEqual(["/about"]);
  } finally {
    await readers.close();
  }
});

test("a draft page stays the newsroom's until it is published", async ({ page, request }) => {
  const stamp = Date.now();
  const title = `Newsletter ${stamp}`;
  const slug = `newsletter-${stamp}`;
  await signIn(page, "editor");
  await page.goto("/dashboard/pages/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Body", { exact: true }).fill("Sign up for the morning briefing.");
  await expect(page.getByLabel("Published")).toBeChecked();
  await page.getByLabel("Also in the site's menu, after the sections").check();
  await page.getByLabel("Published").uncheck();
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page.getByRole("status")).toHaveText("Created as a draft: readers cannot see it until it is published.");
  await expect(page.getByText("A draft: not on the site yet")).toBeVisible();
  // Its only view before it is published: the preview, as readers will see it.
  await page.getByRole("link", { name: "Preview it" }).click();
  await expect(page.getByRole("note")).toContainText("Preview — not published");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".preview-page")).toContainText("Sign up for the morning briefing.");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit page: ${title}`);
  expect((await readerGet(request, `/${slug}`)).status).toBe(404);
  const whileDraft = menuAndFooterLinks((await readerGet(request, "/")).html);
  expect([whileDraft.menu, whileDraft.footer]).not.toContainEqual(expect.arrayContaining([`/${slug}`]));

  try {
    await page.goto("/dashboard/pages");
    await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("draft");
    await expectNoSeriousA11yViolations(page);

    // A second editor's tab, opened before the save below: its save would undo that one.
    const stale = await page.context().newPage();
    await openPageEditor(stale, title);
    await openPageEditor(page, title);
    await page.getByLabel("Published").check();
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status")).toHaveText(`Saved. Readers see it at /${slug} now.`);
    await stale.getByLabel("Body", { exact: true }).fill("Words from an older copy.");
    await stale.getByRole("button", { name: "Save page" }).click();
    await expect(stale.locator(".form__error")).toContainText(/^Not saved: .+ saved this page on /);
    await expect(stale.getByLabel("Body", { exact: true })).toHaveValue("Words from an older copy.");
    await stale.close();
    // The form's own saves follow one another: each refreshes what it last saw.
    await page.getByLabel("Body", { exact: true }).fill("Sign up for the morning briefing, every weekday.");
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status")).toHaveText(`Saved. Readers see it at /${slug} now.`);
    const published = await readerGet(request, `/${slug}`);
    expect(published.status).toBe(200);
    expect(published.html).toContain("Sign up for the morning briefing, every weekday.");
    const once = menuAndFooterLinks((await readerGet(request, "/")).html);
    expect([once.menu, once.footer]).toEqual([expect.arrayContaining([`/${slug}`]), expect.arrayContaining([`/${slug}`])]);
  } finally {
    // Other tests count the footer's links.
    await openPageEditor(page, title);
    await page.getByRole("link", { name: "Delete this page" }).click();
    await page.getByRole("button", { name: "Delete for good" }).click();
    await expect(page.getByRole("status")).toHaveText(`Deleted the page “${title}”.`);
  }
});

test("the About page is edited like any other page, and readers see the change at once", async ({ page, request }) => {
  await signIn(page, "admin");
  await openPageEditor(page, "About us");
  const body = page.getByLabel("Body", { exact: true });
  const original = await body.inputValue();
  await cached(request, "/about");
  const added = `Our newsroom is open to visitors on the first Monday of each month (${Date.now()}).`;
  try {
    await body.fill(`${original}\n\n${added}`);
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved. Readers see it at /about now.");
    const about = await readerGet(request, "/about");
    expect(about.cache, "the first GET of /about after the edit").toBe("MISS");
    expect(about.html).toContain(added);
  } finally {
    await openPageEditor(page, "About us");
    await page.getByLabel("Body", { exact: true }).fill(original);
    await page.getByRole("button", { name: "Save page" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved. Readers see it at /about now.");
  }
});
