import fs from "node:fs";
import { expect, test, type Locator, type Route } from "@playwright/test";
import { signIn, staffRecord } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import * as db from "./support/db";
import { deleteArticle, editorNotice, expectedSlug, fillArticle, gradientPng, openNewArticle, savedArticleId, uniqueTitle } from "./support/editor";
import { expectAllImagesLoaded, expectNoHorizontalScroll, saveScreen } from "./support/page";
import { newReaderContext } from "./support/readers";

/** Loads the image even if it is lazy and below the fold, and answers its natural width (0 when broken). */
async function naturalWidth(image: Locator): Promise<number> {
  await image.scrollIntoViewIfNeeded();
  return image.evaluate(async (img: HTMLImageElement) => {
    img.loading = "eager";
    await img.decode().catch(() => undefined);
    return img.naturalWidth;
  });
}

test("an editor writes an article with pictures, saves a draft, previews it and publishes it for readers", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const editor = await signIn(page, "editor");
  const author = staffRecord(editor.email);
  const section = db.categories().find((c) => c.slug !== "city") ?? db.categories()[0];
  const title = uniqueTitle("Night ferry returns to the north quay");
  const slug = expectedSlug(title);
  const subheading = "What changes for passengers";
  const quote = "We kept the lights on for this crossing for forty years.";
  const listItems = ["Departures at 21:40 and 23:10", "Bicycles travel free", "Tickets on board only"];
  const body = [
    "The harbour board voted on Tuesday to bring back the night crossing after a two-year pause.",
    "",
    `## ${subheading}`,
    "",
    `> ${quote}`,
    "",
    ...listItems.map((item) => `- ${item}`),
    "",
  ].join("\n");
  const caption = "The night ferry at the north quay, before its last crossing in 2024.";
  const alt = "A white ferry lit up at a quay under a violet evening sky";
  const bodyImageAlt = "Passengers queuing on the quay with bicycles";

  // The editor.
  await openNewArticle(page);
  await expectNoSeriousA11yViolations(page);
  await fillArticle(page, { title, excerpt: "The harbour board brings back the late crossing to the islands.", body, section: section.name, tags: "e2e-tag, Harbour" });

  // Hero image: a real 1600×900 PNG through the hero field's upload.
  const heroFile = await gradientPng("hero.png", 1600, 900, "#1d3557", "#e76f51");
  const hero = page.getByRole("group", { name: "Hero image" });
  await hero.getByLabel("Upload image", { exact: true }).setInputFiles(heroFile);
  const heroPreview = hero.getByRole("img");
  await expect(heroPreview).toBeVisible();
  await expect(heroPreview).toHaveAttribute("src", /^\/media\/[a-z0-9]+\/640$/);
  await expect.poll(() => naturalWidth(heroPreview)).toBeGreaterThan(0);
  const heroImageId = /^\/media\/([a-z0-9]+)\/640$/.exec((await heroPreview.getAttribute("src"))!)![1];
  // Served at the widths pages ask for, each kept a year by browsers; any other spelling of a width is not found.
  for (const width of ["640", "1280", "1920"]) expect((await page.request.get(`/media/${heroImageId}/${width}`)).status(), width).toBe(200);
  for (const width of ["1e3", "0x280", "99999999", "641"]) expect((await page.request.get(`/media/${heroImageId}/${width}`)).status(), width).toBe(404);
  await expect(hero.getByLabel("Replace image", { exact: true })).toBeAttached();
  await hero.getByLabel("Alt text", { exact: true }).fill(alt);
  await hero.getByLabel("Caption", { exact: true }).fill(caption);
  await expect(heroPreview).toHaveAccessibleName(`Hero image: ${alt}`);

  // A second picture, inserted into the body, whose placeholder text the editor then replaces with a description.
  const bodyFile = await gradientPng("body.png", 1200, 800, "#2a9d8f", "#f4a261");
  const bodyField = page.getByLabel("Body", { exact: true });
  await page.getByLabel("Insert image", { exact: true }).setInputFiles(bodyFile);
  await expect(bodyField).toHaveValue(/!\[alt text\]\(\/media\/[a-z0-9]+\)\n$/);
  const withImage = await bodyField.inputValue();
  const bodyImageId = /!\[alt text\]\(\/media\/([a-z0-9]+)\)/.exec(withImage)![1];
  expect(bodyImageId).not.toBe(heroImageId);
  expect(withImage.startsWith(body.trimEnd())).toBe(true);
  await bodyField.fill(withImage.replace("![alt text]", `![${bodyImageAlt}]`));

  // The live preview comes from the server's renderer.
  const preview = page.getByRole("region", { name: "Preview", exact: true });
  await expect(preview.getByRole("heading", { level: 2, name: subheading, exact: true })).toBeVisible();
  await expect(preview.getByRole("blockquote")).toHaveText(quote);
  await expect(preview.getByRole("listitem")).toHaveText(listItems);
  const previewImage = preview.getByRole("img", { name: bodyImageAlt, exact: true });
  await expect(previewImage).toHaveAttribute("src", `/media/${bodyImageId}/1280`);
  await expect.poll(() => naturalWidth(previewImage)).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);

  // Save draft: the editor comes back as the article's edit page, and the database has a draft.
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  const id = await savedArticleId(page, "created");
  await expect(editorNotice(page)).toHaveText("Article created as a draft.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit “${title}”`);
  await expect(page.getByLabel("Slug", { exact: true })).toHaveValue(slug);
  await expect(page.getByRole("group", { name: "Hero image" }).getByRole("img", { name: `Hero image: ${alt}` })).toBeVisible();
  const draft = db.articleState(id);
  expect(draft).toMatchObject({ slug, title, status: "draft", publishedAt: null, heroImageId, authorId: author.id, categorySlug: section.slug });
  expect(draft.bodyMarkdown).toContain(`![${bodyImageAlt}](/media/${bodyImageId})`);
  expect(db.tagsOfArticle(id).map((t) => t.name)).toEqual(["Harbour", "e2e-tag"]);
  await expectNoSeriousA11yViolations(page);

  // Readers cannot see a draft.
  const reader = await newReaderContext(browser);
  try {
    const readerPage = await reader.newPage();
    const response = await readerPage.goto(`/articles/${slug}`);
    expect(response?.status()).toBe(404);
  } finally {
    await reader.close();
  }

  // Preview: the article as readers will get it, from the public components.
  await page.getByRole("link", { name: "Preview", exact: true }).click();
  await page.waitForURL((url) => url.pathname === `/dashboard/articles/${id}/preview`);
  await expect(page.getByRole("note")).toContainText("Preview — not published");
  const previewed = page.locator(".preview-page").getByRole("article");
  await expect(previewed.getByRole("heading", { level: 1 })).toHaveText(title);
  const fontSize = (heading: Locator) => heading.evaluate((h) => getComputedStyle(h).fontSize);
  const previewTitleSize = await fontSize(previewed.getByRole("heading", { level: 1 }));
  const previewHero = previewed.getByRole("figure").filter({ has: page.getByRole("img", { name: alt, exact: true }) });
  await expect(previewHero.getByRole("img")).toBeVisible();
  await expect(previewHero.locator("figcaption")).toHaveText(caption);
  await expect(previewed.getByRole("heading", { level: 2, name: subheading, exact: true })).toBeVisible();
  await expect(previewed.getByRole("blockquote")).toHaveText(quote);
  await expect(previewed.locator(".article-body").getByRole("listitem")).toHaveText(listItems);
  await expect(previewed.getByRole("img", { name: bodyImageAlt, exact: true })).toBeAttached();
  await expect(previewed.getByRole("complementary", { name: "About the author" }).getByRole("link", { name: author.name, exact: true })).toBeVisible();
  await expectAllImagesLoaded(page);
  await expectNoSeriousA11yViolations(page);

  // Publish now.
  await page.getByRole("link", { name: "Back to the editor", exact: true }).click();
  await page.waitForURL((url) => url.pathname === `/dashboard/articles/${id}/edit`);
  await page.getByRole("button", { name: "Publish now", exact: true }).click();
  await savedArticleId(page, "publish");
  await expect(editorNotice(page)).toHaveText("Published: readers can see it now.");
  await expect(page.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "View on site", exact: true })).toHaveAttribute("href", `/articles/${slug}`);
  await expectNoSeriousA11yViolations(page);
  const published = db.articleState(id);
  expect(published.status).toBe("published");
  expect(published.publishedAt).not.toBeNull();
  expect(published.publishedAt!).toBeLessThanOrEqual(Date.now());
  const tags = db.tagsOfArticle(id);

  // A signed-out reader sees it.
  const context = await newReaderContext(browser);
  try {
    const readerPage = await context.newPage();
    const response = await readerPage.goto(`/articles/${slug}`);
    expect(response?.status()).toBe(200);
    const story = readerPage.getByRole("article");
    await expect(story.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(readerPage).toHaveTitle(`${title} | Dateline`);
    // The preview showed the title at the size readers get (the browser windows are the same size).
    expect(await fontSize(story.getByRole("heading", { level: 1 }))).toBe(previewTitleSize);

    const heroFigure = story.getByRole("figure").filter({ has: readerPage.getByRole("img", { name: alt, exact: true }) });
    const heroImage = heroFigure.getByRole("img", { name: alt, exact: true });
    await expect(heroImage).toBeVisible();
    const heroSrc = await heroImage.getAttribute("src");
    expect(heroSrc).toMatch(new RegExp(`^/media/${heroImageId}/\\d+$`));
    const heroAnswer = await context.request.get(heroSrc!);
    expect(heroAnswer.status()).toBe(200);
    expect(heroAnswer.headers()["content-type"]).toBe("image/webp");
    expect(await naturalWidth(heroImage)).toBeGreaterThan(0);
    await expect(heroFigure.locator("figcaption")).toHaveText(caption);

    const articleBody = story.locator(".article-body");
    await expect(articleBody.getByRole("heading", { level: 2 })).toHaveText([subheading]);
    await expect(articleBody.getByRole("blockquote")).toHaveText(quote);
    await expect(articleBody.getByRole("list").getByRole("listitem")).toHaveText(listItems);
    const bodyImage = articleBody.getByRole("img", { name: bodyImageAlt, exact: true });
    await expect(bodyImage).toHaveAttribute("src", `/media/${bodyImageId}/1280`);
    expect(await naturalWidth(bodyImage)).toBeGreaterThan(0);

    const authorBox = story.getByRole("complementary", { name: "About the author" });
    await expect(authorBox.getByRole("link", { name: author.name, exact: true })).toHaveAttribute("href", `/author/${author.slug}`);

    await expect(story.getByText("Tagged with:", { exact: true })).toBeVisible();
    const tagLinks = story.getByRole("navigation", { name: "Tags" }).getByRole("link");
    await expect(tagLinks).toHaveText(tags.map((t) => t.name));
    expect(tags.map((t) => t.name)).toEqual(expect.arrayContaining(["e2e-tag", "Harbour"]));
    for (const [i, tag] of tags.entries()) await expect(tagLinks.nth(i)).toHaveAttribute("href", `/tag/${tag.slug}`);
    await expectAllImagesLoaded(readerPage);
    await expectNoSeriousA11yViolations(readerPage);

    // Newest in its section: first on the section's page.
    expect(db.articlesInCategory(section.slug)[0]?.id).toBe(id);
    await readerPage.goto(`/category/${section.slug}`);
    await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(section.name);
    await expect(readerPage.getByRole("main").getByRole("heading", { level: 2 }).first()).toHaveText(title);
    await expect(readerPage.getByRole("main").getByRole("link", { name: title, exact: true }).first()).toHaveAttribute("href", `/articles/${slug}`);
    await expectNoSeriousA11yViolations(readerPage);
  } finally {
    await context.close();
  }
});

test("a picture from another site shows in the editor's preview and to readers when its address is https, and an http one is refused", async ({ page, browser }) => {
  // The picture's host is played by the test: Chromium asks for it, the page's content security policy permitting.
  const png = fs.readFileSync(await gradientPng("remote.png", 800, 450, "#264653", "#e9c46a"));
  const serveRemote = (route: Route) => route.fulfill({ status: 200, contentType: "image/png", body: png });
  const remote = "https://images.example/quay-at-dusk.png";
  const alt = "The quay at dusk, from the photographer's own site";
  await signIn(page, "editor");
  await page.route("https://images.example/**", serveRemote);

  await openNewArticle(page);
  const title = uniqueTitle("Quay lights switched to amber");
  await fillArticle(page, { title, excerpt: "Amber lamps along the quay.", body: `The lamps changed overnight.\n\n![${alt}](${remote.replace("https:", "http:")})\n`, section: db.categories()[0].name });
  await page.getByRole("button", { name: "Publish now", exact: true }).click();
  await expect(page.getByText(/needs an https:\/\/ address/)).toBeVisible();
  await expect(page.getByLabel("Body", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Body", { exact: true }).fill(`The lamps changed overnight.\n\n![${alt}](${remote})\n`);
  const previewImage = page.getByRole("region", { name: "Preview", exact: true }).getByRole("img", { name: alt, exact: true });
  await expect.poll(() => naturalWidth(previewImage)).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Publish now", exact: true }).click();
  const id = await savedArticleId(page, "publish");

  const context = await newReaderContext(browser);
  try {
    const readerPage = await context.newPage();
    await readerPage.route("https://images.example/**", serveRemote);
    await readerPage.goto(`/articles/${expectedSlug(title)}`);
    const image = readerPage.locator(".article-body").getByRole("img", { name: alt, exact: true });
    await expect(image).toHaveAttribute("src", remote);
    expect(await naturalWidth(image)).toBeGreaterThan(0);
  } finally {
    await context.close();
  }
  await deleteArticle(page, id, title);
});

test("an uploaded picture goes into the body where the cursor is, its description selected to type over", async ({ page }) => {
  await signIn(page, "editor");
  await openNewArticle(page);
  const body = page.getByLabel("Body", { exact: true });
  await body.fill("The first paragraph.\n\nThe second paragraph.");
  await body.press("Control+Home");
  await body.press("End");
  await page.getByLabel("Insert image", { exact: true }).setInputFiles(await gradientPng("inline.png", 900, 600, "#6d597a", "#eaac8b"));
  await expect(body).toHaveValue(/^The first paragraph\.\n\n!\[alt text\]\(\/media\/[a-z0-9]+\)\n\nThe second paragraph\.$/);
  await expect(body).toBeFocused();
  await expect.poll(() => body.evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd))).toBe("alt text");
  await page.keyboard.type("Lamps along the quay");
  await expect(body).toHaveValue(/^The first paragraph\.\n\n!\[Lamps along the quay\]\(\/media\/[a-z0-9]+\)\n\nThe second paragraph\.$/);
  await expectNoSeriousA11yViolations(page);
});

test("saving while the hero image is still uploading is held back until it has arrived, so the article keeps its picture", async ({ page }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Ferry timetable changes");
  await openNewArticle(page);
  await fillArticle(page, { title, excerpt: "New sailing times from Monday.", body: "The ferry leaves earlier.", section: "City" });
  // The upload takes its time, as a large photo on a slow connection does.
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/uploads", async (route) => {
    await arrived;
    await route.continue();
  });
  await page.locator(".hero-field input[type=file]").setInputFiles(await gradientPng("ferry.png", 800, 500, "#264653", "#2a9d8f"));
  await expect(page.getByRole("progressbar", { name: "Upload progress" })).toBeVisible();
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  const formAlert = page.locator(".article-form").getByRole("alert");
  await expect(formAlert).toHaveText("Not saved yet: an image is still uploading. Save again once it has finished.");
  expect(page.url()).toMatch(/\/dashboard\/articles\/new$/);

  release();
  await expect(page.getByRole("group", { name: "Hero image" }).getByRole("img")).toBeVisible();
  await expect(formAlert).toHaveCount(0);
  await page.getByLabel("Alt text", { exact: true }).fill("The ferry at the quay");
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  const id = await savedArticleId(page, "created");
  expect(db.articleState(id).heroImageId).toMatch(/^[a-z0-9]+$/);
  await deleteArticle(page, id, title);
});

test("a long code line, address, word and table in the body, and a long word in the title, scroll or wrap inside the article on a phone", async ({ page, browser }) => {
  await signIn(page, "editor");
  const title = uniqueTitle("Tide table for the Portalderharbourtidegaugesoundingsstation");
  const longLine = `const soundings = [${Array.from({ length: 30 }, (_, i) => (i * 1.25).toFixed(2)).join(", ")}];`;
  await openNewArticle(page);
  await fillArticle(page, {
    title,
    excerpt: "The harbour master's tide table, as the survey records it.",
    body: [
      "The survey's raw figures:",
      "```\n" + longLine + "\n```",
      `Its source: https://survey.example/port-alder/${"soundings-".repeat(12)}2026.csv`,
      `The word on the chart: ${"Portalderharbourtidegauge".repeat(4)}.`,
      "| Time | Height (m) | Time | Height (m) | Time | Height (m) | Time | Height (m) |\n| - | - | - | - | - | - | - | - |\n| 04:12 | 3.81 | 10:27 | 0.64 | 16:40 | 3.92 | 22:55 | 0.58 |",
    ].join("\n\n"),
    section: "City",
  });
  await page.getByRole("button", { name: "Publish now", exact: true }).click();
  const id = await savedArticleId(page, "publish");

  const reader = await newReaderContext(browser, { viewport: { width: 320, height: 640 } });
  try {
    const phone = await reader.newPage();
    await phone.goto(`/articles/${expectedSlug(title)}`);
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText(title);
    await expectNoHorizontalScroll(phone, 320);
    await saveScreen(phone, "article-with-code-and-table-320");
    // The code and the table scroll in their own boxes, which the keyboard can reach.
    for (const box of [phone.locator(".article-body pre"), phone.locator(".article-body table")]) {
      expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await expect(box).toHaveAttribute("tabindex", "0");
    }
    await expectNoSeriousA11yViolations(phone);
  } finally {
    await reader.close();
  }
  await deleteArticle(page, id, title);
});
