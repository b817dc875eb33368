import "server-only";
import { and, inArray, lte, type SQL } from "drizzle-orm";
import { articles } from "@/db/schema";

/**
 * What readers may see: published articles, and scheduled ones whose time has come.
 * A scheduled article so needs no job to appear; it is visible from the first request after its time.
 */
export function visibleToReaders(now: Date): SQL {
  return and(inArray(articles.status, ["published", "scheduled"]), lte(articles.publishedAt, now))!;
}
