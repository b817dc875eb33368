// Loaded by lib/server/view-count-worker.mjs through tsx, outside Next's bundle: nothing here may import "server-only" or Next.
import type Database from "better-sqlite3";
import { createViewCounter } from "@/db/queries/view-counter";
import { siteConfig } from "@/lib/config";
import { beaconAnswer, countView, notStoredReply, visitorCookieHeader, type BeaconReply, type countingHeaders } from "@/lib/views/count-view";

/** A beacon as the request thread passes it on: the article and the headers the counting rules read. */
export type Beacon = { articleId: number; headers: Partial<Record<(typeof countingHeaders)[number], string>> };

/**
 * Counts beacons by the rules of lib/views/count-view.ts, as Next's route does, and answers each like app/api/views.
 * The counter is the app's group commit (db/queries/view-counter.ts): the views of the beacons that arrive together
 * are stored in one transaction. A view that could not be stored is answered 503 and not acknowledged: the reader's
 * next visit counts instead.
 */
export function createBeaconCounting(sqlite: Database.Database) {
  const counter = createViewCounter(sqlite);
  const { timeZone, url } = siteConfig();
  const secure = url.startsWith("https://");

  async function reply({ articleId, headers }: Beacon): Promise<BeaconReply> {
    try {
      const outcome = await countView(counter, { get: (name) => headers[name as keyof typeof headers] ?? null }, articleId, false, timeZone);
      const { status, body } = beaconAnswer(outcome);
      return outcome.setVisitorId ? { status, body, setCookie: visitorCookieHeader(outcome.setVisitorId, secure) } : { status, body };
    } catch (error) {
      console.error("view beacon:", error);
      return notStoredReply;
    }
  }

  return (beacons: Beacon[]): Promise<BeaconReply[]> => Promise.all(beacons.map(reply));
}
