import { expect, test, type Browser, type Page } from "@playwright/test";
import { account, signIn, staffRecord } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import * as db from "./support/db";
import { expectNoHorizontalScroll, saveScreen } from "./support/page";
import { newReaderContext } from "./support/readers";

const dayMs = 24 * 60 * 60 * 1000;

/** "1 Comment", "3 Comments": the article header's link and the comments section's heading. */
function commentsText(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "Comment" : "Comments"}`;
}

/** A signed-out reader in a browser context of their own, on one article. */
async function asReader<T>(browser: Browser, slug: string, look: (page: Page) => Promise<T>): Promise<T> {
  const context = await newReaderContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`/articles/${slug}`);
    return await look(page);
  } finally {
    await context.close();
  }
}

async function saveSettings(page: Page, closeAfterDays: string): Promise<void> {
  await page.goto("/dashboard/settings");
  await expect(page.getByLabel("Readers may comment")).toBeChecked();
  await page.getByLabel("Close comments on articles older than (days)").fill(closeAfterDays);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("Saved. Comments are on.");
  await expect(page.getByLabel("Close comments on articles older than (days)")).toHaveValue(closeAfterDays);
}

test("an admin closes old articles' comments by age, approves a reader's first comment (the audit log shows both), then unapproves it and rescues it from spam", async ({ page, browser }) => {
  // The oldest and the newest articles whose own switch leaves comments open: only the age limit can close them.
  const open = db.visibleArticles().filter((a) => !a.commentsClosed);
  const recent = open[0];
  const oldest = open.at(-1)!;
  const oldestAgeDays = Math.floor((Date.now() - oldest.publishedAt) / dayMs);
  const recentAgeDays = (Date.now() - recent.publishedAt) / dayMs;
  expect(oldestAgeDays - 1, "the demo articles span enough days").toBeGreaterThan(recentAgeDays + 1);
  // Older than this many days is closed: the oldest is, the newest is not.
  const closeAfter = String(oldestAgeDays - 1);

  await asReader(browser, oldest.slug, async (reader) => {
    await expect(reader.getByRole("heading", { name: "Leave a comment" })).toBeVisible();
  });

  await signIn(page, "admin");
  await page.goto("/dashboard/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveSettings(page, closeAfter);
  await expectNoSeriousA11yViolations(page);

  await asReader(browser, oldest.slug, async (reader) => {
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(oldest.title);
    await expect(reader.getByText("Comments are closed.", { exact: true })).toBeVisible();
    await expect(reader.getByRole("heading", { name: "Leave a comment" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(reader);
  });
  await asReader(browser, recent.slug, async (reader) => {
    await expect(reader.getByRole("heading", { name: "Leave a comment" })).toBeVisible();
    await expect(reader.getByText("Comments are closed.")).toHaveCount(0);
  });

  // Back to "never close by age", which the rest of the suite expects.
  await saveSettings(page, "");
  await asReader(browser, oldest.slug, async (reader) => {
    await expect(reader.getByRole("heading", { name: "Leave a comment" })).toBeVisible();
  });

  // A reader's first comment waits for moderation.
  const body = `Will the new berths be ready before the winter storms? Asked at ${Date.now()}.`;
  const before = db.approvedComments(recent.id).length;
  await asReader(browser, recent.slug, async (reader) => {
    await expect(reader.getByRole("link", { name: commentsText(before), exact: true })).toBeVisible();
    await reader.getByRole("textbox", { name: "Name" }).fill("Wren Castellano");
    await reader.getByRole("textbox", { name: "Email" }).fill(`wren.${Date.now()}@mail.example`);
    await reader.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
    await reader.getByRole("button", { name: "Post comment" }).click();
    await expect(reader.getByRole("status")).toHaveText("Thank you. Your comment is waiting for moderation and will appear once a moderator approves it.");
    // The answer is the page again: the reader is taken back down to the message, not left at the top.
    await expect(reader.getByRole("status")).toBeFocused();
    await expect(reader.getByRole("status")).toBeInViewport();
    await expect(reader.locator("#comments").getByText(body)).toHaveCount(0);
    await expectNoSeriousA11yViolations(reader);
  });
  const posted = db.commentsOf(recent.id).find((c) => c.body === body);
  expect(posted?.status).toBe("pending");

  // The admin approves it from the Pending tab; the dashboard's nav counts what waits.
  await page.goto("/dashboard/comments");
  const nav = page.getByRole("navigation", { name: "Dashboard" });
  const waiting = db.pendingCommentCount();
  await expect(nav.getByRole("link", { name: `Comments ${waiting} waiting`, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Pending/ })).toHaveAttribute("aria-current", "page");
  const row = page.getByRole("row").filter({ hasText: body });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(posted!.authorEmail);
  await expect(row.getByRole("link", { name: recent.title })).toHaveAttribute("href", `/articles/${recent.slug}#comments`);
  await expectNoSeriousA11yViolations(page);
  await row.getByRole("button", { name: /^Approve/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comment approved." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: body })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: waiting > 1 ? `Comments ${waiting - 1} waiting` : "Comments", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: /^Approved/ }).click();
  await expect(page.getByRole("row").filter({ hasText: body })).toHaveCount(1);

  await asReader(browser, recent.slug, async (reader) => {
    await expect(reader.getByRole("link", { name: commentsText(before + 1), exact: true })).toBeVisible();
    const comments = reader.getByRole("region", { name: commentsText(before + 1), exact: true });
    await expect(comments.getByText(body)).toBeVisible();
    await expect(comments.getByText("Wren Castellano", { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(reader);
  });

  // The audit log, filtered with its GET form, shows the settings change and the approval.
  const admin = staffRecord(account("admin").email);
  await page.goto("/dashboard/audit");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Action").selectOption("settings.comments");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=settings\.comments/);
  const settingsRow = page.getByRole("row").filter({ hasText: `"closeAfterDays":${closeAfter}` });
  await expect(settingsRow).toHaveCount(1);
  await expect(settingsRow).toContainText(admin.name);
  await expect(page.getByRole("row").filter({ hasText: '"closeAfterDays":null' })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Action").selectOption("comment.approve");
  await page.getByLabel("Person").selectOption(String(admin.id));
  await page.getByRole("button", { name: "Filter" }).click();
  const approvalRow = page.getByRole("row").filter({ hasText: `comment #${posted!.id}` });
  await expect(approvalRow).toHaveCount(1);
  await expect(approvalRow).toContainText(`article #${recent.id}`);
  await expect(approvalRow).toContainText(admin.name);

  // Taken back: Unapprove sends it to Pending, and readers stop seeing it at once.
  const rowOf = (tab: Page) => tab.getByRole("row").filter({ hasText: body });
  await page.goto("/dashboard/comments?status=approved");
  await rowOf(page).getByRole("button", { name: /^Unapprove/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comment moved back to Pending." })).toBeVisible();
  await expect(rowOf(page)).toHaveCount(0);
  expect(db.commentsOf(recent.id).find((c) => c.id === posted!.id)?.status).toBe("pending");
  await asReader(browser, recent.slug, async (reader) => {
    await expect(reader.getByRole("link", { name: commentsText(before), exact: true })).toBeVisible();
    await expect(reader.locator("#comments").getByText(body)).toHaveCount(0);
  });

  // Marked as spam by mistake, then rescued with Not spam: back in Pending, where Approve publishes it again.
  await page.goto("/dashboard/comments?status=pending");
  await rowOf(page).getByRole("button", { name: /^Mark as spam/ }).click();
  await page.goto("/dashboard/comments?status=spam");
  await expectNoSeriousA11yViolations(page);
  await rowOf(page).getByRole("button", { name: /^Not spam/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comment moved back to Pending." })).toBeVisible();
  await page.goto("/dashboard/comments?status=pending");
  await rowOf(page).getByRole("button", { name: /^Approve/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comment approved." })).toBeVisible();
  await asReader(browser, recent.slug, async (reader) => {
    await expect(reader.locator("#comments").getByText(body)).toBeVisible();
  });

  // The bulk form, used while the address still carries that row's message: only the bulk action's message shows.
  const [first, second] = db.visibleArticles().flatMap((a) => db.commentsOf(a.id)).filter((c) => c.status === "pending");
  const statusMessages = page.locator("main").getByRole("status");
  const rowWith = (text: string) => page.getByRole("row").filter({ hasText: text });
  const applyToBoth = async (action: string) => {
    for (const c of [first, second]) await rowWith(c.body).getByRole("checkbox").check();
    await page.getByLabel("With the ticked comments").selectOption({ label: action });
    await page.getByRole("button", { name: "Apply" }).click();
  };
  await applyToBoth("Mark as spam");
  await expect(statusMessages).toHaveText(["Marked as spam: 2 comments."]);
  await expect(page).toHaveURL(/status=pending&done=spam&n=2$/);
  await page.getByRole("link", { name: /^Spam/ }).click();
  await applyToBoth("Not spam");
  await expect(statusMessages).toHaveText(["Moved back to Pending: 2 comments."]);
  const now = db.visibleArticles().flatMap((a) => db.commentsOf(a.id));
  expect([first, second].map((c) => now.find((row) => row.id === c.id)?.status)).toEqual(["pending", "pending"]);
});

test("an editor is refused every admin page and shown none of its data", async ({ page }) => {
  const pending = db.visibleArticles().flatMap((a) => db.commentsOf(a.id)).filter((c) => c.status === "pending");
  expect(pending.length, "the demo has comments waiting").toBeGreaterThan(0);
  const adminEmail = account("admin").email;
  await signIn(page, "editor");
  for (const path of ["/dashboard/comments", "/dashboard/sections", "/dashboard/users", "/dashboard/settings", "/dashboard/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Admins only");
    const main = page.locator("main");
    await expect(main.locator("table, form, select, input")).toHaveCount(0);
    const html = await page.content();
    expect(html, `${path} shows no commenter email`).not.toContain(pending[0].authorEmail);
    expect(html, `${path} shows no sign-in email`).not.toContain(adminEmail);
    expect(html, `${path} shows no audit entry`).not.toContain("sign-in</code>");
    // The nav offers an editor no admin links either.
    await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Users" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  }
});

test("an admin closes one article's comments from the articles table: a reader's open form is refused, then reopened it works", async ({ page, browser }) => {
  const article = db.visibleArticles().filter((a) => !a.commentsClosed)[2];
  const before = db.commentsOf(article.id).length;

  // A reader has the article open, with the form, before the admin acts.
  const context = await newReaderContext(browser);
  const reader = await context.newPage();
  await reader.goto(`/articles/${article.slug}`);
  await expect(reader.getByRole("heading", { name: "Leave a comment" })).toBeVisible();

  await signIn(page, "admin");
  await page.goto(`/dashboard?q=${encodeURIComponent(article.title)}`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: `Close comments on “${article.title}”` }).click();
  await expect(page.getByRole("button", { name: `Open comments on “${article.title}”` })).toBeVisible();
  expect(db.articleBySlug(article.slug).commentsClosed).toBe(1);

  // The reader's stale form is a direct request to a closed article: refused, nothing stored.
  await reader.getByRole("textbox", { name: "Name" }).fill("Late Reader");
  await reader.getByRole("textbox", { name: "Email" }).fill(`late-${Date.now()}@mail.example`);
  await reader.getByRole("textbox", { name: "Comment" }).fill("Posting after comments closed.");
  await reader.getByRole("button", { name: "Post comment" }).click();
  await expect(reader.getByText("Comments are closed on this article; your comment was not saved.")).toBeVisible();
  // Taken down to it, as for a comment the form took.
  await expect(reader.getByText("Comments are closed on this article; your comment was not saved.")).toBeFocused();
  expect(db.commentsOf(article.id)).toHaveLength(before);
  await reader.goto(`/articles/${article.slug}`);
  await expect(reader.getByText("Comments are closed.", { exact: true })).toBeVisible();

  // Reopened from the editor: the reader can post again.
  const id = article.id;
  await page.goto(`/dashboard/articles/${id}/edit`);
  await page.getByRole("button", { name: `Open comments on “${article.title}”` }).click();
  await expect(page.getByRole("button", { name: `Close comments on “${article.title}”` })).toBeVisible();
  await reader.goto(`/articles/${article.slug}`);
  await reader.getByRole("textbox", { name: "Name" }).fill("Patient Reader");
  await reader.getByRole("textbox", { name: "Email" }).fill(`patient-${Date.now()}@mail.example`);
  await reader.getByRole("textbox", { name: "Comment" }).fill("Now it works.");
  await reader.getByRole("button", { name: "Post comment" }).click();
  await expect(reader.getByText(/waiting for moderation/)).toBeVisible();
  expect(db.commentsOf(article.id)).toHaveLength(before + 1);
  await context.close();

  await page.goto("/dashboard/audit");
  await expect(page.getByRole("cell", { name: "comment.close" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "comment.open" }).first()).toBeVisible();
});

test("an admin acting on two rows of the articles table sees the answer beside the last one only", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/dashboard");
  const closeButtons = page.getByRole("button", { name: /^Close comments on “/ });
  const titleOf = async (n: number) => (await closeButtons.nth(n).textContent())!.replace(/^Close comments on “/, "").replace(/”$/, "");
  const [first, second] = [await titleOf(0), await titleOf(1)];
  const answer = page.getByText("Comments are closed on this article.");

  await page.getByRole("button", { name: `Close comments on “${first}”` }).click();
  await expect(page.getByRole("row").filter({ hasText: first }).getByText("Comments are closed on this article.")).toBeVisible();
  await page.getByRole("button", { name: `Close comments on “${second}”` }).click();
  await expect(page.getByRole("row").filter({ hasText: second }).getByText("Comments are closed on this article.")).toBeVisible();
  // The first row's answer is gone: it no longer reads as the outcome of what was done last.
  await expect(answer).toHaveCount(1);

  for (const title of [first, second]) {
    await page.getByRole("button", { name: `Open comments on “${title}”` }).click();
    await expect(page.getByRole("button", { name: `Close comments on “${title}”` })).toBeVisible();
  }
});

test("an admin's dashboard pages fit a phone's width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "admin");
  for (const path of ["/dashboard", "/dashboard/comments", "/dashboard/users", "/dashboard/settings", "/dashboard/audit", "/dashboard/profile"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await saveScreen(page, `dashboard${path.slice("/dashboard".length).replace("/", "-")}-390`);
    await expectNoHorizontalScroll(page, 390);
  }

  // The editor's views chart: its words stay readable beside the shrunken drawing, and every day's number can be read.
  const article = db.leadStory();
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  const chart = page.getByRole("region", { name: "Views, last 30 days" });
  await expect(chart.getByText(/^[\d,]+ in total, at most [\d,]+ on one day\.$/)).toBeVisible();
  expect(await chart.getByText(/in total/).evaluate((p) => parseFloat(getComputedStyle(p).fontSize))).toBeGreaterThanOrEqual(14);
  await chart.getByText("Views per day", { exact: true }).click();
  await expect(chart.getByRole("table").getByRole("row")).toHaveCount(31);
  await saveScreen(page, "dashboard-editor-views-390");
  await expectNoHorizontalScroll(page, 390);
  await expectNoSeriousA11yViolations(page);
});
