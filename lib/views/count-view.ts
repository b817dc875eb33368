// No "server-only" or Next import: both the Next route (app/api/views) and the beacon's worker thread
// (lib/server/beacon-counting.ts) count through here.
import type { ViewCounter, ViewResult } from "@/db/queries/view-counter";
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

/** Applies the counting rules to one request to the counting endpoint; settles once a counted view is stored. */
export async function countView(counter: Counter, headers: HeaderSource, articleId: number, isStaff: boolean, timeZone: string): Promise<CountOutcome> {
  const now = new Date();
  const userAgent = headers.get("user-agent");
  if (isBot(userAgent) || isPrefetch(headers) || isFromAnotherSite(headers) || isStaff) return { result: await counter.read(articleId, now) };
  const cookieId = visitorCookieValue.exec(headers.get("cookie") ?? "")?.[1];
  const visitor = identifyVisitor(cookieId, clientIp(headers), userAgent ?? "");
  const result = await counter.record(articleId, visitor, now, timeZone);
  return { result, setVisitorId: "newCookieId" in visitor && result.found ? visitor.newCookieId : undefined };
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
