import { NextResponse, type NextRequest } from "next/server";
import { movedOrGone } from "@/db/queries/moved-articles";
import { goneHtml } from "@/lib/gone-page";

/**
 * Two jobs before a page renders. Old article URLs: a renamed article answers 301 to its new URL, an unpublished
 * one 410 Gone (a page cannot set either status). Dashboard: visitors without a session cookie go to the sign-in
 * page. That is only a convenience: every dashboard page, action and handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/articles/")) {
    const slug = decodeURIComponent(pathname.slice("/articles/".length));
    const status = movedOrGone(slug, new Date());
    if (status && "movedTo" in status) return NextResponse.redirect(new URL(`/articles/${status.movedTo}`, request.url), 301);
    if (status) return new NextResponse(goneHtml(), { status: 410, headers: { "Content-Type": "text/html; charset=utf-8" } });
    return NextResponse.next();
  }
  const signedIn = request.cookies.getAll().some((c) => c.name.endsWith("next-auth.session-token"));
  if (!signedIn) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/articles/:slug", "/dashboard", "/dashboard/:path*"] };
