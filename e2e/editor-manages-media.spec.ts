import { expect, test, type Page } from "@playwright/test";
import { signIn, staffRecord } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { deleteArticle, fillArticle, gradientPng, openNewArticle, savedArticleId, uniqueTitle } from "./support/editor";

/** A picture's card in the media library, found by the file name it was uploaded with. */
const card = (page: Page, fileName: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: fileName, exact: true }) });

test("an editor uploads a picture to the media library, uses it in an article, and deletes it once nothing shows it", async ({ page, browser, request }) => {
  const fileName = `quay-at-dawn-${Date.now()}.png`;
  const editor = staffRecord((await signIn(page, "editor")).email);
  await page.goto("/dashboard/media");
  await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Media" })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Upload a picture").setInputFiles(await gradientPng(fileName, 1600, 900, "#224466", "#88aacc"));
  await expect(page.locator(".media-upload").getByRole("status")).toHaveText("Uploaded (1600 × 900 px): it is first in the list.");
  const picture = card(page, fileName);
  await expect(picture).toContainText("1600 × 900 px");
  await expect(picture).toContainText("Not used anywhere.");
  const markdown = await picture.getByLabel("Markdown for an article's body").inputValue();
  const id = /^!\[alt text\]\(\/media\/([0-9a-f]{16})\)$/.exec(markdown)?.[1];
  expect(id, markdown).toBeDefined();
  expect((await request.get(`/media/${id}/640`)).status()).toBe(200);
  await expectNoSeriousA11yViolations(page);

  // Someone else sees the new picture but cannot delete it yet: it may be in an article its uploader has not saved.
  const admin = await browser.newContext();
  try {
    const adminPage = await admin.newPage();
    await signIn(adminPage, "admin");
    await adminPage.goto("/dashboard/media?show=unused");
    const seen = card(adminPage, fileName);
    await expect(seen).toContainText("only the person who uploaded it can delete it");
    await expect(seen.getByRole("link", { name: /^Delete/ })).toHaveCount(0);
  } finally {
    await admin.close();
  }

  // Chosen from the library in the editor, as the hero and in the body, it says where it is used, and stays.
  const title = uniqueTitle("Quay at dawn");
  await openNewArticle(page);
  await fillArticle(page, { title, excerpt: "Morning light on the harbour.", body: "The first ferry leaves at six.", section: "City" });
  const body = page.getByLabel("Body", { exact: true });
  await body.click();
  await page.keyboard.press("Control+Home");
  await page.getByRole("button", { name: "Insert from the library" }).click();
  const picker = page.getByRole("dialog", { name: "Choose a picture" });
  await expect(picker.getByRole("button", { name: fileName })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The demo's pictures fill more than one page: turning one puts focus on the new page's first picture.
  await picker.getByRole("button", { name: "Older →" }).click();
  await expect(picker.getByText(/^Page 2 of \d+, newest first\.$/)).toBeVisible();
  await expect(picker.getByRole("listitem").first().getByRole("button")).toBeFocused();
  await picker.getByRole("button", { name: "← Newer" }).click();
  await expect(picker.getByRole("listitem").first().getByRole("button", { name: fileName })).toBeFocused();
  await picker.getByRole("button", { name: fileName }).click();
  await expect(picker).toBeHidden();
  // Inserted where the cursor was, its placeholder description selected to type over.
  await expect(body).toHaveValue(`${markdown}\n\nThe first ferry leaves at six.`);
  await page.keyboard.type("The quay at dawn");
  await expect(body).toHaveValue(`![The quay at dawn](/media/${id})\n\nThe first ferry leaves at six.`);
  await page.getByRole("button", { name: "Choose from the library" }).click();
  await picker.getByRole("button", { name: fileName }).click();
  await expect(page.getByRole("img", { name: "The chosen hero image" })).toHaveAttribute("src", `/media/${id}/640`);
  await page.getByLabel("Alt text", { exact: true }).fill("The quay at dawn");
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  const articleId = await savedArticleId(page, "created");
  await page.goto("/dashboard/media");
  await expect(picture).toContainText("Used in:");
  await expect(picture.getByRole("link", { name: title })).toHaveAttribute("href", `/dashboard/articles/${articleId}/edit`);
  await expect(picture.getByText("draft", { exact: true })).toBeVisible();
  await expect(picture.getByRole("link", { name: /^Delete/ })).toHaveCount(0);
  await page.goto("/dashboard/media?show=unused");
  await expect(picture).toHaveCount(0);

  // Chosen as the editor's profile photo, it names the profile too; the photo then goes back to what it was.
  await page.goto("/dashboard/profile");
  await page.waitForLoadState("networkidle");
  const before = /\/media\/([0-9a-f]{16})\//.exec((await page.getByRole("img", { name: "Your photo as readers see it" }).getAttribute("src")) ?? "")?.[1];
  expect(before).toBeDefined();
  await page.getByRole("button", { name: "Choose from the library" }).click();
  await picker.getByRole("button", { name: fileName }).click();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toHaveText("Your profile is saved.");
  await page.goto("/dashboard/media");
  await expect(picture).toContainText(`the profile photo of ${editor.name}`);
  await page.goto("/dashboard/profile");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Choose from the library" }).click();
  const previous = picker.getByRole("button").filter({ has: page.locator(`img[src="/media/${before}/640"]`) });
  await expect(picker.getByText(/^Page 1 of/)).toBeVisible();
  for (let shown = 1; (await previous.count()) === 0; shown++) {
    await picker.getByRole("button", { name: "Older →" }).click();
    await expect(picker.getByText(new RegExp(`^Page ${shown + 1} of`))).toBeVisible();
  }
  await previous.click();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toHaveText("Your profile is saved.");
  await expect(page.getByRole("img", { name: "Your photo as readers see it" })).toHaveAttribute("src", new RegExp(`^/media/${before}/`));

  // Once nothing shows it, its uploader deletes it, after a confirmation, with its files.
  await deleteArticle(page, articleId, title);
  await page.goto("/dashboard/media?show=unused");
  await picture.getByRole("link", { name: `Delete ${fileName}` }).click();
  await expect(picture.getByText("Delete this picture and its files for good?")).toBeVisible();
  await expect(picture.getByRole("button", { name: "Yes, delete" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await picture.getByRole("link", { name: "Keep it" }).click();
  await expect(picture.getByRole("button", { name: "Yes, delete" })).toHaveCount(0);
  await expect(picture.getByRole("link", { name: `Delete ${fileName}` })).toBeFocused();
  await picture.getByRole("link", { name: `Delete ${fileName}` }).click();
  await picture.getByRole("button", { name: "Yes, delete" }).click();
  await page.waitForURL((url) => url.searchParams.get("deleted") === "1" && url.searchParams.get("show") === "unused");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Deleted, with its files.");
  await expect(picture).toHaveCount(0);
  expect((await request.get(`/media/${id}/640`)).status()).toBe(404);
});
