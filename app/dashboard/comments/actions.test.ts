import { inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { comments } from "@/db/schema";
import { auditRows, expectRefusedWithoutChange, signedIn } from "@/lib/testing/admin-actions";
import { queueParams } from "@/lib/comments/queue-params";
import { form } from "@/lib/testing/forms";
import { makeArticle, makeComment } from "@/lib/testing/fixtures";
import { signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { deleteComment, moderateComment, moderateSelected } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
// refresh() needs Next's request store, which a test has none of.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "moderation-test-secret";

const rowsOf = (ids: number[]) => () => getDb().select().from(comments).where(inArray(comments.id, ids)).all();
const auditFor = (action: string) => auditRows().filter((r) => r.action === action);

/** redirect() throws; its digest carries the address. */
async function redirectOf(request: Promise<unknown>): Promise<string> {
  const error = await request.then(
    () => null,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: string } | null)?.digest ?? "";
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(";")[2];
}

/** The message the queue shows at an address an action redirected to. */
const messageAt = (to: string) => queueParams(Object.fromEntries(new URL(to, "http://localhost").searchParams)).doneMessage;

beforeEach(() => signOut());

describe("moderateComment (a row's Approve / Mark as spam)", () => {
  it("approves as an admin, audits with the article id, and returns to the tab and page", async () => {
    const article = makeArticle();
    const comment = makeComment(article.id, "pending");
    const admin = await signedIn("admin", "Ada Admin");
    const to = await redirectOf(moderateComment(undefined, form({ commentId: String(comment.id), action: "approve", returnTo: "pending", page: "2" })));
    expect(to).toBe("/dashboard/comments?status=pending&page=2&done=approve");
    expect(rowsOf([comment.id])()[0].status).toBe("approved");
    expect(auditFor("comment.approve")).toMatchObject([{ actorId: admin.id, actorLabel: "Ada Admin", entityType: "comment", entityId: String(comment.id), details: `article #${article.id}` }]);
  });

  it("marks as spam", async () => {
    const comment = makeComment(makeArticle().id, "approved");
    await signedIn("admin");
    await redirectOf(moderateComment(undefined, form({ commentId: String(comment.id), action: "spam", returnTo: "approved" })));
    expect(rowsOf([comment.id])()[0].status).toBe("spam");
    expect(auditFor("comment.spam").map((r) => r.entityId)).toContain(String(comment.id));
  });

  it("refuses an editor and a signed-out request, changing nothing", async () => {
    const comment = makeComment(makeArticle().id, "pending");
    const request = () => moderateComment(undefined, form({ commentId: String(comment.id), action: "approve", returnTo: "pending" }));
    await signedIn("editor");
    await expectRefusedWithoutChange(request, rowsOf([comment.id]), /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, rowsOf([comment.id]), /Sign in again/);
  });

  it("answers a comment deleted meanwhile with an error, not a redirect", async () => {
    await signedIn("admin");
    expect(await moderateComment(undefined, form({ commentId: "999999", action: "approve", returnTo: "pending" }))).toMatchObject({ status: "error", message: expect.stringMatching(/no longer exists/) });
  });
});

describe("moving a comment back to Pending (Unapprove, Not spam)", () => {
  it("unapproves an approved comment: audited, and the queue says so", async () => {
    const article = makeArticle();
    const comment = makeComment(article.id, "approved");
    const admin = await signedIn("admin");
    const to = await redirectOf(moderateComment(undefined, form({ commentId: String(comment.id), action: "pending", returnTo: "approved" })));
    expect(to).toBe("/dashboard/comments?status=approved&done=pending");
    expect(rowsOf([comment.id])()[0].status).toBe("pending");
    expect(auditFor("comment.pending")).toContainEqual(expect.objectContaining({ actorId: admin.id, entityId: String(comment.id), details: `article #${article.id}` }));
  });

  it("rescues ticked spam to Pending, leaving one already pending alone", async () => {
    const article = makeArticle();
    const [spam, waiting] = [makeComment(article.id, "spam"), makeComment(article.id, "pending")];
    await signedIn("admin");
    const to = await redirectOf(moderateSelected(undefined, form({ ids: [String(spam.id), String(waiting.id)], action: "pending", returnTo: "spam" })));
    expect(messageAt(to)).toBe("Moved back to Pending: 1 comment. 1 comment was already pending.");
    expect(rowsOf([spam.id, waiting.id])().map((c) => c.status)).toEqual(["pending", "pending"]);
  });

  it("refuses an editor, changing nothing", async () => {
    const comment = makeComment(makeArticle().id, "approved");
    await signedIn("editor");
    await expectRefusedWithoutChange(() => moderateComment(undefined, form({ commentId: String(comment.id), action: "pending", returnTo: "approved" })), rowsOf([comment.id]), /role does not allow/);
  });
});

describe("moderateSelected (the bulk form)", () => {
  it("applies the action to every ticked comment, one audit row each", async () => {
    const article = makeArticle();
    const ticked = [makeComment(article.id, "pending"), makeComment(article.id, "pending"), makeComment(article.id, "spam")];
    const untouched = makeComment(article.id, "pending");
    await signedIn("admin");
    const to = await redirectOf(moderateSelected(undefined, form({ ids: ticked.map((c) => String(c.id)), action: "approve", returnTo: "pending", page: "2" })));
    // Back to the tab and page it came from, whose address now says what this action did, and nothing older.
    expect(to).toBe("/dashboard/comments?status=pending&page=2&done=approve&n=3");
    expect(messageAt(to)).toBe("Approved 3 comments.");
    expect(rowsOf(ticked.map((c) => c.id))().map((c) => c.status)).toEqual(["approved", "approved", "approved"]);
    expect(rowsOf([untouched.id])()[0].status).toBe("pending");
    const ids = ticked.map((c) => String(c.id));
    expect(auditFor("comment.approve").filter((r) => ids.includes(r.entityId!)).map((r) => r.entityId).sort()).toEqual(ids.sort());
  });

  it("leaves comments already in that state alone, and says so", async () => {
    const article = makeArticle();
    const [a, b] = [makeComment(article.id, "spam"), makeComment(article.id, "pending")];
    await signedIn("admin");
    const before = auditFor("comment.spam").length;
    const to = await redirectOf(moderateSelected(undefined, form({ ids: [String(a.id), String(b.id)], action: "spam" })));
    expect(messageAt(to)).toBe("Marked as spam: 1 comment. 1 comment was already marked as spam.");
    expect(auditFor("comment.spam")).toHaveLength(before + 1);
  });

  it("deletes only with “Yes, delete” ticked", async () => {
    const article = makeArticle();
    const ticked = [makeComment(article.id, "spam"), makeComment(article.id, "spam")];
    const ids = ticked.map((c) => String(c.id));
    await signedIn("admin");
    const unconfirmed = await moderateSelected(undefined, form({ ids, action: "delete" }));
    expect(unconfirmed).toMatchObject({ status: "error", fieldErrors: { confirmDelete: expect.stringMatching(/Yes, delete/) }, values: { action: "delete" } });
    expect(rowsOf(ticked.map((c) => c.id))()).toHaveLength(2);

    expect(messageAt(await redirectOf(moderateSelected(undefined, form({ ids, action: "delete", confirmDelete: "on" }))))).toBe("Deleted 2 comments.");
    expect(rowsOf(ticked.map((c) => c.id))()).toHaveLength(0);
    expect(auditFor("comment.delete").filter((r) => ids.includes(r.entityId!))).toMatchObject([{ details: `article #${article.id}` }, { details: `article #${article.id}` }]);
  });

  it("marks missing choices beside their fields", async () => {
    await signedIn("admin");
    const state = await moderateSelected(undefined, form({ action: "" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { ids: "Tick at least one comment first.", action: "Choose what to do with the selected comments." } });
    expect(await moderateSelected(undefined, form({ ids: ["1", "x"], action: "approve" }))).toMatchObject({ fieldErrors: { ids: expect.stringMatching(/not valid/) } });
  });

  it("refuses an editor and a signed-out request, changing nothing", async () => {
    const article = makeArticle();
    const ticked = [makeComment(article.id, "pending"), makeComment(article.id, "approved")];
    const ids = ticked.map((c) => c.id);
    const request = () => moderateSelected(undefined, form({ ids: ids.map(String), action: "delete", confirmDelete: "on" }));
    await signedIn("editor");
    await expectRefusedWithoutChange(request, rowsOf(ids), /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, rowsOf(ids), /Sign in again/);
  });
});

describe("deleteComment (the confirmation page)", () => {
  it("deletes one comment, audits it and returns to the tab it came from", async () => {
    const article = makeArticle();
    const comment = makeComment(article.id, "spam");
    await signedIn("admin");
    expect(await redirectOf(deleteComment(undefined, form({ commentId: String(comment.id), returnTo: "spam", page: "1" })))).toBe("/dashboard/comments?status=spam&done=delete");
    expect(rowsOf([comment.id])()).toEqual([]);
    expect(auditFor("comment.delete").find((r) => r.entityId === String(comment.id))).toMatchObject({ entityType: "comment", details: `article #${article.id}` });
  });

  it("refuses an editor and a signed-out request, changing nothing", async () => {
    const comment = makeComment(makeArticle().id, "pending");
    const request = () => deleteComment(undefined, form({ commentId: String(comment.id), returnTo: "pending" }));
    await signedIn("editor");
    await expectRefusedWithoutChange(request, rowsOf([comment.id]), /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, rowsOf([comment.id]), /Sign in again/);
  });
});
