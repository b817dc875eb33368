import "server-only";
import crypto from "node:crypto";
import { and, eq, inArray, lt, max, ne, sql } from "drizzle-orm";
import { getDb, writeTransaction, type Db } from "@/db/client";
import { articleDailyViews, articles, articleViewTotals, viewVisits, visitorSalts } from "@/db/schema";
import { dayKey } from "@/lib/dates";
import { repeatWindowMs } from "@/lib/views/rules";
import { fingerprintKey, type Visitor } from "@/lib/views/visitor";
import { visibleToReaders } from "./visibility";

export type ViewResult = { found: false } | { found: true; counted: boolean; views: number };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function saltFor(tx: Tx, day: string): string {
  tx.insert(visitorSalts).values({ day, salt: crypto.randomBytes(16).toString("hex") }).onConflictDoNothing().run();
  return tx.select({ salt: visitorSalts.salt }).from(visitorSalts).where(eq(visitorSalts.day, day)).get()!.salt;
}

function visitorKeys(tx: Tx, visitor: Visitor, day: string): string[] {
  if ("cookieId" in visitor) return [visitor.cookieId];
  // Remember the new cookie id too, so the visitor's next view, which carries the cookie, is known as a repeat.
  return [fingerprintKey(visitor.fingerprint, saltFor(tx, day)), visitor.newCookieId];
}

function isVisible(tx: Tx | Db, articleId: number, now: Date): boolean {
  return tx.select({ id: articles.id }).from(articles).where(and(eq(articles.id, articleId), visibleToReaders(now))).get() !== undefined;
}

function currentViews(tx: Tx | Db, articleId: number): number {
  return tx.select({ views: articleViewTotals.views }).from(articleViewTotals).where(eq(articleViewTotals.articleId, articleId)).get()?.views ?? 0;
}

/** The count as it stands, for requests that do not count (bots, prefetches, staff). */
export function readViews(articleId: number, now: Date): ViewResult {
  const db = getDb();
  if (!isVisible(db, articleId, now)) return { found: false };
  return { found: true, counted: false, views: currentViews(db, articleId) };
}

let countsSincePrune = 0;

/**
 * Counts one view of a visible article unless this visitor was counted for it within the repeat window.
 * One IMMEDIATE transaction takes the write lock before reading, so concurrent counters in any process never lose an increment.
 */
export function recordView(articleId: number, visitor: Visitor, now: Date, timeZone: string): ViewResult {
  const db = getDb();
  const day = dayKey(now, timeZone);
  const result = writeTransaction(
    (tx): ViewResult => {
      if (!isVisible(tx, articleId, now)) return { found: false };
      const keys = visitorKeys(tx, visitor, day);
      const last = tx
        .select({ at: max(viewVisits.countedAt) })
        .from(viewVisits)
        .where(and(eq(viewVisits.articleId, articleId), inArray(viewVisits.visitorKey, keys)))
        .get()?.at;
      if (last != null && now.getTime() - last < repeatWindowMs) {
        return { found: true, counted: false, views: currentViews(tx, articleId) };
      }
      for (const visitorKey of keys) {
        tx.insert(viewVisits)
          .values({ visitorKey, articleId, countedAt: now.getTime() })
          .onConflictDoUpdate({ target: [viewVisits.visitorKey, viewVisits.articleId], set: { countedAt: now.getTime() } })
          .run();
      }
      tx.insert(articleDailyViews)
        .values({ articleId, day, views: 1 })
        .onConflictDoUpdate({ target: [articleDailyViews.articleId, articleDailyViews.day], set: { views: sql`${articleDailyViews.views} + 1` } })
        .run();
      const total = tx
        .insert(articleViewTotals)
        .values({ articleId, views: 1 })
        .onConflictDoUpdate({ target: articleViewTotals.articleId, set: { views: sql`${articleViewTotals.views} + 1` } })
        .returning({ views: articleViewTotals.views })
        .get();
      return { found: true, counted: true, views: total.views };
    },
  );
  if (result.found && result.counted && ++countsSincePrune >= 1000) {
    countsSincePrune = 0;
    pruneVisits(db, now, day);
  }
  return result;
}

/** Forgets visits older than the repeat window and salts of earlier days. */
export function pruneVisits(db: Db, now: Date, today: string): void {
  writeTransaction((tx) => {
    tx.delete(viewVisits).where(lt(viewVisits.countedAt, now.getTime() - repeatWindowMs)).run();
    tx.delete(visitorSalts).where(ne(visitorSalts.day, today)).run();
  });
}
