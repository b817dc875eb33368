import { inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { auditRows, expectRefusedWithoutChange, signedIn } from "@/lib/testing/admin-actions";
import { form } from "@/lib/testing/forms";
import { makeArticle } from "@/lib/testing/fixtures";
import { signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { setCommentsForArticles, toggleArticleComments } from "./comments-actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "article-comments-test-secret";

const rowsOf = (ids: number[]) => () =>
  getDb().select({ id: articles.id, commentsClosed: articles.commentsClosed, updatedAt: articles.updatedAt }).from(articles).where(inArray(articles.id, ids)).orderBy(articles.id).all();
const auditOf = (ids: number[]) => auditRows().filter((r) => r.entityType === "article" && ids.map(String).includes(r.entityId!));

beforeEach(() => signOut());

describe("toggleArticleComments", () => {
  it("closes, then opens, one article's comments, auditing each", async () => {
    const article = makeArticle();
    const admin = await signedIn("admin", "Ada Admin");
    expect(await toggleArticleComments(undefined, form({ articleId: String(article.id), closed: "true" }))).toEqual({ status: "success", message: "Comments are closed on this article." });
    expect(rowsOf([article.id])()[0]).toMatchObject({ commentsClosed: true, updatedAt: article.updatedAt });
    expect(await toggleArticleComments(undefined, form({ articleId: String(article.id), closed: "false" }))).toMatchObject({ status: "success" });
    expect(rowsOf([article.id])()[0].commentsClosed).toBe(false);
    expect(auditOf([article.id])).toMatchObject([
      { action: "comment.close", actorId: admin.id, actorLabel: "Ada Admin", details: article.slug },
      { action: "comment.open", actorId: admin.id },
    ]);
  });

  it("sets the state the button named: a repeated click changes and audits nothing", async () => {
    const article = makeArticle({ commentsClosed: true });
    await signedIn("admin");
    expect(await toggleArticleComments(undefined, form({ articleId: String(article.id), closed: "true" }))).toMatchObject({ status: "success" });
    expect(rowsOf([article.id])()[0].commentsClosed).toBe(true);
    expect(auditOf([article.id])).toEqual([]);
  });

  it("answers an unknown article or a bad request with an error", async () => {
    await signedIn("admin");
    expect(await toggleArticleComments(undefined, form({ articleId: "999999", closed: "true" }))).toMatchObject({ status: "error", message: expect.stringMatching(/no longer exists/) });
    expect(await toggleArticleComments(undefined, form({ articleId: "abc", closed: "maybe" }))).toMatchObject({ status: "error", fieldErrors: { articleId: expect.any(String), closed: expect.any(String) } });
  });

  it("refuses an editor and a signed-out request, changing nothing", async () => {
    const article = makeArticle();
    const request = () => toggleArticleComments(undefined, form({ articleId: String(article.id), closed: "true" }));
    await signedIn("editor");
    await expectRefusedWithoutChange(request, rowsOf([article.id]), /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, rowsOf([article.id]), /Sign in again/);
  });
});

describe("setCommentsForArticles", () => {
  it("closes comments on every ticked article, one audit row each", async () => {
    const ticked = [makeArticle(), makeArticle(), makeArticle({ status: "draft", publishedAt: null })];
    const other = makeArticle();
    const ids = ticked.map((a) => a.id);
    await signedIn("admin");
    expect(await setCommentsForArticles(undefined, form({ ids: ids.map(String), commentsAction: "close" }))).toEqual({ status: "success", message: "Closed comments on 3 articles." });
    expect(rowsOf(ids)().map((a) => a.commentsClosed)).toEqual([true, true, true]);
    expect(rowsOf([other.id])()[0].commentsClosed).toBe(false);
    expect(auditOf(ids).map((r) => [r.action, r.entityId])).toEqual(ids.map((id) => ["comment.close", String(id)]));
  });

  it("opens them again, and counts those already open", async () => {
    const ticked = [makeArticle({ commentsClosed: true }), makeArticle()];
    const ids = ticked.map((a) => a.id);
    await signedIn("admin");
    expect(await setCommentsForArticles(undefined, form({ ids: ids.map(String), commentsAction: "open" }))).toEqual({ status: "success", message: "Opened comments on 1 article. 1 article already had comments open." });
    expect(auditOf(ids).map((r) => r.action)).toEqual(["comment.open"]);
  });

  it("marks a missing choice beside its field", async () => {
    await signedIn("admin");
    expect(await setCommentsForArticles(undefined, form({ commentsAction: "" }))).toMatchObject({
      status: "error",
      fieldErrors: { ids: "Tick at least one article first.", commentsAction: expect.stringMatching(/Close comments/) },
    });
  });

  it("refuses an editor and a signed-out request, changing nothing", async () => {
    const ids = [makeArticle().id, makeArticle().id];
    const request = () => setCommentsForArticles(undefined, form({ ids: ids.map(String), commentsAction: "close" }));
    await signedIn("editor");
    await expectRefusedWithoutChange(request, rowsOf(ids), /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, rowsOf(ids), /Sign in again/);
  });
});
