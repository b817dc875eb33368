import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { articleRevisions, articles, articleSlugRedirects, articleTags, auditLog, tags } from "@/db/schema";
import { makeArticle, makeAuthor, makeCategory } from "@/lib/testing/fixtures";
import { signInAs, signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { deletedArticleTitle } from "@/db/queries/audit";
import { deleteArticleAction, previewMarkdown, saveArticleAction } from "./actions";
import { form, runAction as run } from "@/lib/testing/forms";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "article-actions-test-secret";
process.env.SITE_TIMEZONE = "Europe/London";



/** Counts of every table a save writes, to show that a refused save stored nothing. */
function snapshot() {
  const db = getDb();
  const n = (table: typeof articles | typeof articleRevisions | typeof articleTags | typeof auditLog | typeof tags | typeof articleSlugRedirects) =>
    db.select({ n: count() }).from(table).get()!.n;
  return { articles: n(articles), revisions: n(articleRevisions), articleTags: n(articleTags), tags: n(tags), audit: n(auditLog), redirects: n(articleSlugRedirects) };
}

const article = (id: number) => getDb().select().from(articles).where(eq(articles.id, id)).get()!;
let categoryId: number;
let editor: ReturnType<typeof makeAuthor>;

beforeEach(async () => {
  signOut();
  categoryId = makeCategory().id;
  editor = makeAuthor("Ada Editor");
  await signInAs(editor.id);
});

const base = () => ({ title: "Harbour plan approved", slug: `harbour-${crypto.randomUUID().slice(0, 8)}`, categoryId: String(categoryId), bodyMarkdown: "The **council** voted.", intent: "save" });

describe("saving an article", () => {
  it("creates the article, its tags, the first revision and the audit entry together", async () => {
    const values = { ...base(), tags: "Harbour, City hall, harbour", sourceUrl: "https://example.com/original", isLead: "on" };
    const result = await run(saveArticleAction, values);
    expect(result).toMatchObject({ redirectedTo: expect.stringMatching(/^\/dashboard\/articles\/\d+\/edit\?saved=created$/) });
    const id = Number(/articles\/(\d+)/.exec((result as { redirectedTo: string }).redirectedTo)![1]);
    const stored = article(id);
    expect(stored).toMatchObject({ title: "Harbour plan approved", status: "draft", revision: 1, authorId: editor.id, isLead: true, sourceUrl: "https://example.com/original", publishedAt: null });
    expect(stored.bodyHtml).toBe("<p>The <strong>council</strong> voted.</p>\n");
    // The plain text feeds the search index.
    expect(stored.bodyText).toBe("The council voted.");
    const tagNames = getDb().select({ slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, id)).all().map((t) => t.slug).sort();
    expect(tagNames).toEqual(["city-hall", "harbour"]);
    const revisions = getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).all();
    expect(revisions).toHaveLength(1);
    expect(revisions[0].savedById).toBe(editor.id);
    expect(JSON.parse(revisions[0].fields)).toMatchObject({ title: "Harbour plan approved", tags: ["Harbour", "City hall"], isLead: true });
    const audit = getDb().select().from(auditLog).where(eq(auditLog.entityId, String(id))).all();
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["article.create", editor.id]]);
  });

  it("refuses a slug another article uses, naming it, and stores nothing", async () => {
    const other = makeArticle({ title: "Markets close higher" });
    const before = snapshot();
    const result = await run(saveArticleAction, { ...base(), slug: other.slug, tags: "New tag" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { slug: "Slug already used by 'Markets close higher'. Choose another one." } });
    expect(result).toMatchObject({ values: { title: "Harbour plan approved", slug: other.slug, tags: "New tag" } });
    expect(snapshot()).toEqual(before);
  });

  it("returns field errors with the entered values for an invalid form", async () => {
    const result = await run(saveArticleAction, { ...base(), title: "", sourceUrl: "javascript:alert(1)" });
    expect(result).toMatchObject({ status: "error", fieldErrors: { title: "Enter a title.", sourceUrl: expect.stringContaining("https://") }, values: { sourceUrl: "javascript:alert(1)" } });
  });

  it("refuses a save based on an older revision, says who saved the newer one, keeps the text and stores nothing", async () => {
    const existing = makeArticle({ status: "draft", publishedAt: null });
    await run(saveArticleAction, { ...base(), id: String(existing.id), baseRevision: "1", slug: existing.slug, title: "First editor's title" });
    expect(article(existing.id).revision).toBe(2);

    await signInAs(makeAuthor("Bea Late").id);
    const before = snapshot();
    const result = await run(saveArticleAction, { ...base(), id: String(existing.id), baseRevision: "1", slug: existing.slug, title: "Second editor's title", bodyMarkdown: "My long text." });
    expect(result).toMatchObject({ status: "error", message: expect.stringMatching(/^Not saved: Ada Editor saved a newer version on \w+ \d+\w\w, \d{4}, \d\d:\d\d/), values: { title: "Second editor's title", bodyMarkdown: "My long text." } });
    expect(snapshot()).toEqual(before);
    expect(article(existing.id).title).toBe("First editor's title");
  });

  it("replaces the editor's page in the browser's history after a save, so Back cannot bring the older form", async () => {
    const draft = makeArticle({ status: "draft", publishedAt: null });
    const thrown = await saveArticleAction(undefined, form({ ...base(), id: String(draft.id), baseRevision: "1", slug: draft.slug })).catch((error: unknown) => error);
    expect((thrown as { digest?: string }).digest).toMatch(new RegExp(`^NEXT_REDIRECT;replace;/dashboard/articles/${draft.id}/edit\\?saved=save;`));
  });

  it("redirects the old slug of a published article to the new one, and frees a redirect named like the new slug", async () => {
    const published = makeArticle();
    const other = makeArticle();
    getDb().insert(articleSlugRedirects).values({ oldSlug: "harbour-renamed", articleId: other.id }).run();
    const result = await run(saveArticleAction, { ...base(), id: String(published.id), baseRevision: "1", slug: "harbour-renamed" });
    expect(result).toEqual({ redirectedTo: `/dashboard/articles/${published.id}/edit?saved=save` });
    const redirects = getDb().select().from(articleSlugRedirects).all();
    expect(redirects).toContainEqual({ oldSlug: published.slug, articleId: published.id });
    expect(redirects.some((r) => r.oldSlug === "harbour-renamed")).toBe(false);
    expect(article(published.id)).toMatchObject({ slug: "harbour-renamed", status: "published", revision: 2 });
  });

  it("does not redirect the old slug of a draft that was never published", async () => {
    const draft = makeArticle({ status: "draft", publishedAt: null });
    await run(saveArticleAction, { ...base(), id: String(draft.id), baseRevision: "1" });
    expect(getDb().select().from(articleSlugRedirects).where(eq(articleSlugRedirects.articleId, draft.id)).all()).toEqual([]);
  });
});

describe("publishing", () => {
  it("publishes now, setting the date once", async () => {
    const draft = makeArticle({ status: "draft", publishedAt: null });
    const started = Date.now();
    await run(saveArticleAction, { ...base(), id: String(draft.id), baseRevision: "1", intent: "publish" });
    const stored = article(draft.id);
    expect(stored.status).toBe("published");
    expect(stored.publishedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(draft.id))).all()).toEqual([{ action: "article.publish" }]);
  });

  it("schedules at a wall-clock time in the site time zone, and refuses the past", async () => {
    const draft = makeArticle({ status: "draft", publishedAt: null });
    const refused = await run(saveArticleAction, { ...base(), id: String(draft.id), baseRevision: "1", intent: "schedule", scheduleAt: "2020-01-01T09:00" });
    expect(refused).toMatchObject({ fieldErrors: { scheduleAt: expect.stringContaining("future") } });
    expect(article(draft.id).status).toBe("draft");

    const result = await run(saveArticleAction, { ...base(), id: String(draft.id), baseRevision: "1", intent: "schedule", scheduleAt: "2099-07-01T09:00" });
    expect(result).toMatchObject({ redirectedTo: expect.stringContaining("saved=schedule") });
    expect(article(draft.id)).toMatchObject({ status: "scheduled", publishedAt: new Date("2099-07-01T08:00:00Z") });
  });

  it("moves a scheduled article's time with Save changes, refuses a past one, and gives the time back when refused", async () => {
    const draft = makeArticle({ status: "draft", publishedAt: null });
    await run(saveArticleAction, { ...base(), id: String(draft.id), baseRevision: "1", intent: "schedule", scheduleAt: "2099-07-01T09:00" });
    const moved = await run(saveArticleAction, { ...base(), id: String(draft.id), baseRevision: "2", intent: "save", scheduleAt: "2099-07-02T18:30" });
    expect(moved).toMatchObject({ redirectedTo: expect.stringContaining("saved=save") });
    expect(article(draft.id)).toMatchObject({ status: "scheduled", publishedAt: new Date("2099-07-02T17:30:00Z") });

    const past = await run(saveArticleAction, { ...base(), id: String(draft.id), baseRevision: "3", intent: "save", scheduleAt: "2020-01-01T09:00" });
    expect(past).toMatchObject({ status: "error", message: expect.stringContaining("future"), values: { scheduleAt: "2020-01-01T09:00" } });
    const taken = makeArticle();
    const clash = await run(saveArticleAction, { ...base(), id: String(draft.id), baseRevision: "3", slug: taken.slug, intent: "save", scheduleAt: "2099-07-03T07:00" });
    expect(clash).toMatchObject({ status: "error", fieldErrors: { slug: expect.any(String) }, values: { scheduleAt: "2099-07-03T07:00" } });
    expect(article(draft.id).publishedAt).toEqual(new Date("2099-07-02T17:30:00Z"));

    // A draft's time waits for Schedule: Save draft keeps it a draft.
    const other = makeArticle({ status: "draft", publishedAt: null });
    await run(saveArticleAction, { ...base(), id: String(other.id), baseRevision: "1", intent: "save", scheduleAt: "2099-07-01T09:00" });
    expect(article(other.id)).toMatchObject({ status: "draft", publishedAt: null });
  });

  it("unpublishes a published article: a draft with unpublishedAt set", async () => {
    const published = makeArticle();
    await run(saveArticleAction, { ...base(), id: String(published.id), baseRevision: "1", slug: published.slug, intent: "unpublish" });
    const stored = article(published.id);
    expect(stored.status).toBe("draft");
    expect(stored.unpublishedAt).toBeInstanceOf(Date);
    expect(stored.publishedAt).toEqual(published.publishedAt);
    expect(getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(published.id))).all()).toEqual([{ action: "article.unpublish" }]);
  });

  it("deletes an article with its revisions, and records it", async () => {
    const doomed = makeArticle({ title: "Doomed story" });
    await run(saveArticleAction, { ...base(), id: String(doomed.id), baseRevision: "1", slug: doomed.slug });
    const result = await run(deleteArticleAction, { id: String(doomed.id) });
    expect(result).toEqual({ redirectedTo: `/dashboard?deleted=${doomed.id}` });
    expect(deletedArticleTitle(doomed.id)).toBe("Harbour plan approved");
    expect(deletedArticleTitle(makeArticle().id)).toBeUndefined();
    expect(getDb().select().from(articles).where(eq(articles.id, doomed.id)).get()).toBeUndefined();
    expect(getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, doomed.id)).all()).toEqual([]);
    expect(getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, String(doomed.id))).all().map((a) => a.action)).toContain("article.delete");
  });
});

describe("signed out", () => {
  it("refuses every action and changes nothing", async () => {
    const published = makeArticle();
    signOut();
    const before = snapshot();
    for (const intent of ["save", "publish", "unpublish"]) {
      expect(await run(saveArticleAction, { ...base(), id: String(published.id), baseRevision: "1", intent })).toMatchObject({ status: "error", refused: true });
    }
    expect(await run(saveArticleAction, { ...base() })).toMatchObject({ refused: true });
    expect(await run(deleteArticleAction, { id: String(published.id) })).toMatchObject({ refused: true });
    expect(snapshot()).toEqual(before);
    expect(article(published.id)).toEqual(published);
    expect(await previewMarkdown("**hi**")).toBe("");
  });

  it("previews Markdown for staff with the public renderer", async () => {
    expect(await previewMarkdown("**hi** <script>x</script>")).toBe("<p><strong>hi</strong> </p>\n");
  });
});
