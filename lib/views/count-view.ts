// No "server-only" or Next import: both the Next route (app/api/views) and the beacon's worker thread
// (lib/server/beacon-counting.ts) count through here.
import type { ViewCounter, ViewResult, ViewToCount } from "@/db/queries/view-counter";
import { isBot, isFromAnotherSite, isPrefetch, type HeaderSource } from "./rules";
import { clientIp, identifyVisitor, visitorCookie } from "./visitor";

export type CountOutcome = { result: ViewResult; setVisitorId?: string };

/** What counting needs of a counter (db/queries/view-counter.ts). */
export type Counter = Pick<ViewCounter, "record" | "read">;

/**
 * Every request header the rules below read (rules.ts, visitor.ts): lib/server/view-beacon.ts passes these alone to
 * the thread that counts, and count-view.test.ts checks that the rules read no other.
 */
export const countingHeaders = ["user-agent", "cookie", "x-forwarded-for", "sec-purpose", "purpose", "x-purpose", "x-moz", "next-router-prefetch", "sec-fetch-site"] as const;

const visitorCookieValue = new RegExp(`(?:^|;)\\s*${visitorCookie}=([^;]*)`);
const yearSeconds = 365 * 24 * 60 * 60;

/** What the rules make of one request: a view to count, or, for bots, prefetches and staff, the count to read. */
export type ViewPlan = { count: ViewToCount } | { read: { articleId: number; now: Date } };

/** Applies the counting rules to one request to the counting endpoint, without counting yet. */
export function planView(headers: HeaderSource, articleId: number, isStaff: boolean, timeZone: string): ViewPlan {
  const now = new Date();
  const userAgent = headers.get("user-agent");
  if (isBot(userAgent) || isPrefetch(headers) || isFromAnotherSite(headers) || isStaff) return { read: { articleId, now } };
  const cookieId = visitorCookieValue.exec(headers.get("cookie") ?? "")?.[1];
  return { count: { articleId, visitor: identifyVisitor(cookieId, clientIp(headers), userAgent ?? ""), now, timeZone } };
}

/** The outcome of a planned view once counted (or read): a new visitor whose view was found is given a cookie. */
export function outcomeOf(plan: ViewPlan, result: ViewResult): CountOutcome {
  const visitor = "count" in plan ? plan.count.visitor : undefined;
  return { result, setVisitorId: visitor && "newCookieId" in visitor && result.found ? visitor.newCookieId : undefined };
}

/** Applies the counting rules to one request to the counting endpoint; settles once a counted view is stored. */
export async function countView(counter: Counter, headers: HeaderSource, articleId: number, isStaff: boolean, timeZone: string): Promise<CountOutcome> {
  const plan = planView(headers, articleId, isStaff, timeZone);
  if ("read" in plan) return outcomeOf(plan, await counter.read(plan.read.articleId, plan.read.now));
  const { visitor, now } = plan.count;
  return outcomeOf(plan, await counter.record(articleId, visitor, now, timeZone));
}

/** The cookie a new visitor's next views are known by: a year, sent only to this site, never readable by scripts. */
export function visitorCookieHeader(visitorId: string, secure: boolean): string {
  return `${visitorCookie}=${visitorId}; Path=/; Max-Age=${yearSeconds}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** What the beacon answers, as the request thread writes it: status, JSON body, and the cookie naming a new visitor. */
export type BeaconReply = { status: number; body: string; setCookie?: string };

/** The answer to a view that could not be stored: not acknowledged, so the reader's next visit counts instead. */
export const notStoredReply: BeaconReply = { status: 503, body: JSON.stringify({ error: "The view could not be stored." }) };

/** What the beacon answers: the article's current total, or 404 when readers cannot see the article. */
export function beaconAnswer({ result }: CountOutcome): { status: number; body: string } {
  if (!result.found) return { status: 404, body: JSON.stringify({ error: "No published article has this id." }) };
  return { status: 200, body: JSON.stringify({ counted: result.counted, views: result.views }) };
}
