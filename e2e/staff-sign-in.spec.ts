import { expect, test } from "@playwright/test";
import { account, setDisabledInDb, signIn, staffRecord } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expectNoHorizontalScroll } from "./support/page";

const onLoginPage = (url: URL) => url.pathname === "/login";

test("a wrong password is refused with one message for both mistakes, and the password field is emptied", async ({ page }) => {
  const editor = account("editor");
  await page.goto("/login");
  await expectNoSeriousA11yViolations(page);
  await page.locator("#email").fill(editor.email);
  await page.locator("#password").fill(`${editor.password}-wrong`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Wrong email or password.");
  await expect(page.locator("#password")).toHaveValue("");
  await expect(page.locator("#email")).toHaveValue(editor.email);
  expect(new URL(page.url()).pathname).toBe("/login");
  expect(page.url()).not.toContain(editor.password);
  await expectNoSeriousA11yViolations(page);
});

test("a signed-out visitor is sent to sign in from every dashboard address", async ({ page }) => {
  for (const path of ["/dashboard", "/dashboard/profile", "/dashboard/media", "/dashboard/pages", "/dashboard/pages/new", "/dashboard/pages/1/preview"]) {
    await page.goto(path);
    await page.waitForURL(onLoginPage);
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Sign in to /);
  }
});

test("an editor signs in, sees their name in the dashboard header, and signs out", async ({ page }) => {
  const editor = await signIn(page, "editor");
  const { name } = staffRecord(editor.email);
  await page.goto("/dashboard/profile");
  const header = page.locator("header").filter({ hasText: "newsroom" });
  await expect(header).toContainText(name);
  await expect(header).toContainText("editor");
  await expectNoSeriousA11yViolations(page);

  await header.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(onLoginPage);
  await page.goto("/dashboard");
  await page.waitForURL(onLoginPage);
  await page.goto("/dashboard/profile");
  await page.waitForURL(onLoginPage);
});

test("a user disabled while signed in loses the dashboard at the next request", async ({ page }) => {
  const editor = await signIn(page, "editor");
  const { name } = staffRecord(editor.email);
  await page.goto("/dashboard/profile");
  await expect(page.locator("header").filter({ hasText: "newsroom" })).toContainText(name);

  // Only the flag changes: the session row and the browser's cookie stay as they were.
  setDisabledInDb(editor.email, true);
  try {
    await page.goto("/dashboard/profile");
    await page.waitForURL(onLoginPage);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Sign in to /);
    await expect(page.getByText(name)).toHaveCount(0);
  } finally {
    setDisabledInDb(editor.email, false);
  }
});

test("an admin on a phone gets the article list as cards, sorts it with Sort by, and the menu marks the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "admin");
  await page.goto("/dashboard");
  await expect(page).toHaveTitle("Articles | Dashboard");
  const nav = page.getByRole("navigation", { name: "Dashboard" });
  await expect(nav.locator('[aria-current="page"]')).toHaveText("Articles");
  await expectNoHorizontalScroll(page, 390);

  await page.getByLabel("Sort by").selectOption({ label: "Most viewed first" });
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL((url) => url.searchParams.get("order") === "views-desc");
  // Each row is a card whose cells say what they hold; the most viewed article comes first.
  const views = await page.locator('td[data-label="Views"]').allTextContents();
  const counts = views.map((text) => Number(text.replace(/\D/g, "")));
  expect(counts.length).toBeGreaterThan(1);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await expect(page.getByRole("rowheader").first()).toBeVisible();
  await expectNoHorizontalScroll(page, 390);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("rowheader").first().getByRole("link").click();
  await page.waitForURL(/\/dashboard\/articles\/\d+\/edit$/);
  await expect(nav.locator('[aria-current="page"]')).toHaveText("Articles");
});
