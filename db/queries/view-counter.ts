// No "server-only": the production server counts beacons with this module outside Next's bundle, in a worker thread
// (lib/server/beacon-counting.ts), and the Next route handler uses it too (db/queries/views.ts), so there is one set
// of counting rules.
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { and, eq, inArray, max, ne, lt, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "@/db/schema";
import { articleDailyViews, articles, articleViewTotals, viewVisits, visitorSalts } from "@/db/schema";
import { dayKey } from "@/lib/dates";
import { groupCommit } from "@/lib/group-commit";
import { repeatWindowMs } from "@/lib/views/rules";
import { fingerprintKey, type Visitor } from "@/lib/views/visitor";
import { visibleToReaders } from "./visibility";

export type ViewResult = { found: false } | { found: true; counted: boolean; views: number };

/** One view to count, as a batch carries it. */
export type ViewToCount = { articleId: number; visitor: Visitor; now: Date; timeZone: string };

/** Counting by whole batches on one connection: for the group commit below, and for the beacon's worker thread. */
export type ViewBatches = {
  /** Counts a batch in one IMMEDIATE transaction, answering each view in order; stores all of it or throws. */
  count(batch: ViewToCount[]): ViewResult[];
  /** The count as it stands, for requests that do not count (bots, prefetches, staff). */
  read(articleId: number, now: Date): ViewResult;
  /** Forgets visits older than the repeat window and salts of days before `today`. */
  prune(now: Date, today: string): void;
};

export type ViewCounter = Pick<ViewBatches, "read" | "prune"> & {
  /** Counts one view unless this visitor was counted for the article within the repeat window; settles once stored. */
  record(articleId: number, visitor: Visitor, now: Date, timeZone: string): Promise<ViewResult>;
};

const pruneEvery = 1000;

export function createViewBatches(sqlite: Database.Database): ViewBatches {
  const db = drizzle(sqlite, { schema });
  const p = sql.placeholder;
  const visible = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, p("articleId")), visibleToReaders(p("now"))))
    .prepare();
  const total = db.select({ views: articleViewTotals.views }).from(articleViewTotals).where(eq(articleViewTotals.articleId, p("articleId"))).prepare();
  const addSalt = db.insert(visitorSalts).values({ day: p("day"), salt: p("salt") }).onConflictDoNothing().prepare();
  const salt = db.select({ salt: visitorSalts.salt }).from(visitorSalts).where(eq(visitorSalts.day, p("day"))).prepare();
  const lastCounted = (keys: number) =>
    db
      .select({ at: max(viewVisits.countedAt) })
      .from(viewVisits)
      .where(and(eq(viewVisits.articleId, p("articleId")), inArray(viewVisits.visitorKey, Array.from({ length: keys }, (_, i) => p(`key${i}`)))))
      .prepare();
  // A visitor is known by one key (their cookie) or two (today's hash, and the cookie they are being given).
  const lastCountedBy = [lastCounted(1), lastCounted(2)];
  const remember = db
    .insert(viewVisits)
    .values({ visitorKey: p("key"), articleId: p("articleId"), countedAt: p("at") })
    .onConflictDoUpdate({ target: [viewVisits.visitorKey, viewVisits.articleId], set: { countedAt: sql`excluded.counted_at` } })
    .prepare();
  const addDaily = db
    .insert(articleDailyViews)
    .values({ articleId: p("articleId"), day: p("day"), views: p("count") })
    .onConflictDoUpdate({ target: [articleDailyViews.articleId, articleDailyViews.day], set: { views: sql`${articleDailyViews.views} + excluded.views` } })
    .prepare();
  const addTotal = db
    .insert(articleViewTotals)
    .values({ articleId: p("articleId"), views: p("count") })
    .onConflictDoUpdate({ target: articleViewTotals.articleId, set: { views: sql`${articleViewTotals.views} + excluded.views` } })
    .returning({ views: articleViewTotals.views })
    .prepare();

  const isVisible = (articleId: number, now: Date) => visible.get({ articleId, now: now.getTime() }) !== undefined;
  const currentViews = (articleId: number) => total.get({ articleId })?.views ?? 0;

  // A day's salt never changes once stored, so each process reads it once a day.
  let knownSalt = { day: "", salt: "" };
  function saltFor(day: string): string {
    if (knownSalt.day !== day) {
      addSalt.run({ day, salt: crypto.randomBytes(16).toString("hex") });
      knownSalt = { day, salt: salt.get({ day })!.salt };
    }
    return knownSalt.salt;
  }

  function visitorKeys(visitor: Visitor, day: string): string[] {
    if ("cookieId" in visitor) return [visitor.cookieId];
    // Remember the new cookie id too, so the visitor's next view, which carries the cookie, is known as a repeat.
    return [fingerprintKey(visitor.fingerprint, saltFor(day)), visitor.newCookieId];
  }

  /**
   * Counts a batch as if its views came one by one: a repeat within it is seen, and each answer is the article's total
   * just after that view. The totals and daily counts take one write per article (and day) for the whole batch, and
   * an article's visibility is read once: under a spike, a batch is mostly views of the same article.
   */
  function countBatch(batch: ViewToCount[]): ViewResult[] {
    const visible = new Map<number, boolean>();
    const counted = new Map<number, Map<string, number>>();
    const countedSoFar = (articleId: number) => [...(counted.get(articleId)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const decisions = batch.map(({ articleId, visitor, now, timeZone }) => {
      if (!visible.has(articleId)) visible.set(articleId, isVisible(articleId, now));
      if (!visible.get(articleId)) return null;
      const day = dayKey(now, timeZone);
      const keys = visitorKeys(visitor, day);
      const last = lastCountedBy[keys.length - 1].get({ articleId, ...Object.fromEntries(keys.map((key, i) => [`key${i}`, key])) })?.at;
      if (last != null && now.getTime() - last < repeatWindowMs) {
        // A repeat without the cookie is given one too (lib/views/count-view.ts): it must name the view that counted,
        // or the visitor's next view, carrying it, would count again within the window.
        if ("newCookieId" in visitor) remember.run({ key: visitor.newCookieId, articleId, at: last });
        return { articleId, counted: false, seen: countedSoFar(articleId) };
      }
      for (const key of keys) remember.run({ key, articleId, at: now.getTime() });
      const days = counted.get(articleId) ?? new Map<string, number>();
      days.set(day, (days.get(day) ?? 0) + 1);
      counted.set(articleId, days);
      return { articleId, counted: true, seen: countedSoFar(articleId) };
    });
    // The total before this batch, from the total after it.
    const before = new Map<number, number>();
    for (const [articleId, days] of counted) {
      for (const [day, count] of days) addDaily.run({ articleId, day, count });
      const added = countedSoFar(articleId);
      before.set(articleId, addTotal.get({ articleId, count: added })!.views - added);
    }
    return decisions.map((decision) => {
      if (!decision) return { found: false };
      if (!before.has(decision.articleId)) before.set(decision.articleId, currentViews(decision.articleId));
      return { found: true, counted: decision.counted, views: before.get(decision.articleId)! + decision.seen };
    });
  }

  const countInTransaction = sqlite.transaction(countBatch);
  const pruneTransaction = sqlite.transaction((now: Date, today: string) => {
    db.delete(viewVisits).where(lt(viewVisits.countedAt, now.getTime() - repeatWindowMs)).run();
    db.delete(visitorSalts).where(ne(visitorSalts.day, today)).run();
  });

  let countedSincePrune = 0;

  const batches: ViewBatches = {
    count(batch) {
      if (batch.length === 0) return [];
      let results: ViewResult[];
      try {
        results = countInTransaction.immediate(batch);
      } catch (error) {
        // Nothing of the batch was stored, maybe not even the salt it read: read it again next time.
        knownSalt = { day: "", salt: "" };
        throw error;
      }
      countedSincePrune += results.filter((r) => r.found && r.counted).length;
      if (countedSincePrune >= pruneEvery) {
        countedSincePrune = 0;
        const last = batch.at(-1)!;
        try {
          batches.prune(last.now, dayKey(last.now, last.timeZone));
        } catch (error) {
          // The batch is stored and must be answered as stored; the old visits go at the next prune.
          console.error("view counter: pruning failed:", error);
        }
      }
      return results;
    },
    read(articleId, now) {
      if (!isVisible(articleId, now)) return { found: false };
      return { found: true, counted: false, views: currentViews(articleId) };
    },
    prune(now, today) {
      pruneTransaction.immediate(now, today);
    },
  };
  return batches;
}

/**
 * Group commit (lib/group-commit.ts): the views that arrive together are written in one IMMEDIATE transaction, so a
 * spike costs one commit per batch instead of one per view, and the write-ahead log grows by a few pages per batch;
 * and each promise settles only after that commit, so no view is acknowledged before it is stored, and a failed batch
 * stores none of its views and rejects them all. BEGIN IMMEDIATE takes the write lock before the first read, so
 * counters in other processes never lose an increment.
 */
export function createViewCounter(sqlite: Database.Database): ViewCounter {
  const batches = createViewBatches(sqlite);
  const countLater = groupCommit(batches.count);
  return {
    record: (articleId, visitor, now, timeZone) => countLater({ articleId, visitor, now, timeZone }),
    read: batches.read,
    prune: batches.prune,
  };
}
