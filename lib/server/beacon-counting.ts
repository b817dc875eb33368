// Loaded by lib/server/view-count-worker.mjs through tsx, outside Next's bundle: nothing here may import "server-only" or Next.
import type Database from "better-sqlite3";
import { createViewBatches, type ViewResult } from "@/db/queries/view-counter";
import { siteConfig } from "@/lib/config";
import { beaconAnswer, notStoredReply, outcomeOf, planView, visitorCookieHeader, type BeaconReply, type ViewPlan, type countingHeaders } from "@/lib/views/count-view";

/** A beacon as the request thread passes it on: the article and the headers the counting rules read. */
export type Beacon = { articleId: number; headers: Partial<Record<(typeof countingHeaders)[number], string>> };

/**
 * Counts a batch of beacons by the rules of lib/views/count-view.ts, as Next's route does, and answers each like
 * app/api/views. The batch is the one the request thread gathered (lib/server/worker-view-counter.ts), so it is
 * committed as it comes, in one transaction (db/queries/view-counter.ts), with no promise or further gathering: this
 * runs for every beacon, and in a spike its CPU is taken from the thread that serves pages. If the views cannot be
 * stored, none of them is acknowledged (503): the readers' next visits count instead. Beacons that only read the
 * count (bots, prefetches) are answered all the same.
 */
export function createBeaconCounting(sqlite: Database.Database) {
  const batches = createViewBatches(sqlite);
  const { timeZone, url } = siteConfig();
  const secure = url.startsWith("https://");

  function answer(plan: ViewPlan, result: ViewResult): BeaconReply {
    const outcome = outcomeOf(plan, result);
    const { status, body } = beaconAnswer(outcome);
    return outcome.setVisitorId ? { status, body, setCookie: visitorCookieHeader(outcome.setVisitorId, secure) } : { status, body };
  }

  return function countBeacons(beacons: Beacon[]): BeaconReply[] {
    const plans = beacons.map(({ articleId, headers }) => planView({ get: (name) => headers[name as keyof typeof headers] ?? null }, articleId, false, timeZone));
    let counted: ViewResult[] | null = null;
    try {
      counted = batches.count(plans.flatMap((plan) => ("count" in plan ? [plan.count] : [])));
    } catch (error) {
      console.error("view beacon:", error);
    }
    let next = 0;
    return plans.map((plan) => {
      if ("count" in plan) return counted ? answer(plan, counted[next++]) : notStoredReply;
      try {
        return answer(plan, batches.read(plan.read.articleId, plan.read.now));
      } catch (error) {
        console.error("view beacon:", error);
        return notStoredReply;
      }
    });
  };
}
