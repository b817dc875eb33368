import "server-only";
import { eq, lte, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { pageChanges, pageVersion } from "@/db/schema";

// A server process that falls further behind than this drops every cached page instead (lib/server/page-cache.mjs).
const changesKept = 500;

/**
 * Marks cached reader pages stale, inside the transaction that changes what they show: the next request for one of
 * them renders it afresh, in every server process (lib/server/page-cache.mjs). With `articleSlugs`, only pages that
 * show those articles are stale: their own pages and every page with a card or link to them (a comment changes the
 * article page and the comment count on its cards, nothing else). Without, every page is: a publication, an edit, a
 * deletion or a profile can change any listing, feed or related list.
 */
export function pagesChanged(tx: Tx, articleSlugs?: string[]): void {
  const { version } = tx
    .update(pageVersion)
    .set({ version: sql`${pageVersion.version} + 1` })
    .where(eq(pageVersion.id, 1))
    .returning({ version: pageVersion.version })
    .get()!;
  tx.insert(pageChanges).values({ version, articles: articleSlugs ? JSON.stringify(articleSlugs) : null }).run();
  tx.delete(pageChanges).where(lte(pageChanges.version, version - changesKept)).run();
}
