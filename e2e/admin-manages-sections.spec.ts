import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectArchiveMoved } from "./support/archives";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import * as db from "./support/db";
import { deleteArticle, publishNewArticle, uniqueTitle } from "./support/editor";

/** The site menu of the home page as a reader gets it now: one plain GET, no retrying. */
async function menuLinks(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get("/")).text();
  const nav = /<nav aria-label="Sections"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
}

async function openSection(page: Page, name: string) {
  await page.goto("/dashboard/sections");
  await page.getByRole("link", { name: `${name} (edit)`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit section: ${name}`);
}

test("an admin adds a section, moves its address and deletes it with its article: readers follow every step", async ({ page, request }) => {
  const stamp = Date.now();
  const name = `Night Desk ${stamp}`;
  const slug = `night-desk-${stamp}`;
  const target = db.categories()[0];
  await signIn(page, "admin");
  await page.goto("/dashboard/sections");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sections");
  await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Sections" })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(page);

  // A name another section has is refused beside the field, and what was typed stays.
  const newForm = page.locator(".sections-page__new");
  await newForm.getByLabel("Name").fill(target.name.toUpperCase());
  await newForm.getByRole("button", { name: "Create section" }).click();
  await expect(newForm.getByRole("alert")).toHaveText("Please correct the fields marked below.");
  await expect(newForm.getByText(`There is already a section called ${target.name}. Choose another name.`)).toBeVisible();
  await expect(newForm.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(newForm.getByLabel("Address"), "the address made from the name is not shown as typed").toHaveValue("");
  await expectNoSeriousA11yViolations(page);

  await newForm.getByLabel("Name").fill(name);
  await newForm.getByLabel("Description (optional)").fill("Stories filed after dark.");
  await newForm.getByRole("button", { name: "Create section" }).click();
  await expect(newForm.getByRole("status")).toHaveText(`Created ${name}, at /category/${slug}. It is in the site's menu now.`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `${name} (edit)` }) });
  await expect(row.getByRole("cell")).toHaveText([`/category/${slug}`, "Stories filed after dark.", "0", "0", `Up ${name}`]);
  const sectionPage = await (await request.get(`/category/${slug}`)).text();
  expect(sectionPage).toContain(`<h1>${name}</h1>`);

  // Last in the menu when made; a place up, it comes before the section that was last (the home page just read, and
  // so kept in memory, shows the new order at the next GET).
  const sectionsInMenu = async () => (await menuLinks(request)).filter((link) => link.startsWith("/category/"));
  const before = await sectionsInMenu();
  expect(before.at(-1)).toBe(`/category/${slug}`);
  await row.getByRole("button", { name: `Up ${name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Moved up in the site's menu.");
  expect(await sectionsInMenu()).toEqual([...before.slice(0, -2), before.at(-1), before.at(-2)]);
  await expect(page.getByRole("rowheader").nth(-2)).toHaveText(`${name} (edit)`);
  await expectNoSeriousA11yViolations(page);

  // A new address: the old one, its later pages and its feed lead to it.
  await openSection(page, name);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Address").fill(`${slug}-late`);
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. Readers see the change at once.");
  await expectArchiveMoved(request, "category", slug, `${slug}-late`);
  expect(await menuLinks(request)).toContain(`/category/${slug}-late`);

  const title = uniqueTitle("Night ferry keeps its timetable");
  const article = await publishNewArticle(page, { title, excerpt: "The last crossing runs as before.", body: "The 23:40 sailing stays.", section: name });
  try {
    await openSection(page, name);
    await expect(page.getByText("It holds 1 article, 1 of them published.")).toBeVisible();
    // Deleting it needs a section for its article.
    const deleteBox = page.locator(".sections-page__delete");
    await deleteBox.getByRole("button", { name: `Delete ${name}` }).click();
    await expect(deleteBox.getByText("Choose the section its article moves to.")).toBeVisible();
    await expect(deleteBox.getByLabel("Move its article to")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
    await deleteBox.getByLabel("Move its article to").selectOption({ label: target.name });
    await deleteBox.getByRole("button", { name: `Delete ${name}` }).click();
    await page.waitForURL((url) => url.pathname === "/dashboard/sections");
    await expect(page.getByRole("status")).toHaveText(`Deleted the section “${name}”.`);
    await expectNoSeriousA11yViolations(page);

    // Readers: the menu drops it, its addresses lead to the section its article went to, and the article says so.
    expect(await menuLinks(request)).not.toContain(`/category/${slug}-late`);
    await expectArchiveMoved(request, "category", `${slug}-late`, target.slug);
    await expectArchiveMoved(request, "category", slug, target.slug);
    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator("article").getByRole("link", { name: target.name, exact: true }).first()).toBeVisible();
  } finally {
    await deleteArticle(page, article.id, title);
  }
});
