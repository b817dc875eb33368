import "server-only";
import { and, asc, eq, gt, ne } from "drizzle-orm";
import { htmlToText, renderArticleBody } from "@/lib/markdown";
import type { Db } from "./client";
import { articles, sitePages } from "./schema";

// Rows per transaction: each write also updates the search index, and a site with 100,000 articles should not hold
// the write lock, or grow the WAL, for all of them at once.
const batchSize = 1000;

/**
 * Articles and site pages whose plain text is missing get it, after migrations; on an up-to-date database the queries
 * find nothing. Missing when an article was saved before bodies were also stored as plain text, when a migration
 * emptied it to have it derived anew, or for the pages saved before they were searched (migration 0020). The stored
 * HTML is already rendered and sanitized: only an article body without it is rendered again.
 */
export function fillMissingBodyText(db: Db): void {
  fillMissingArticleText(db);
  fillMissingPageText(db);
}

/** A site has a handful of pages: one transaction does them all. */
function fillMissingPageText(db: Db): void {
  const pages = db
    .select({ id: sitePages.id, bodyHtml: sitePages.bodyHtml })
    .from(sitePages)
    .where(and(eq(sitePages.bodyText, ""), ne(sitePages.bodyHtml, "")))
    .all();
  db.transaction((tx) => {
    for (const page of pages) tx.update(sitePages).set({ bodyText: htmlToText(page.bodyHtml) }).where(eq(sitePages.id, page.id)).run();
  });
}

function fillMissingArticleText(db: Db): void {
  // A batch at a time by id: a large site's bodies do not all fit in memory at once.
  for (let after = 0; ; ) {
    const batch = db
      .select({ id: articles.id, bodyMarkdown: articles.bodyMarkdown, bodyHtml: articles.bodyHtml })
      .from(articles)
      .where(and(eq(articles.bodyText, ""), ne(articles.bodyMarkdown, ""), gt(articles.id, after)))
      .orderBy(asc(articles.id))
      .limit(batchSize)
      .all();
    if (batch.length === 0) return;
    db.transaction((tx) => {
      for (const a of batch) {
        const bodyText = a.bodyHtml ? htmlToText(a.bodyHtml) : renderArticleBody(a.bodyMarkdown).bodyText;
        tx.update(articles).set({ bodyText }).where(eq(articles.id, a.id)).run();
      }
    });
    after = batch[batch.length - 1].id;
  }
}
