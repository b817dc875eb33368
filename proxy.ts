import { NextResponse, type NextRequest } from "next/server";
import { movedOrGone } from "@/db/queries/moved-articles";
import { goneHtml } from "@/lib/gone-page";
import { staffContentSecurityPolicy } from "@/lib/security/headers";

/**
 * Work that must happen before a page renders.
 * - Old article URLs: a renamed article answers 301 to its new URL, an unpublished one 410 Gone (a page can set neither).
 * - The dashboard and sign-in page: a fresh CSP nonce per request, which Next puts on its own scripts; and visitors
 *   without a session cookie are sent to sign in. That redirect is only a convenience: every dashboard page, action
 *   and handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/articles/")) return articleAddress(request, decodeURIComponent(pathname.slice("/articles/".length)));
  const signedIn = request.cookies.getAll().some((c) => c.name.endsWith("next-auth.session-token"));
  if (pathname.startsWith("/dashboard") && !signedIn) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  return withNonce(request);
}

function articleAddress(request: NextRequest, slug: string) {
  const status = movedOrGone(slug, new Date());
  if (status && "movedTo" in status) return NextResponse.redirect(new URL(`/articles/${status.movedTo}`, request.url), 301);
  if (status) return new NextResponse(goneHtml(), { status: 410, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  return NextResponse.next();
}

function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = staffContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  // Staff pages show private data: never stored by a browser or a shared cache.
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = { matcher: ["/articles/:slug", "/dashboard", "/dashboard/:path*", "/login"] };
