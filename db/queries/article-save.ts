import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { writeTransaction } from "@/db/client";
import { articleRevisions, articles, articleSlugRedirects, articleTags, authors, categories, images, tags, tagSlugRedirects, type Article, type ArticleStatus } from "@/db/schema";
import { formatDateTime } from "@/lib/dates";
import { slugify } from "@/lib/slug";
import type { ArticleFields, ArticleIntent } from "@/lib/validation/article";
import { writeAudit, type Tx } from "./audit";
import { missingBodyPictures, setArticlePictures } from "./media-library";
import { pagesChanged } from "./page-version";

export type SaveRequest = {
  id?: number;
  baseRevision?: number;
  fields: ArticleFields;
  intent: ArticleIntent;
  scheduleAt: Date | null;
  // Rendered from fields.bodyMarkdown before the transaction, which must stay synchronous.
  body: { bodyHtml: string; bodyText: string };
};

export type SaveResult = { ok: true; id: number; slug: string } | { ok: false; field?: keyof ArticleFields | "form"; message: string };

type Actor = { id: number; name: string };
type Current = Pick<Article, "id" | "slug" | "status" | "revision" | "publishedAt" | "unpublishedAt">;

/** Readers could see it at some time: its old URL is worth redirecting. */
function wasEverPublished(article: Current, now: Date): boolean {
  if (article.unpublishedAt) return true;
  return article.status !== "draft" && article.publishedAt !== null && article.publishedAt <= now;
}

type Publication = { status: ArticleStatus; publishedAt: Date | null; unpublishedAt: Date | null };

/** Where status and times go for each button; `current` is undefined for a new article. */
function nextPublication(intent: ArticleIntent, current: Current | undefined, scheduleAt: Date | null, now: Date): Publication | string {
  // Only these three: spreading `current` itself would write its old slug and revision back.
  const kept: Publication = current ? { status: current.status, publishedAt: current.publishedAt, unpublishedAt: current.unpublishedAt } : { status: "draft", publishedAt: null, unpublishedAt: null };
  switch (intent) {
    case "save":
      // A scheduled article's Publish at moves with Save changes, as WordPress's Update does; a draft's waits for Schedule.
      if (current?.status === "scheduled" && scheduleAt && scheduleAt.getTime() !== current.publishedAt?.getTime()) {
        if (scheduleAt <= now) return "Choose a time in the future for Publish at, or use Publish now.";
        return { ...kept, publishedAt: scheduleAt };
      }
      return kept;
    case "publish": {
      // The first publish sets the date; republishing after an unpublish keeps the original date.
      const live = kept.publishedAt !== null && kept.publishedAt <= now;
      return { status: "published", publishedAt: live ? kept.publishedAt : now, unpublishedAt: null };
    }
    case "schedule":
      return { status: "scheduled", publishedAt: scheduleAt, unpublishedAt: null };
    case "unpublish": {
      if (!current || current.status === "draft") return "This article is not published, so there is nothing to unpublish.";
      const live = current.publishedAt !== null && current.publishedAt <= now;
      // Only an article readers could see gets the 410 marker; a not-yet-live schedule just goes back to draft.
      return { status: "draft", publishedAt: current.publishedAt, unpublishedAt: live ? now : current.unpublishedAt };
    }
  }
}

function conflictMessage(tx: Tx, articleId: number, revision: number, timeZone: string): string {
  const newer = tx
    .select({ savedAt: articleRevisions.savedAt, name: authors.name })
    .from(articleRevisions)
    .leftJoin(authors, eq(authors.id, articleRevisions.savedById))
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.revision, revision)))
    .get();
  const who = newer ? `${newer.name ?? "A former staff member"} saved a newer version on ${formatDateTime(newer.savedAt, timeZone)}` : "Someone saved a newer version";
  return `Not saved: ${who} while you were editing. Your text is kept below: copy what you need, then reload the editor to see their version.`;
}

/**
 * Replaces the article's tags with `names`, creating tags that do not exist yet (one per slug). A name whose tag was
 * renamed or merged into another (its old address redirects) means the tag it became, not a new one at that address.
 */
function setTags(tx: Tx, articleId: number, names: string[]): void {
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  if (names.length === 0) return;
  const wanted = names.map((name) => ({ name, slug: slugify(name) }));
  const moved = tx.select().from(tagSlugRedirects).where(inArray(tagSlugRedirects.oldSlug, wanted.map((t) => t.slug))).all();
  const fresh = wanted.filter((t) => !moved.some((m) => m.oldSlug === t.slug));
  if (fresh.length > 0) tx.insert(tags).values(fresh).onConflictDoNothing({ target: tags.slug }).run();
  const found = fresh.length > 0 ? tx.select({ id: tags.id }).from(tags).where(inArray(tags.slug, fresh.map((t) => t.slug))).all() : [];
  const ids = new Set([...found.map((t) => t.id), ...moved.map((m) => m.tagId)]);
  tx.insert(articleTags).values([...ids].map((tagId) => ({ articleId, tagId }))).run();
}

/** Reasons the fields cannot be stored as they are, checked inside the transaction so no one can slip in between. */
function invalidReference(tx: Tx, request: SaveRequest): SaveResult | undefined {
  const { fields } = request;
  const taken = tx
    .select({ title: articles.title })
    .from(articles)
    .where(request.id ? and(eq(articles.slug, fields.slug), ne(articles.id, request.id)) : eq(articles.slug, fields.slug))
    .get();
  if (taken) return { ok: false, field: "slug", message: `Slug already used by '${taken.title}'. Choose another one.` };
  if (!tx.select({ id: categories.id }).from(categories).where(eq(categories.id, fields.categoryId)).get()) {
    return { ok: false, field: "categoryId", message: "That section no longer exists. Choose another one." };
  }
  if (fields.heroImageId && !tx.select({ id: images.id }).from(images).where(eq(images.id, fields.heroImageId)).get()) {
    return { ok: false, field: "heroImageId", message: "The hero image is no longer stored: upload it again, or choose another from the library." };
  }
  // A picture uploaded for the body may have been deleted from the media library before the article was saved.
  const missing = missingBodyPictures(tx, request.body.bodyHtml);
  if (missing) return { ok: false, field: "bodyMarkdown", message: missing };
  return undefined;
}

const auditActions: Record<ArticleIntent, string> = { save: "article.update", publish: "article.publish", schedule: "article.schedule", unpublish: "article.unpublish" };

/**
 * Stores one save of the editor in one transaction: the article row, its tags and pictures, a revision snapshot, a redirect
 * from a published article's old slug, and the audit entries. Nothing is stored when any check fails.
 */
export function saveArticle(request: SaveRequest, actor: Actor, now: Date, timeZone: string): SaveResult {
  return writeTransaction((tx): SaveResult => {
    const current = request.id
      ? tx
          .select({ id: articles.id, slug: articles.slug, status: articles.status, revision: articles.revision, publishedAt: articles.publishedAt, unpublishedAt: articles.unpublishedAt })
          .from(articles)
          .where(eq(articles.id, request.id))
          .get()
      : undefined;
    if (request.id && !current) return { ok: false, field: "form", message: "This article no longer exists: someone deleted it." };
    if (current && request.baseRevision !== current.revision) {
      return { ok: false, field: "form", message: conflictMessage(tx, current.id, current.revision, timeZone) };
    }
    const invalid = invalidReference(tx, request);
    if (invalid) return invalid;
    const publication = nextPublication(request.intent, current, request.scheduleAt, now);
    if (typeof publication === "string") return { ok: false, field: "form", message: publication };

    const { fields } = request;
    const { tags: tagNames, ...columns } = fields;
    const row = { ...columns, ...request.body, ...publication, updatedAt: now };
    const revision = (current?.revision ?? 0) + 1;
    const id = current
      ? tx.update(articles).set({ ...row, revision }).where(eq(articles.id, current.id)).returning({ id: articles.id }).get().id
      : tx.insert(articles).values({ ...row, authorId: actor.id, revision, createdAt: now }).returning({ id: articles.id }).get().id;

    setTags(tx, id, tagNames);
    setArticlePictures(tx, id, fields.heroImageId, { markdown: fields.bodyMarkdown, html: request.body.bodyHtml });
    // Whoever now holds this slug wins it: an old redirect under the same name would otherwise send readers elsewhere.
    tx.delete(articleSlugRedirects).where(eq(articleSlugRedirects.oldSlug, fields.slug)).run();
    if (current && current.slug !== fields.slug && wasEverPublished(current, now)) {
      tx.insert(articleSlugRedirects).values({ oldSlug: current.slug, articleId: id }).onConflictDoUpdate({ target: articleSlugRedirects.oldSlug, set: { articleId: id } }).run();
    }
    tx.insert(articleRevisions).values({ articleId: id, revision, savedById: actor.id, savedAt: now, fields: JSON.stringify(fields) }).run();

    const audit = { actor, entityType: "article", entityId: id };
    if (!current) writeAudit(tx, { ...audit, action: "article.create", details: fields.title }, now);
    if (current || request.intent !== "save") {
      const details = request.intent === "schedule" ? `${fields.title} at ${publication.publishedAt?.toISOString()}` : fields.title;
      writeAudit(tx, { ...audit, action: auditActions[request.intent], details: current && current.slug !== fields.slug ? `${details} (slug ${current.slug} → ${fields.slug})` : details }, now);
    }
    pagesChanged(tx);
    return { ok: true, id, slug: fields.slug };
  });
}

/** Deletes the article with its tags links, revisions, redirects and counts (by cascade), and records who did it. */
export function deleteArticle(id: number, actor: Actor, now: Date): { ok: true; title: string } | { ok: false; message: string } {
  return writeTransaction((tx) => {
    const gone = tx.delete(articles).where(eq(articles.id, id)).returning({ title: articles.title, slug: articles.slug }).get();
    if (!gone) return { ok: false as const, message: "This article no longer exists: someone deleted it already." };
    writeAudit(tx, { actor, action: "article.delete", entityType: "article", entityId: id, details: `${gone.title} (${gone.slug})` }, now);
    pagesChanged(tx);
    return { ok: true as const, title: gone.title };
  });
}
