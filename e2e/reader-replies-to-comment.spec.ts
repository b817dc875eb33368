import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import * as db from "./support/db";
import { deleteArticle, publishNewArticle, uniqueTitle } from "./support/editor";
import { approveCommentsFrom } from "./support/moderation";
import { newReaderContext } from "./support/readers";

// Readers reach the server from one address in this suite: each gets an address of its own for the comment rate limit.
let nextAddress = 0;
async function reader(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const context = await newReaderContext(browser, { javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${(Date.now() + nextAddress++) % 250}` } });
  return context.newPage();
}

type Commenter = { name: string; email: string };

async function post(page: Page, who: Commenter, body: string) {
  await page.getByRole("textbox", { name: "Name" }).fill(who.name);
  await page.getByRole("textbox", { name: "Email" }).fill(who.email);
  await page.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
  await page.getByRole("button", { name: "Post comment" }).click();
}

const comment = (page: Page, id: number) => page.locator(`#comment-${id}`);
const replyContext = (page: Page) => page.locator("#comment-form .comment-form__reply");

test("readers reply to comments, in place or without JavaScript; replies sit under what they answer, three levels deep", async ({ page, browser }) => {
  await signIn(page, "admin");
  const article = await publishNewArticle(page, { title: uniqueTitle("Harbour ferry adds a late sailing"), excerpt: "From May.", body: "A late sailing at 23:10.", section: db.categories()[0].name });
  const path = `/articles/${article.slug}`;
  const stamp = Date.now();
  const ines = { name: "Ines Harrow", email: `ines.${stamp}@mail.example` };
  const tomas = { name: "Tomas Reyes", email: `tomas.${stamp}@mail.example` };

  // Two first comments, approved by a moderator: later ones from those emails appear at once.
  for (const [who, body] of [[ines, "Will the late boat take bicycles?"], [tomas, "About time."]] as const) {
    const first = await reader(browser);
    await first.goto(path);
    await post(first, who, body);
    await expect(first.getByRole("status")).toHaveText(/waiting for moderation/);
    await first.context().close();
    approveCommentsFrom(who.email);
  }
  const [question] = db.approvedComments(article.id);

  // In place: the Reply link turns the form into a reply and takes the keyboard to it.
  const tomasPage = await reader(browser);
  await tomasPage.goto(path);
  await expect(replyContext(tomasPage)).toBeHidden();
  await comment(tomasPage, question.id).getByRole("link", { name: "Reply to Ines Harrow" }).click();
  await expect(replyContext(tomasPage)).toHaveText("Replying to Ines Harrow. Cancel reply");
  await expect(tomasPage.getByRole("textbox", { name: "Name" })).toBeFocused();
  expect(new URL(tomasPage.url()).search, "the script answered the link in place").toBe("");
  await expectNoSeriousA11yViolations(tomasPage);
  // Cancelling goes back to a comment of one's own; replying again sets it anew.
  await replyContext(tomasPage).getByRole("link", { name: "Cancel reply" }).click();
  await expect(replyContext(tomasPage)).toBeHidden();
  await comment(tomasPage, question.id).getByRole("link", { name: "Reply to Ines Harrow" }).click();
  await post(tomasPage, tomas, "Yes, up to six, says the timetable.");
  await expect(tomasPage.getByRole("status")).toHaveText("Thank you. Your comment is published.");
  const answer = db.approvedComments(article.id).at(-1)!;
  expect(answer).toMatchObject({ body: "Yes, up to six, says the timetable.", parentId: question.id });
  // Opened again (a reload would post the form a second time: its page is the answer to that post).
  await tomasPage.goto(path);
  await expect(comment(tomasPage, question.id).locator(".comment-replies > li")).toHaveAttribute("id", `comment-${answer.id}`);
  await expect(tomasPage.locator("#comments-title")).toHaveText("3 Comments");
  // Each comment's date is its own address on the page.
  await expect(comment(tomasPage, answer.id).locator(":scope > .comment__meta a")).toHaveAttribute("href", `#comment-${answer.id}`);
  await expectNoSeriousA11yViolations(tomasPage);
  await tomasPage.context().close();

  // Without JavaScript the link loads the page as a reply.
  const inesPage = await reader(browser, false);
  await inesPage.goto(path);
  await comment(inesPage, answer.id).getByRole("link", { name: "Reply to Tomas Reyes" }).click();
  await inesPage.waitForURL((url) => url.searchParams.get("replyto") === String(answer.id));
  await expect(replyContext(inesPage)).toHaveText("Replying to Tomas Reyes. Cancel reply");
  await post(inesPage, ines, "Thank you, that settles it.");
  await expect(inesPage.getByRole("status")).toHaveText("Thank you. Your comment is published.");
  const thanks = db.approvedComments(article.id).at(-1)!;
  expect(thanks.parentId).toBe(answer.id);
  await inesPage.goto(path);
  const third = comment(inesPage, question.id).locator(`#comment-${answer.id} #comment-${thanks.id}`);
  await expect(third).toContainText("Thank you, that settles it.");
  // The third level takes no replies; the first two still do.
  await expect(third.getByRole("link", { name: /^Reply/ })).toHaveCount(0);
  await expect(inesPage.getByRole("link", { name: /^Reply to / })).toHaveCount(3);
  // An address asking to reply to it anyway opens the form for a comment of one's own.
  await inesPage.goto(`${path}?replyto=${thanks.id}`);
  await expect(replyContext(inesPage)).toBeHidden();
  await inesPage.context().close();

  // A refused reply keeps replying; the page that says so is Next's, with its runtime, where Cancel works as well.
  const again = await reader(browser);
  await again.goto(path);
  await comment(again, question.id).getByRole("link", { name: "Reply to Ines Harrow" }).click();
  // A name of spaces passes the browser's own check and is refused by the server's.
  await post(again, { ...tomas, name: "   " }, "Also: the last bus meets it.");
  await expect(again.getByRole("status")).toHaveText("Please correct the fields marked below.");
  await expect(replyContext(again)).toHaveText("Replying to Ines Harrow. Cancel reply");
  await expect(again.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue("Also: the last bus meets it.");
  // Cancel is React's there: once the page's scripts have run (before, the link only scrolls to the form).
  await again.waitForLoadState("networkidle");
  await replyContext(again).getByRole("link", { name: "Cancel reply" }).click();
  await expect(replyContext(again)).toBeHidden();
  await expect(again.getByRole("textbox", { name: "Comment", exact: true }), "cancelling keeps what was typed").toHaveValue("Also: the last bus meets it.");
  await again.getByRole("textbox", { name: "Name" }).fill(tomas.name);
  await again.getByRole("button", { name: "Post comment" }).click();
  await expect(again.getByRole("status")).toHaveText("Thank you. Your comment is published.");
  expect(db.approvedComments(article.id).at(-1)).toMatchObject({ body: "Also: the last bus meets it.", parentId: null });
  await again.context().close();

  // A first-time commenter's reply waits, and the moderator reads it with what it answers.
  const newcomer = await reader(browser);
  await newcomer.goto(path);
  await comment(newcomer, answer.id).getByRole("link", { name: "Reply to Tomas Reyes" }).click();
  await post(newcomer, { name: "Sam Okafor", email: `sam.${stamp}@mail.example` }, "And the early one?");
  await expect(newcomer.getByRole("status")).toHaveText(/waiting for moderation/);
  await newcomer.context().close();
  await page.goto("/dashboard/comments");
  const row = page.getByRole("row").filter({ hasText: "And the early one?" });
  await expect(row).toContainText("In reply to Tomas Reyes: “Yes, up to six, says the timetable.”");
  await expectNoSeriousA11yViolations(page);

  await deleteArticle(page, article.id, article.title);
});
