import "server-only";
import { and, count, desc, eq, inArray, notExists, sql } from "drizzle-orm";
import { getDb, writeTransaction, type Tx } from "@/db/client";
import { articleImages, articles, authors, images, sitePageImages, sitePages, type ArticleStatus } from "@/db/schema";
import { picturesMentioned, picturesShown, whyNotDeletable } from "@/lib/media/references";
import { writeAudit } from "./audit";

/** Records which stored pictures an article mentions (lib/media/references.ts), in place of what it mentioned before. */
export function setArticlePictures(tx: Tx, articleId: number, heroImageId: string | null | undefined, body: { markdown: string; html: string }): void {
  tx.delete(articleImages).where(eq(articleImages.articleId, articleId)).run();
  const mentioned = picturesMentioned(heroImageId, body);
  if (mentioned.length === 0) return;
  const stored = tx.select({ id: images.id }).from(images).where(inArray(images.id, mentioned)).all();
  if (stored.length > 0) tx.insert(articleImages).values(stored.map(({ id: imageId }) => ({ articleId, imageId }))).run();
}

/** The same for a site page (db/queries/site-pages.ts), which has no hero. */
export function setSitePagePictures(tx: Tx, pageId: number, body: { markdown: string; html: string }): void {
  tx.delete(sitePageImages).where(eq(sitePageImages.pageId, pageId)).run();
  const mentioned = picturesMentioned(null, body);
  if (mentioned.length === 0) return;
  const stored = tx.select({ id: images.id }).from(images).where(inArray(images.id, mentioned)).all();
  if (stored.length > 0) tx.insert(sitePageImages).values(stored.map(({ id: imageId }) => ({ pageId, imageId }))).run();
}

/**
 * Why a body cannot be saved as it is: it shows uploads deleted from the media library since they were put in it, and
 * readers would get broken pictures. Null when every picture it shows is stored.
 */
export function missingBodyPictures(tx: Tx, bodyHtml: string): string | null {
  const shown = picturesShown(bodyHtml);
  const stored = new Set(shown.length > 0 ? tx.select({ id: images.id }).from(images).where(inArray(images.id, shown)).all().map((i) => i.id) : []);
  const missing = shown.filter((id) => !stored.has(id));
  if (missing.length === 0) return null;
  const list = missing.map((id) => `/media/${id}`).join(", ");
  return `The body shows ${missing.length === 1 ? "a picture that is" : "pictures that are"} no longer stored (${list}). Upload ${missing.length === 1 ? "it" : "them"} again, or take ${missing.length === 1 ? "it" : "them"} out.`;
}

export type LibraryFilter = "all" | "unused";

type Reader = Tx | ReturnType<typeof getDb>;

// Built with Drizzle's own subqueries, which name each column with its table: in a hand-written subquery Drizzle
// leaves them bare, and a bare "id" inside one means the inner table's.
const inAnArticle = (db: Reader) => db.select({ one: sql`1` }).from(articleImages).where(eq(articleImages.imageId, images.id));
const inAPage = (db: Reader) => db.select({ one: sql`1` }).from(sitePageImages).where(eq(sitePageImages.imageId, images.id));
const asAnAvatar = (db: Reader) => db.select({ one: sql`1` }).from(authors).where(eq(authors.avatarImageId, images.id));
const unused = (db: Reader) => and(notExists(inAnArticle(db)), notExists(inAPage(db)), notExists(asAnAvatar(db)));
/** Articles (of any status), site pages and staff profiles showing the picture. */
const usesOf = (db: Reader) =>
  sql<number>`${db.$count(articleImages, eq(articleImages.imageId, images.id))} + ${db.$count(sitePageImages, eq(sitePageImages.imageId, images.id))} + ${db.$count(authors, eq(authors.avatarImageId, images.id))}`.mapWith(Number);

/** One page of the library, newest first, with who uploaded each picture and how many places show it. */
export function listLibraryImages(filter: LibraryFilter, limit: number, offset: number) {
  const db = getDb();
  return db
    .select({ id: images.id, fileName: images.fileName, width: images.width, height: images.height, createdAt: images.createdAt, uploadedById: images.uploadedById, uploaderName: authors.name, uses: usesOf(db) })
    .from(images)
    .leftJoin(authors, eq(authors.id, images.uploadedById))
    .where(filter === "unused" ? unused(db) : undefined)
    .orderBy(desc(images.createdAt), desc(images.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export type LibraryImage = ReturnType<typeof listLibraryImages>[number];

export function countLibraryImages(filter: LibraryFilter): number {
  const db = getDb();
  return db.select({ n: count() }).from(images).where(filter === "unused" ? unused(db) : undefined).get()?.n ?? 0;
}

/** How many places of each kind a picture is named in: listed by the library up to this many, then counted. */
export const usesShown = 3;

export type PictureUses = {
  articles: { id: number; title: string; status: ArticleStatus }[];
  pages: { id: number; title: string; published: boolean }[];
  avatars: { id: number; name: string }[];
};

/** Where the given pictures are used: their newest articles (up to `usesShown` each), the site pages and the profiles showing them. */
export function picturesUses(ids: string[]): Map<string, PictureUses> {
  const uses = new Map<string, PictureUses>(ids.map((id) => [id, { articles: [], pages: [], avatars: [] }]));
  if (ids.length === 0) return uses;
  const db = getDb();
  // One query for the whole page: each picture's newest articles, ranked within the picture.
  const ranked = db
    .select({
      imageId: articleImages.imageId,
      articleId: articleImages.articleId,
      rank: sql<number>`row_number() OVER (PARTITION BY ${articleImages.imageId} ORDER BY ${articleImages.articleId} DESC)`.as("rank"),
    })
    .from(articleImages)
    .where(inArray(articleImages.imageId, ids))
    .as("ranked");
  const shown = db
    .select({ imageId: ranked.imageId, id: articles.id, title: articles.title, status: articles.status })
    .from(ranked)
    .innerJoin(articles, eq(articles.id, ranked.articleId))
    .where(sql`${ranked.rank} <= ${usesShown}`)
    .orderBy(ranked.imageId, sql`${ranked.rank}`)
    .all();
  for (const { imageId, ...article } of shown) uses.get(imageId)?.articles.push(article);
  // A site has a handful of pages: all of them are named.
  const pages = db
    .select({ imageId: sitePageImages.imageId, id: sitePages.id, title: sitePages.title, published: sitePages.published })
    .from(sitePageImages)
    .innerJoin(sitePages, eq(sitePages.id, sitePageImages.pageId))
    .where(inArray(sitePageImages.imageId, ids))
    .orderBy(sitePages.title)
    .all();
  for (const { imageId, ...page } of pages) uses.get(imageId)?.pages.push(page);
  const avatars = db.select({ imageId: authors.avatarImageId, id: authors.id, name: authors.name }).from(authors).where(inArray(authors.avatarImageId, ids)).all();
  for (const { imageId, ...author } of avatars) if (imageId) uses.get(imageId)?.avatars.push(author);
  return uses;
}

export type DeleteImageResult = { ok: true; width: number } | { ok: false; message: string };

/**
 * Deletes a picture nobody uses, by the rules of lib/media/references.ts, checked inside the transaction so no save
 * can start using it in between. The caller removes its files once this has committed.
 */
export function deleteLibraryImage(id: string, actor: { id: number; name: string }, now: Date): DeleteImageResult {
  return writeTransaction((tx): DeleteImageResult => {
    const image = tx
      .select({ width: images.width, height: images.height, createdAt: images.createdAt, uploadedById: images.uploadedById, uses: usesOf(tx) })
      .from(images)
      .where(eq(images.id, id))
      .get();
    if (!image) return { ok: false, message: "This picture is no longer in the library: someone deleted it already." };
    const refused = whyNotDeletable(image, actor.id, now);
    if (refused) return { ok: false, message: `Not deleted. ${refused}` };
    tx.delete(images).where(eq(images.id, id)).run();
    writeAudit(tx, { actor, action: "image.delete", entityType: "image", entityId: id, details: `${image.width}×${image.height}` }, now);
    return { ok: true, width: image.width };
  });
}
