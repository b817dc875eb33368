import { NextResponse, type NextRequest } from "next/server";
import { authorMovedTo } from "@/db/queries/authors";
import { movedOrGone } from "@/db/queries/moved-articles";
import { categoryMovedTo, tagMovedTo } from "@/db/queries/taxonomy";
import { goneHtml } from "@/lib/gone-page";
import { staffContentSecurityPolicy } from "@/lib/security/headers";

/**
 * Work that must happen before a page renders.
 * - Old article URLs: a renamed article answers 301 to its new URL, an unpublished one 410 Gone (a page can set neither).
 * - Old author, section and tag URLs: the archive and feeds of an author, section or tag whose slug changed (or of a
 *   section deleted with its articles moved, or a tag merged into another) answer 301 to the new ones.
 * - Capitals in a reader address: slugs are lowercase, and an address typed or shared with capitals answers 301 to its
 *   lowercase form, as WordPress answers it in any case.
 * - The dashboard and sign-in page: a fresh CSP nonce per request, which Next puts on its own scripts; and visitors
 *   without a session cookie are sent to sign in. That redirect is only a convenience: every dashboard page, action
 *   and handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (readerAddress.test(pathname)) {
    if (hasCapitals(pathname)) return lowercased(request);
    if (pathname.startsWith("/articles/")) return articleAddress(request, pathname.slice("/articles/".length));
    if (pathname.startsWith("/author/")) return archiveAddress(request, authorMovedTo);
    if (pathname.startsWith("/category/")) return archiveAddress(request, categoryMovedTo);
    if (pathname.startsWith("/tag/")) return archiveAddress(request, (slug) => tagMovedTo(slug, new Date()));
    // A reader page: the staff pages' per-request nonce would end up in the page cache, shared by every reader.
    return NextResponse.next();
  }
  const signedIn = request.cookies.getAll().some((c) => c.name.endsWith("next-auth.session-token"));
  if (pathname.startsWith("/dashboard") && !signedIn) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  return withNonce(request);
}

const readerAddress = /^\/(?:articles|author|category|tag)\//;

/** Whether a path has capital letters outside its %-escapes (whose hex digits may be either case). */
function hasCapitals(pathname: string): boolean {
  return /[A-Z]/.test(pathname.replace(/%[0-9A-Fa-f]{2}/g, ""));
}

function lowercased(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = url.pathname.toLowerCase();
  return NextResponse.redirect(url, 301);
}

/** A path segment unescaped; null when its %-escapes are malformed, which no slug can be. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function notFound() {
  return new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

function articleAddress(request: NextRequest, segment: string) {
  const slug = decoded(segment);
  if (slug === null) return notFound();
  const status = movedOrGone(slug, new Date());
  if (status && "movedTo" in status) return NextResponse.redirect(new URL(`/articles/${status.movedTo}`, request.url), 301);
  if (status) return new NextResponse(goneHtml(), { status: 410, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  return NextResponse.next();
}

/** `/author/<slug>`, `/category/<slug>` or `/tag/<slug>` and its feeds, `?page=` kept: an old slug leads to where it moved. */
function archiveAddress(request: NextRequest, movedTo: (oldSlug: string) => string | undefined) {
  const [, kind, segment, ...rest] = request.nextUrl.pathname.split("/");
  const slug = decoded(segment);
  if (slug === null) return notFound();
  const newSlug = movedTo(slug);
  if (!newSlug) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = ["", kind, newSlug, ...rest].join("/");
  return NextResponse.redirect(url, 301);
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

export const config = {
  matcher: ["/articles/:slug", "/author/:slug", "/author/:slug/:feed", "/category/:slug", "/category/:slug/:feed", "/tag/:slug", "/tag/:slug/:feed", "/dashboard", "/dashboard/:path*", "/login"],
};
