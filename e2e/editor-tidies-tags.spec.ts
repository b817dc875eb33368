import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectArchiveMoved } from "./support/archives";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { deleteArticle, publishNewArticle, uniqueTitle } from "./support/editor";

/** The article page's "Tagged with:" names, as a reader gets the page now: one plain GET. */
async function taggedWith(request: APIRequestContext, slug: string): Promise<string[]> {
  const html = await (await request.get(`/articles/${slug}`)).text();
  const list = /<nav class="tag-list" aria-label="Tags">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
  return [...list.matchAll(/<a href="\/tag\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
}

/** Finds the tag through the list's filter, as an editor would, and opens its edit page. */
async function openTag(page: Page, name: string) {
  await page.goto("/dashboard/tags");
  await page.getByLabel("Name contains").fill(name);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: `${name} (edit)`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit tag: ${name}`);
}

test("an editor renames a tag, describes it, merges a duplicate into it and deletes it: the article and the old addresses follow", async ({ page, request }) => {
  const stamp = Date.now();
  const [timetable, timetables, schedule] = [`Ferry timetable ${stamp}`, `Ferry timetables ${stamp}`, `Ferry schedule ${stamp}`];
  const slugOf = (name: string) => name.toLowerCase().replace(/ /g, "-");
  await signIn(page, "editor");
  const title = uniqueTitle("Winter sailings announced");
  const article = await publishNewArticle(page, { title, excerpt: "Fewer crossings from December.", body: "The ferry runs less often.", section: "City", tags: `${timetable}, ${timetables}` });
  try {
    expect(await taggedWith(request, article.slug)).toEqual([timetable, timetables]);

    await openTag(page, timetable);
    await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Tags" })).toHaveAttribute("aria-current", "page");
    await expectNoSeriousA11yViolations(page);
    // A name whose address another tag has is refused: merging is the way.
    const rename = page.locator("form", { has: page.getByRole("button", { name: "Rename" }) });
    await rename.getByLabel("Name").fill(timetables.toUpperCase());
    await rename.getByRole("button", { name: "Rename" }).click();
    await expect(rename.getByText(`The tag ${timetables} already has this name's address`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await rename.getByLabel("Name").fill(schedule);
    await rename.getByRole("button", { name: "Rename" }).click();
    await expect(rename.getByRole("status")).toHaveText("Renamed. Its articles and its page show the new name, and the old address leads there.");
    await expectArchiveMoved(request, "tag", slugOf(timetable), slugOf(schedule));
    expect(await taggedWith(request, article.slug)).toEqual([schedule, timetables]);

    // A description shows under the tag's name on its page, as plain text, and describes its feed.
    const describe = page.locator("form", { has: page.getByRole("button", { name: "Save description" }) });
    await describe.getByLabel("Description").fill("Sailing times & <b>changes</b> on every route.");
    await describe.getByRole("button", { name: "Save description" }).click();
    await expect(describe.getByRole("status")).toHaveText("Saved. Its page shows the description.");
    await expectNoSeriousA11yViolations(page);
    const tagPage = await (await request.get(`/tag/${slugOf(schedule)}`)).text();
    expect(tagPage).toContain('<p class="archive-header__description">Sailing times &amp; &lt;b&gt;changes&lt;/b&gt; on every route.</p>');
    expect(tagPage).toContain('<meta name="description" content="Sailing times &amp; &lt;b&gt;changes&lt;/b&gt; on every route."/>');
    expect(await (await request.get(`/tag/${slugOf(schedule)}/feed.xml`)).text()).toContain("<description>Sailing times &amp; &lt;b&gt;changes&lt;/b&gt; on every route.</description>");

    await openTag(page, timetables);
    const merge = page.locator("form", { has: page.getByRole("button", { name: `Merge ${timetables}` }) });
    await merge.getByLabel("Tag to keep").fill(schedule);
    await merge.getByRole("button", { name: `Merge ${timetables}` }).click();
    await page.waitForURL((url) => url.pathname === "/dashboard/tags");
    await expect(page.getByRole("status")).toHaveText(`Merged ${timetables} (/tag/${slugOf(timetables)}) into ${schedule}.`);
    await expectNoSeriousA11yViolations(page);
    await expectArchiveMoved(request, "tag", slugOf(timetables), slugOf(schedule));
    expect(await taggedWith(request, article.slug)).toEqual([schedule]);

    await openTag(page, schedule);
    await page.getByRole("button", { name: `Delete ${schedule}` }).click();
    await page.waitForURL((url) => url.pathname === "/dashboard/tags");
    await expect(page.getByRole("status")).toHaveText(`Deleted ${schedule} (/tag/${slugOf(schedule)}).`);
    expect((await request.get(`/tag/${slugOf(schedule)}`, { maxRedirects: 0 })).status()).toBe(404);
    expect((await request.get(`/tag/${slugOf(timetable)}`, { maxRedirects: 0 })).status()).toBe(404);
    expect(await taggedWith(request, article.slug)).toEqual([]);
  } finally {
    await deleteArticle(page, article.id, title);
  }
});
