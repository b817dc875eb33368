import "server-only";
import type { NextResponse } from "next/server";
import { readViews, recordView, type ViewResult } from "@/db/queries/views";
import { siteConfig } from "@/lib/config";
import { isBot, isPrefetch } from "./rules";
import { clientIp, identifyVisitor, visitorCookie } from "./visitor";

export type CountOutcome = { result: ViewResult; setVisitorId?: string };

type CountingRequest = { headers: Headers; cookies: { get(name: string): { value: string } | undefined } };

/** Applies the counting rules to one request to the counting endpoint. */
export function countViewFromRequest(request: CountingRequest, articleId: number, isStaff: boolean): CountOutcome {
  const now = new Date();
  const userAgent = request.headers.get("user-agent");
  if (isBot(userAgent) || isPrefetch(request.headers) || isStaff) return { result: readViews(articleId, now) };
  const visitor = identifyVisitor(request.cookies.get(visitorCookie)?.value, clientIp(request.headers), userAgent ?? "");
  const result = recordView(articleId, visitor, now, siteConfig().timeZone);
  return { result, setVisitorId: "newCookieId" in visitor && result.found ? visitor.newCookieId : undefined };
}

/** Gives a new visitor the id their next views are known by. */
export function setVisitorCookie(response: NextResponse, visitorId: string | undefined): NextResponse {
  if (visitorId) {
    response.cookies.set(visitorCookie, visitorId, {
      httpOnly: true,
      sameSite: "lax",
      secure: siteConfig().url.startsWith("https://"),
      path: "/",
      maxAge: 365 * 24 * 60 * 60,
    });
  }
  return response;
}
