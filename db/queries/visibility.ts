// No "server-only" here: the view counter (db/queries/view-counter.ts) runs in lib/server/serve.mjs outside Next too.
import { and, inArray, lte, type Placeholder, type SQL } from "drizzle-orm";
import { articles } from "@/db/schema";

/**
 * What readers may see: published articles, and scheduled ones whose time has come.
 * A scheduled article so needs no job to appear; it is visible from the first request after its time.
 * `now` may be a placeholder for a prepared statement, filled with the time in milliseconds.
 */
export function visibleToReaders(now: Date | Placeholder): SQL {
  return and(inArray(articles.status, ["published", "scheduled"]), lte(articles.publishedAt, now))!;
}
