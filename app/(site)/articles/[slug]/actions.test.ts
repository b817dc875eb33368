import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { comments } from "@/db/schema";
import { saveCommentSettings } from "@/db/queries/settings";
import { commentMessages } from "@/lib/comments/form-state";
import { makeArticle, makeComment } from "@/lib/testing/fixtures";
import { requestHeaders } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { postCommentAction } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "comment-test-secret";

let ipCounter = 0;
beforeEach(() => {
  requestHeaders.set("x-forwarded-for", `198.51.100.${++ipCounter}`);
  getDb().transaction((tx) => saveCommentSettings(tx, { commentsEnabled: true, closeAfterDays: null }));
});

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries({ name: "Reader", email: "reader@mail.example", body: "A thoughtful comment.", ...values })) data.append(k, String(v));
  return data;
}
const post = (values: Record<string, string | number>) => postCommentAction({ status: "idle" }, form(values));
const stored = (articleId: number) => getDb().select().from(comments).where(eq(comments.articleId, articleId)).all();

describe("posting a comment", () => {
  it("holds a first comment for moderation and publishes the next one from the same email", async () => {
    const article = makeArticle();
    expect(await post({ articleId: article.id, email: "New@Mail.example" })).toEqual({ status: "pending", message: commentMessages.pending });
    expect(stored(article.id)).toMatchObject([{ status: "pending", authorEmail: "new@mail.example" }]);
    getDb().update(comments).set({ status: "approved" }).where(eq(comments.articleId, article.id)).run();
    expect(await post({ articleId: article.id, email: "new@mail.example" })).toEqual({ status: "published", message: commentMessages.published });
  });

  it("sends a comment with more than two links to moderation, even from a known commenter", async () => {
    const article = makeArticle();
    const known = makeComment(article.id, "approved");
    const body = "See https://a.example and http://b.example and www.c.example";
    expect(await post({ articleId: article.id, email: known.authorEmail, body })).toMatchObject({ status: "pending" });
    expect(await post({ articleId: article.id, email: known.authorEmail, body: "Only https://a.example and https://b.example" })).toMatchObject({ status: "published" });
  });

  it("stores nothing when the honeypot is filled, yet answers like a first comment", async () => {
    const article = makeArticle();
    expect(await post({ articleId: article.id, website: "http://spam.example" })).toEqual({ status: "pending", message: commentMessages.pending });
    expect(stored(article.id)).toEqual([]);
  });

  it("allows five comments from one address in ten minutes, then refuses", async () => {
    const article = makeArticle();
    for (let i = 0; i < 5; i++) expect(await post({ articleId: article.id, body: `Comment number ${i}` })).toMatchObject({ status: "pending" });
    expect(await post({ articleId: article.id })).toMatchObject({ status: "error", message: commentMessages["rate-limited"] });
    expect(stored(article.id)).toHaveLength(5);
    requestHeaders.set("x-forwarded-for", "203.0.113.200");
    expect(await post({ articleId: article.id })).toMatchObject({ status: "pending" });
  });

  it("counts an IPv6 connection's whole /64 as one address for that limit", async () => {
    const article = makeArticle();
    for (let i = 0; i < 5; i++) {
      requestHeaders.set("x-forwarded-for", `2001:db8:5:6::${i + 1}`);
      expect(await post({ articleId: article.id, body: `Comment number ${i}` })).toMatchObject({ status: "pending" });
    }
    requestHeaders.set("x-forwarded-for", "2001:db8:5:6:ffff::42");
    expect(await post({ articleId: article.id })).toMatchObject({ status: "error", message: commentMessages["rate-limited"] });
    requestHeaders.set("x-forwarded-for", "2001:db8:5:7::1");
    expect(await post({ articleId: article.id })).toMatchObject({ status: "pending" });
  });

  it("refuses a closed article, by its switch, site-wide or by age, and stores nothing", async () => {
    const closed = makeArticle({ commentsClosed: true });
    expect(await post({ articleId: closed.id })).toMatchObject({ status: "error", message: commentMessages.closed });
    const old = makeArticle({ publishedAt: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000) });
    const fresh = makeArticle();
    getDb().transaction((tx) => saveCommentSettings(tx, { commentsEnabled: true, closeAfterDays: 30 }));
    expect(await post({ articleId: old.id })).toMatchObject({ message: commentMessages.closed });
    expect(await post({ articleId: fresh.id })).toMatchObject({ status: "pending" });
    getDb().transaction((tx) => saveCommentSettings(tx, { commentsEnabled: false, closeAfterDays: null }));
    expect(await post({ articleId: fresh.id })).toMatchObject({ message: commentMessages.closed });
    expect(stored(closed.id)).toEqual([]);
    expect(stored(old.id)).toEqual([]);
    expect(stored(fresh.id)).toHaveLength(1);
  });

  it("refuses drafts and unknown articles", async () => {
    const draft = makeArticle({ status: "draft", publishedAt: null });
    expect(await post({ articleId: draft.id })).toMatchObject({ message: commentMessages["unknown-article"] });
    expect(await post({ articleId: 987654 })).toMatchObject({ message: commentMessages["unknown-article"] });
    expect(stored(draft.id)).toEqual([]);
  });

  it("returns field errors with the entered values", async () => {
    const article = makeArticle();
    const state = await post({ articleId: article.id, name: "  ", email: "nope", body: "x".repeat(5001) });
    expect(state).toMatchObject({ status: "error", fieldErrors: { name: "Enter your name.", email: expect.stringContaining("email"), body: expect.stringContaining("5,000") } });
    expect(state.status === "error" && state.values.email).toBe("nope");
    expect(stored(article.id)).toEqual([]);
  });

  it("stores hostile text as text, without control characters", async () => {
    const article = makeArticle();
    const body = '<script>alert(1)</script>\n<a href="javascript:alert(1)">x</a>\u0007\u0000 end';
    await post({ articleId: article.id, name: "<img src=x onerror=alert(1)>", email: "x@mail.example", body });
    const [comment] = stored(article.id);
    expect(comment.body).toBe('<script>alert(1)</script>\n<a href="javascript:alert(1)">x</a> end');
    expect(comment.authorName).toBe("<img src=x onerror=alert(1)>");
    expect(comment.ipHash).toMatch(/^[a-f0-9]{32}$/);
  });
});

describe("replying to a comment", () => {
  const approved = (articleId: number, parentId: number | null = null) =>
    getDb().insert(comments).values({ articleId, parentId, authorName: "Ines", authorEmail: "ines@mail.example", body: "First.", status: "approved" }).returning().get();

  it("stores the reply under the comment it answers, three levels deep at most", async () => {
    const article = makeArticle();
    const top = approved(article.id);
    const reply = approved(article.id, top.id);
    expect((await post({ articleId: article.id, parentId: reply.id })).status).toBe("pending");
    expect(stored(article.id).at(-1)).toMatchObject({ parentId: reply.id, body: "A thoughtful comment." });
    // A comment on the third level takes no replies: the thread would run off a phone's screen.
    const third = approved(article.id, reply.id);
    const refused = await post({ articleId: article.id, parentId: third.id, body: "Too deep." });
    expect(refused).toMatchObject({ status: "error", message: commentMessages["unknown-parent"], values: { body: "Too deep.", parentId: "" } });
    expect(stored(article.id).map((c) => c.body)).not.toContain("Too deep.");
    expect((await post({ articleId: article.id, parentId: "" })).status).toBe("pending");
    expect(stored(article.id).at(-1)!.parentId).toBeNull();
  });

  it("counts the depth as readers see it: a comment under a hidden one starts its own thread", async () => {
    const article = makeArticle();
    const hidden = makeComment(article.id, "spam");
    const standing = approved(article.id, hidden.id);
    const reply = approved(article.id, standing.id);
    expect((await post({ articleId: article.id, parentId: reply.id })).status).toBe("pending");
  });

  it("refuses a reply to a comment readers cannot see, or on another article, and stores nothing", async () => {
    const article = makeArticle();
    const other = makeArticle();
    for (const parent of [makeComment(article.id, "pending"), makeComment(article.id, "spam"), approved(other.id)]) {
      expect(await post({ articleId: article.id, parentId: parent.id })).toMatchObject({ status: "error", message: commentMessages["unknown-parent"] });
    }
    expect(await post({ articleId: article.id, parentId: 999999 })).toMatchObject({ status: "error", message: commentMessages["unknown-parent"] });
    expect((await post({ articleId: article.id, parentId: "x" })).status).toBe("error");
    expect(stored(article.id).map((c) => c.status)).toEqual(["pending", "spam"]);
  });

  it("leaves the replies standing when their comment is deleted", () => {
    const article = makeArticle();
    const top = approved(article.id);
    const reply = approved(article.id, top.id);
    getDb().delete(comments).where(eq(comments.id, top.id)).run();
    expect(stored(article.id)).toMatchObject([{ id: reply.id, parentId: null }]);
  });
});
