import "server-only";
import { eq, inArray } from "drizzle-orm";
import { writeTransaction } from "@/db/client";
import { articles } from "@/db/schema";
import { writeAudit, type AuditEntry } from "./audit";
import { pagesChanged } from "./page-version";

export type ArticleCommentsResult = { changed: number; missing: number; unchanged: number };

/**
 * Closes or opens comments on the articles, whatever their age and status, with one audit row per article changed.
 * Setting, not flipping: an article already in the asked-for state is left alone, so a repeated request changes nothing.
 */
export function setArticlesCommentsClosed(ids: number[], closed: boolean, actor: AuditEntry["actor"]): ArticleCommentsResult {
  return writeTransaction((tx): ArticleCommentsResult => {
    const found = tx.select({ id: articles.id, slug: articles.slug, commentsClosed: articles.commentsClosed }).from(articles).where(inArray(articles.id, ids)).all();
    const changed: string[] = [];
    for (const article of found) {
      if (article.commentsClosed === closed) continue;
      // The article's updated time is left as it is: readers see "Updated on" only for edits to the text.
      tx.update(articles).set({ commentsClosed: closed }).where(eq(articles.id, article.id)).run();
      writeAudit(tx, { actor, action: closed ? "comment.close" : "comment.open", entityType: "article", entityId: article.id, details: article.slug });
      changed.push(article.slug);
    }
    if (changed.length > 0) pagesChanged(tx, changed);
    return { changed: changed.length, missing: ids.length - found.length, unchanged: found.length - changed.length };
  });
}
