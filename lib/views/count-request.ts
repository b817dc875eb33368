import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import { viewCounter } from "@/db/queries/views";
import { siteConfig } from "@/lib/config";
import { countView, visitorCookieHeader, type CountOutcome } from "./count-view";

/** Counts a view from a request that reached Next (staff, `next dev`, the no-script pixel). */
export function countViewFromRequest(request: NextRequest, articleId: number, isStaff: boolean): Promise<CountOutcome> {
  return countView(viewCounter(), request.headers, articleId, isStaff, siteConfig().timeZone);
}

/** Gives a new visitor the id their next views are known by. */
export function setVisitorCookie<T extends NextResponse>(response: T, visitorId: string | undefined): T {
  if (visitorId) response.headers.append("Set-Cookie", visitorCookieHeader(visitorId, siteConfig().url.startsWith("https://")));
  return response;
}
