import { expect, test, type Page } from "@playwright/test";
import { expectArchiveMoved } from "./support/archives";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

/**
 * Opens the profile form once its scripts have run: React's hydration sets a textarea back to the text it was
 * rendered with, so what a person (or a test) types into the bio before then is lost, or mixed with the old text.
 */
async function openProfile(page: Page) {
  await page.goto("/dashboard/profile");
  await page.waitForLoadState("networkidle");
}

test("an editor changes their bio and readers see it on the author page", async ({ page }) => {
  await signIn(page, "editor");
  await openProfile(page);
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Two paragraphs, as typed with a blank line between them.
  const paragraphs = [`Covers the harbour, the fleet and the fish market. Updated ${Date.now()}.`, "Before that, ten years on the night desk."];
  const bio = paragraphs.join("\n\n");
  const slug = await page.getByLabel("Author page address").inputValue();
  await page.getByLabel("Bio").fill(bio);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toHaveText("Your profile is saved.");
  await expect(page.getByLabel("Bio")).toHaveValue(bio);

  await page.goto(`/author/${slug}`);
  await expect(page.locator(".archive-header__description")).toHaveText(paragraphs);
  await expectNoSeriousA11yViolations(page);
});

test("a bad public email is marked beside its field, and the other entries are kept", async ({ page }) => {
  await signIn(page, "editor");
  await openProfile(page);
  const bio = `A bio typed before a mistake, ${Date.now()}.`;
  await page.getByLabel("Bio").fill(bio);
  const email = page.getByLabel("Public email (optional)");
  await email.fill("theo at dateline");
  await page.getByRole("button", { name: "Save profile" }).click();

  const error = page.locator("#profile-email-error");
  await expect(error).toHaveText("Enter an email address such as name@example.com, or leave the field empty.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAttribute("aria-describedby", /profile-email-error/);
  // The message sits right after the field (and its hint), not in a list elsewhere.
  expect(await error.evaluate((el) => el.previousElementSibling?.previousElementSibling?.id)).toBe("profile-email");
  await expect(page.locator(".profile-form [role=alert]")).toHaveText("Please correct the fields marked below.");
  await expect(email).toHaveValue("theo at dateline");
  await expect(page.getByLabel("Bio")).toHaveValue(bio);
  await expectNoSeriousA11yViolations(page);
});

test("an editor changes their author page's address: the old address and its feed move with them", async ({ page, request }) => {
  await signIn(page, "editor");
  await openProfile(page);
  const address = page.getByLabel("Author page address");
  const slug = await address.inputValue();
  const renamed = `${slug}-desk`;

  async function saveAddress(value: string) {
    await address.fill(value);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("status")).toHaveText("Your profile is saved.");
  }


  await saveAddress(renamed);
  await expectArchiveMoved(request, "author", slug, renamed);
  await page.goto(`/author/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/author/${renamed}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Taking the old address back: it is the author's page again, and the interim one redirects to it.
  await openProfile(page);
  await saveAddress(slug);
  expect((await request.get(`/author/${slug}`, { maxRedirects: 0 })).status()).toBe(200);
  await expectArchiveMoved(request, "author", renamed, slug);
});
