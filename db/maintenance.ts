import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { renderArticleBody } from "@/lib/markdown";
import type { Db } from "./client";
import { articles } from "./schema";

/**
 * Articles saved before bodies were also stored as plain text have an empty body_text, so search cannot find
 * their words. Computes it once, after migrations; on an up-to-date database the query finds nothing.
 */
export function fillMissingBodyText(db: Db): void {
  const missing = db
    .select({ id: articles.id, bodyMarkdown: articles.bodyMarkdown })
    .from(articles)
    .where(and(eq(articles.bodyText, ""), ne(articles.bodyMarkdown, "")))
    .all();
  if (missing.length === 0) return;
  db.transaction((tx) => {
    for (const a of missing) tx.update(articles).set({ bodyText: renderArticleBody(a.bodyMarkdown).bodyText }).where(eq(articles.id, a.id)).run();
  });
}
