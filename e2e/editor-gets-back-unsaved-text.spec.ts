import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import * as db from "./support/db";
import { deleteArticle, editorNotice, expectedSlug, openNewArticle, savedArticleId, saveNewDraft, uniqueTitle } from "./support/editor";

// Back is the one way out of the editor its leave warning cannot stop (components/dashboard/use-leave-warning.ts); the
// tab keeps what was typed instead (use-unsaved-backup.ts), and coming forward again offers it back.

const offer = (page: Page) => page.locator(".unsaved-backup__offer");
/** Once the form has looked for a kept copy: before that, no offer on the page proves nothing. */
const noOffer = async (page: Page, why: string) => {
  await expect(page.locator(".article-form[data-backup-checked]")).toHaveCount(1);
  await expect(offer(page), why).toHaveCount(0);
};
const title = (page: Page) => page.getByLabel("Title", { exact: true });
const body = (page: Page) => page.getByLabel("Body", { exact: true });
const wouldAsk = (page: Page) => page.evaluate(() => !window.dispatchEvent(new Event("beforeunload", { cancelable: true })));

/** Back to the page before the editor, and forward into it again, as an editor who pressed Back by mistake would. */
async function backAndForward(page: Page, editorPath: string) {
  await page.goBack();
  await page.waitForURL((url) => url.pathname !== editorPath);
  await page.goForward();
  await page.waitForURL((url) => url.pathname === editorPath);
}

test("text typed into an article and lost by Back is offered back, restored, and gone once saved", async ({ page }) => {
  await signIn(page, "editor");
  const stored = uniqueTitle("Night buses return to the harbour line");
  const id = await saveNewDraft(page, { title: stored, excerpt: "From Friday.", body: "First body.", section: db.categories()[0].name });
  const editorPath = `/dashboard/articles/${id}/edit`;
  await expect(editorNotice(page)).toHaveText("Article created as a draft.");
  await noOffer(page, "a save that landed leaves nothing to offer");

  await title(page).fill(`${stored}, revised`);
  await body(page).fill("Second body, not saved.");
  await backAndForward(page, editorPath);
  await expect(title(page)).toHaveValue(stored);
  await expect(offer(page)).toContainText("This tab kept changes that were not saved, from");
  await expect(offer(page)).not.toContainText("saved since");
  await expectNoSeriousA11yViolations(page);

  await offer(page).getByRole("button", { name: "Restore these changes" }).click();
  await expect(offer(page)).toHaveCount(0);
  await expect(title(page)).toHaveValue(`${stored}, revised`);
  await expect(body(page)).toHaveValue("Second body, not saved.");
  expect(await wouldAsk(page), "restored text is not saved yet").toBe(true);
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await savedArticleId(page, "save");
  await expect(editorNotice(page)).toHaveText("Saved.");
  expect(db.articleState(id).title).toBe(`${stored}, revised`);
  await page.reload();
  await expect(title(page)).toHaveValue(`${stored}, revised`);
  await noOffer(page, "the saved copy is not offered again");

  // Leaving on purpose (the leave warning asked) and opening the article again: the offer is there to discard. (Back
  // and forward across whole page loads needs no copy: Chromium's back-forward cache keeps the page as it was.)
  await title(page).fill("A title the editor gave up on");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Articles", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/dashboard");
  await page.goto(editorPath);
  await expect(title(page)).toHaveValue(`${stored}, revised`);
  await offer(page).getByRole("button", { name: "Discard them" }).click();
  await expect(offer(page)).toHaveCount(0);
  await expect(title(page)).toHaveValue(`${stored}, revised`);
  await page.reload();
  await expect(title(page)).toHaveValue(`${stored}, revised`);
  await noOffer(page, "a discarded copy is not offered again");
  await deleteArticle(page, id, `${stored}, revised`);
});

test("a save that never reached the server is offered back, and opening a revision to restore leaves the copy alone", async ({ page }) => {
  // Every leave warning on the way is answered "leave": this test is about what the tab kept.
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, "editor");
  const stored = uniqueTitle("Pier lights repaired before the festival");
  const id = await saveNewDraft(page, { title: stored, excerpt: "By Friday.", body: "First body.", section: db.categories()[0].name });
  const editorPath = `/dashboard/articles/${id}/edit`;
  await page.getByLabel("Excerpt", { exact: true }).fill("By Friday, say the engineers.");
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await savedArticleId(page, "save");
  await expect(editorNotice(page)).toHaveText("Saved.");
  const savedAddress = page.url();

  // The connection drops as the next save goes out; the address still says the last one was saved.
  await body(page).fill("Second body, sent but never stored.");
  await page.route((url) => url.pathname === editorPath, (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  const lost = page.waitForEvent("requestfailed");
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await lost;
  await page.unrouteAll();
  await page.goto(savedAddress);
  await expect(body(page)).toHaveValue("First body.");
  await expect(offer(page)).toContainText("This tab kept changes that were not saved");

  // Restoring an earlier revision first, as an editor unsure what was saved might, leaves the copy alone.
  await page.getByRole("link", { name: /^Restore the revision of/ }).first().click();
  await page.waitForURL((url) => url.searchParams.has("restore"));
  await expect(page.locator(".article-form[data-backup-checked]")).toHaveCount(1);
  await expect(offer(page), "a revision being restored is what the editor chose to see").toHaveCount(0);
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await savedArticleId(page, "save");
  await expect(offer(page)).toContainText("The article has been saved since they were made");
  await offer(page).getByRole("button", { name: "Restore these changes" }).click();
  await expect(body(page)).toHaveValue("Second body, sent but never stored.");
  await expect(title(page), "the keyboard is back in the form").toBeFocused();

  // Typing while the offer is open leaves the copy as it is; once it is discarded, what was typed is kept instead.
  await page.goto(editorPath);
  await expect(offer(page)).toContainText("Restoring them replaces what the form shows.");
  const excerpt = page.getByLabel("Excerpt", { exact: true });
  await excerpt.fill("By Friday evening.");
  await expect(offer(page)).toBeVisible();
  await offer(page).getByRole("button", { name: "Discard them" }).click();
  await expect(offer(page)).toHaveCount(0);
  await excerpt.fill("By Friday evening, weather permitting.");
  await page.goto(editorPath);
  await offer(page).getByRole("button", { name: "Restore these changes" }).click();
  await expect(excerpt).toHaveValue("By Friday evening, weather permitting.");
  await expect(body(page), "the discarded copy's text did not come back").toHaveValue("First body.");
  await deleteArticle(page, id, stored);
});

test("changes kept from before someone else's save say so, and saving them is refused as an edit conflict", async ({ page, context }) => {
  await signIn(page, "editor");
  const stored = uniqueTitle("Harbour lights switched on early");
  const id = await saveNewDraft(page, { title: stored, excerpt: "On Saturday.", body: "First body.", section: db.categories()[0].name });
  const editorPath = `/dashboard/articles/${id}/edit`;
  await body(page).fill("My change, from the older version.");
  await page.goBack();
  await page.waitForURL((url) => url.pathname !== editorPath);

  const other = await context.newPage();
  await other.goto(editorPath);
  await other.getByLabel("Excerpt", { exact: true }).fill("On Saturday evening.");
  await other.getByRole("button", { name: "Save draft", exact: true }).click();
  await savedArticleId(other, "save");
  await other.close();

  // Opened again later, from the list or an old link: the form shows the other save.
  await page.goto(editorPath);
  await expect(page.getByLabel("Excerpt", { exact: true })).toHaveValue("On Saturday evening.");
  await expect(offer(page)).toContainText("The article has been saved since they were made");
  await offer(page).getByRole("button", { name: "Restore these changes" }).click();
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(page.locator(".article-form").getByRole("alert")).toBeVisible();
  expect(db.articleState(id)).toMatchObject({ title: stored });
  await page.goto(editorPath);
  await expect(page.getByLabel("Excerpt", { exact: true })).toHaveValue("On Saturday evening.");
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("First body.");
  await deleteArticle(page, id, stored);
});

test("a new article's text comes back after Back, goes once it is saved, and signing out forgets it", async ({ page }) => {
  await signIn(page, "editor");
  const typed = uniqueTitle("Lifeboat crew rescues two sailors");
  await openNewArticle(page);
  await title(page).fill(typed);
  await backAndForward(page, "/dashboard/articles/new");
  await expect(title(page)).toHaveValue("");
  await offer(page).getByRole("button", { name: "Restore these changes" }).click();
  await expect(title(page)).toHaveValue(typed);
  // The slug still follows the title, as it did before Back.
  await expect(page.getByLabel("Slug", { exact: true })).toHaveValue(expectedSlug(typed));
  await page.getByLabel("Section", { exact: true }).selectOption({ label: db.categories()[0].name });
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  const id = await savedArticleId(page, "created");
  await openNewArticle(page);
  await noOffer(page, "the new article's copy went with its first save");

  // A session that ends without signing out (here: its cookie gone): whoever signs in next in the tab is not offered it.
  await title(page).fill("Typed before the session ended");
  await page.goBack();
  await page.waitForURL((url) => url.pathname === "/dashboard");
  await page.context().clearCookies();
  await signIn(page, "admin");
  await openNewArticle(page);
  await noOffer(page, "another person's copy is not offered");
  await page.context().clearCookies();
  await signIn(page, "editor");
  await openNewArticle(page);
  await noOffer(page, "the other person's form removed it from the tab");

  await title(page).fill("Typed before signing out");
  await page.goBack();
  await page.waitForURL((url) => url.pathname === "/dashboard");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/login");
  await signIn(page, "editor");
  await openNewArticle(page);
  await expect(title(page)).toHaveValue("");
  await noOffer(page, "signing out forgot the tab's copies");
  await deleteArticle(page, id, typed);
});
