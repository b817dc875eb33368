import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import * as db from "./support/db";
import { editorNotice, expectedSlug, fillArticle, openNewArticle, savedArticleId, uniqueTitle } from "./support/editor";
import { newReaderContext } from "./support/readers";

/** The least time ahead worth scheduling: enough to fill the form, submit it and look before the moment comes. */
const leadTime = 20_000;

/**
 * The publish time to type. "Publish at" is a datetime-local field, read in the site time zone (UTC on the e2e server)
 * and only to the minute (lib/dates wallClockToDate takes "YYYY-MM-DDTHH:mm"): so the next whole minute at least
 * `leadTime` away, which is at most 80 s from now.
 */
function nextWholeMinute(now: number): { at: number; wallClock: string } {
  let at = Math.ceil(now / 60_000) * 60_000;
  if (at - now < leadTime) at += 60_000;
  return { at, wallClock: new Date(at).toISOString().slice(0, 16) };
}

test("an editor schedules an article, and readers get it at that minute with no one pressing anything", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, "editor");
  const section = db.categories()[0];
  const title = uniqueTitle("Tide tables for the winter season are out");
  const slug = expectedSlug(title);

  await openNewArticle(page);
  await fillArticle(page, {
    title,
    excerpt: "The harbour office publishes the winter tides a week early.",
    body: "The harbour office has published the tide tables for December to March.\n\n## Spring tides\n\n- 14 January\n- 12 February\n",
    section: section.name,
  });
  const schedule = nextWholeMinute(Date.now());
  await page.getByLabel("Publish at", { exact: true }).fill(schedule.wallClock);
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  const id = await savedArticleId(page, "schedule");
  await expect(editorNotice(page)).toHaveText(/^Scheduled: it appears on /);
  await expect(page.getByLabel("Publish at", { exact: true })).toHaveValue(schedule.wallClock);
  expect(db.articleState(id)).toMatchObject({ slug, status: "scheduled", publishedAt: schedule.at });
  expect(Date.now(), "still before the scheduled time: the test cannot show it was hidden").toBeLessThan(schedule.at);

  const reader = await newReaderContext(browser);
  try {
    const readerPage = await reader.newPage();
    // Before the time: not there, neither at its address nor on the front page.
    const before = await readerPage.goto(`/articles/${slug}`);
    expect(before?.status()).toBe(404);
    await readerPage.goto("/");
    const latest = readerPage.getByRole("region", { name: "Latest", exact: true });
    await expect(latest.getByRole("heading", { level: 3 }).first()).toBeVisible();
    await expect(latest.getByRole("link", { name: title })).toHaveCount(0);
    expect(Date.now(), "the checks above ran before the scheduled time").toBeLessThan(schedule.at);
    await expectNoSeriousA11yViolations(readerPage);
    await expectNoSeriousA11yViolations(page);

    // Then nothing but time passes: the address starts answering on its own.
    let firstSeenAt = 0;
    await expect
      .poll(
        async () => {
          const status = (await reader.request.get(`/articles/${slug}`)).status();
          if (status === 200 && !firstSeenAt) firstSeenAt = Date.now();
          return status;
        },
        { timeout: schedule.at - Date.now() + 20_000, intervals: [1_000] },
      )
      .toBe(200);
    expect(firstSeenAt, "not shown before its time").toBeGreaterThanOrEqual(schedule.at);

    const response = await readerPage.goto(`/articles/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(readerPage.getByRole("article").getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(readerPage.getByText(`Published on ${db.longDateUtc(schedule.at)}`, { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(readerPage);

    // The newest visible article: first in the front page's Latest list (the lead story stays the seeded lead).
    expect(db.latestTitles(1)[0]).toBe(title);
    await readerPage.goto("/");
    await expect(latest.getByRole("heading", { level: 3 }).first()).toHaveText(title);
    await expect(latest.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", `/articles/${slug}`);
    await expectNoSeriousA11yViolations(readerPage);
  } finally {
    await reader.close();
  }
});
