import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import * as db from "./support/db";
import { deleteArticle, editorNotice, fillArticle, openNewArticle, savedArticleId, saveNewDraft, uniqueTitle } from "./support/editor";

// React resets a form after its action answers, and that reset puts a controlled <select> or checkbox back to what it
// first rendered (react#30580, react#31695): the editor showed the section and lead choice as typed, then sent others.
test("a refused save keeps every choice the editor made, and correcting the error saves them", async ({ page }) => {
  await signIn(page, "editor");
  const section = db.categories().at(-1)!;
  const title = uniqueTitle("Harbour tram timetable changes on Monday");
  await openNewArticle(page);
  await fillArticle(page, { title: "", excerpt: "The tram to the harbour runs every eight minutes.", body: "A short body.", section: section.name, tags: "trams" });
  await page.getByLabel("Lead story (shown first on the front page)").check();

  await page.getByRole("button", { name: "Save draft", exact: true }).focus();
  await page.keyboard.press("Enter");
  // The form's own alert: Next's route announcer is an alert too, and says "New article" after the link to this page.
  await expect(page.locator(".article-form").getByRole("alert")).toBeVisible();
  // The keyboard is where it was: a button disabled while the form was sent would have dropped focus to the page.
  await expect(page.getByRole("button", { name: "Save draft", exact: true })).toBeFocused();
  await expect(page.getByLabel("Title", { exact: true })).toHaveAccessibleDescription(/./);
  await expect(page.getByLabel("Section", { exact: true })).toHaveValue(String(section.id));
  await expect(page.getByLabel("Lead story (shown first on the front page)")).toBeChecked();
  await expect(page.getByLabel("Tags", { exact: true })).toHaveValue("trams");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  const id = await savedArticleId(page, "created");
  expect(db.articleState(id)).toMatchObject({ title, categorySlug: section.slug, isLead: 1, status: "draft" });
  await deleteArticle(page, id, title);
});

test("closing the editor with text not saved asks first, and closing it untouched does not", async ({ page, context }) => {
  await signIn(page, "editor");
  await openNewArticle(page);
  let asked = false;
  page.on("dialog", (dialog) => {
    asked = true;
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await page.waitForEvent("close");
  expect(asked, "an untouched editor closes without a question").toBe(false);

  const typing = await context.newPage();
  await openNewArticle(typing);
  await typing.getByLabel("Title", { exact: true }).click();
  await typing.keyboard.type("A story not saved yet");
  const question = typing.waitForEvent("dialog");
  await typing.close({ runBeforeUnload: true });
  const dialog = await question;
  expect(dialog.type()).toBe("beforeunload");
  // Staying: the text is still there.
  await dialog.dismiss();
  await expect(typing.getByLabel("Title", { exact: true })).toHaveValue("A story not saved yet");
  await typing.close();
});

test("following a dashboard link away from text not saved asks first; staying keeps the text, leaving goes", async ({ page }) => {
  await signIn(page, "editor");
  await openNewArticle(page);
  await page.getByLabel("Title", { exact: true }).fill("A story half written");
  const articlesLink = page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Articles", exact: true });

  page.once("dialog", (dialog) => {
    expect(dialog.type()).toBe("confirm");
    expect(dialog.message()).toBe("Leave this page? Your changes are not saved.");
    void dialog.dismiss();
  });
  await articlesLink.click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("A story half written");
  expect(new URL(page.url()).pathname).toBe("/dashboard/articles/new");

  page.once("dialog", (dialog) => void dialog.accept());
  await articlesLink.click();
  await page.waitForURL((url) => url.pathname === "/dashboard");
});

test("an earlier revision restored into the form is not saved yet: leaving asks first, and saving keeps it", async ({ page }) => {
  await signIn(page, "editor");
  const section = db.categories()[0];
  const first = uniqueTitle("Ferry fares rise in spring");
  const id = await saveNewDraft(page, { title: first, excerpt: "The first version.", body: "First body.", section: section.name });
  await page.getByLabel("Title", { exact: true }).fill(`${first} (corrected)`);
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await savedArticleId(page, "save");

  // The older revision is the last one listed.
  await page.getByRole("link", { name: /^Restore the revision of/ }).last().click();
  await page.waitForURL((url) => url.searchParams.has("restore"));
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(first);
  await expect(page.locator(".article-form").getByRole("status")).toContainText("not saved yet");
  await expectNoSeriousA11yViolations(page);
  // Leaving now would lose it: the editor's beforeunload listener holds the page (it cancels the event).
  const wouldAsk = () => page.evaluate(() => !window.dispatchEvent(new Event("beforeunload", { cancelable: true })));
  expect(await wouldAsk()).toBe(true);

  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await savedArticleId(page, "save");
  // The address changes before the page's new form is in place: its notice says it is.
  await expect(editorNotice(page)).toHaveText("Saved.");
  expect(db.articleState(id).title).toBe(first);
  expect(await wouldAsk()).toBe(false);
  await deleteArticle(page, id, first);
});
