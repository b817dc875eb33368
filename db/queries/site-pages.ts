import "server-only";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { authors, sitePages, sitePageSlugRedirects, type SitePage } from "@/db/schema";
import type { Refused } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { htmlToText } from "@/lib/markdown";
import type { SitePageInput } from "@/lib/validation/site-page";
import { writeAudit, type AuditEntry, type Tx } from "./audit";
import { missingBodyPictures, setSitePagePictures } from "./media-library";
import { pagesChanged } from "./page-version";

export type SitePageChange = { ok: true; id: number } | Refused;
type Actor = AuditEntry["actor"];

/** Every published page as the site's menu and footer link to it, in the order of their "Order" numbers, then by title. */
export function sitePageLinks(): Pick<SitePage, "slug" | "title" | "inMenu">[] {
  return getDb()
    .select({ slug: sitePages.slug, title: sitePages.title, inMenu: sitePages.inMenu })
    .from(sitePages)
    .where(eq(sitePages.published, true))
    .orderBy(asc(sitePages.position), asc(sitePages.title))
    .all();
}

/** A page as readers get it at `/<slug>`: published. */
export function getSitePage(slug: string): SitePage | undefined {
  return getDb()
    .select()
    .from(sitePages)
    .where(and(eq(sitePages.slug, slug), eq(sitePages.published, true)))
    .get();
}

/** For an address no page holds now: the current address of the page that had it, if that page is published. */
export function sitePageMovedTo(oldSlug: string): string | undefined {
  return getDb()
    .select({ slug: sitePages.slug })
    .from(sitePageSlugRedirects)
    .innerJoin(sitePages, and(eq(sitePages.id, sitePageSlugRedirects.pageId), eq(sitePages.published, true)))
    .where(eq(sitePageSlugRedirects.oldSlug, oldSlug))
    .get()?.slug;
}

export function getSitePageById(id: number): SitePage | undefined {
  return getDb().select().from(sitePages).where(eq(sitePages.id, id)).get();
}

/** Every page for the dashboard, most recently changed first, with who changed it. */
export function listSitePagesForStaff() {
  return getDb()
    .select({ id: sitePages.id, slug: sitePages.slug, title: sitePages.title, position: sitePages.position, published: sitePages.published, updatedAt: sitePages.updatedAt, updatedBy: authors.name })
    .from(sitePages)
    .leftJoin(authors, eq(authors.id, sitePages.updatedById))
    .orderBy(desc(sitePages.updatedAt), desc(sitePages.id))
    .all();
}

/** Which page a save is of: none for a new one; for a stored one, when it was last saved as the editor saw it. */
export type StoredPage = { id?: number; seenSavedAt?: number; timeZone: string };

/** The refusal of a save that would undo another editor's, made since the form was opened. */
function savedMeanwhile(tx: Tx, before: SitePage, timeZone: string): string {
  const by = before.updatedById === null ? undefined : tx.select({ name: authors.name }).from(authors).where(eq(authors.id, before.updatedById)).get()?.name;
  return `Not saved: ${by ?? "Someone"} saved this page on ${formatDateTime(before.updatedAt, timeZone)}, while you were editing. Your text is kept below: copy what you need, then reload the editor to see their version.`;
}

/**
 * The redirects of readers' old addresses after a save. A published page takes its address from any page that gave it
 * up; an address readers knew, left by a rename, leads to the page from then on. A draft changes neither: readers
 * never had its addresses, and one it holds may still lead them to another page.
 */
function keepAddresses(tx: Tx, id: number, before: SitePage | undefined, input: SitePageInput): void {
  if (input.published) tx.delete(sitePageSlugRedirects).where(eq(sitePageSlugRedirects.oldSlug, input.slug)).run();
  if (before?.published && before.slug !== input.slug) {
    const redirect = { oldSlug: before.slug, pageId: id };
    tx.insert(sitePageSlugRedirects).values(redirect).onConflictDoUpdate({ target: sitePageSlugRedirects.oldSlug, set: redirect }).run();
  }
}

/** What the audit log says of a save: the fields changed, the address's move, and a publication or its withdrawal. */
function updateDetails(before: SitePage, input: SitePageInput, changed: (keyof SitePageInput)[]): string {
  const fields = changed.filter((key) => key !== "published");
  const moved = changed.includes("slug") ? ` (/${before.slug} → /${input.slug})` : "";
  const parts = [fields.length > 0 ? `changed ${fields.join(", ")}${moved}` : "", !changed.includes("published") ? "" : input.published ? "published" : "unpublished: now a draft"];
  return `${input.title}: ${parts.filter(Boolean).join("; ")}`;
}

/**
 * Creates a page (`pageId` undefined) or saves one, with the HTML rendered from its Markdown before the transaction.
 * Every reader page's footer lists the pages, so every cached page is stale after it.
 */
export function saveSitePage(page: StoredPage, input: SitePageInput, bodyHtml: string, actor: Actor, now = new Date()): SitePageChange {
  const pageId = page.id;
  return writeTransaction((tx): SitePageChange => {
    const before = pageId === undefined ? undefined : tx.select().from(sitePages).where(eq(sitePages.id, pageId)).get();
    if (pageId !== undefined && !before) return { ok: false, message: "This page no longer exists: someone deleted it. Copy your text before leaving." };
    if (before && page.seenSavedAt !== undefined && before.updatedAt.getTime() !== page.seenSavedAt) return { ok: false, message: savedMeanwhile(tx, before, page.timeZone) };
    const holder = tx
      .select({ title: sitePages.title })
      .from(sitePages)
      .where(and(eq(sitePages.slug, input.slug), pageId === undefined ? undefined : ne(sitePages.id, pageId)))
      .get();
    if (holder) return { ok: false, field: "slug", message: `/${input.slug} is the address of the page “${holder.title}”. Choose another.` };
    const missing = missingBodyPictures(tx, bodyHtml);
    if (missing) return { ok: false, field: "bodyMarkdown", message: missing };

    const row = { ...input, bodyHtml, bodyText: htmlToText(bodyHtml), updatedAt: now, updatedById: "id" in actor ? actor.id : null };
    let id: number;
    if (before) {
      const changed = (["title", "slug", "description", "bodyMarkdown", "position", "inMenu", "published"] as const).filter((key) => before[key] !== input[key]);
      if (changed.length === 0) return { ok: true, id: before.id };
      tx.update(sitePages).set(row).where(eq(sitePages.id, before.id)).run();
      id = before.id;
      writeAudit(tx, { actor, action: "page.update", entityType: "page", entityId: id, details: updateDetails(before, input, changed) }, now);
    } else {
      id = tx
        .insert(sitePages)
        .values({ ...row, createdAt: now })
        .returning({ id: sitePages.id })
        .get().id;
      writeAudit(tx, { actor, action: "page.create", entityType: "page", entityId: id, details: `${input.title} at /${input.slug}${input.published ? "" : " (a draft)"}` }, now);
    }
    keepAddresses(tx, id, before, input);
    setSitePagePictures(tx, id, { markdown: input.bodyMarkdown, html: bodyHtml });
    pagesChanged(tx);
    return { ok: true, id };
  });
}

/** Deletes a page: its address, and every old one that led to it, answers "not found", and it leaves the footer. */
export function deleteSitePage(pageId: number, actor: Actor): SitePageChange {
  return writeTransaction((tx): SitePageChange => {
    const page = tx.select({ title: sitePages.title, slug: sitePages.slug }).from(sitePages).where(eq(sitePages.id, pageId)).get();
    if (!page) return { ok: false, message: "This page no longer exists: someone deleted it already." };
    tx.delete(sitePages).where(eq(sitePages.id, pageId)).run();
    writeAudit(tx, { actor, action: "page.delete", entityType: "page", entityId: pageId, details: `${page.title} (/${page.slug})` });
    pagesChanged(tx);
    return { ok: true, id: pageId };
  });
}
