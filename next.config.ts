import type { NextConfig } from "next";
import { apiSecurityHeaders, baseSecurityHeaders, publicContentSecurityPolicy } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // better-sqlite3 and sharp are native modules: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "sharp"],
  poweredByHeader: false,
  // WordPress's addresses for feeds, later pages and search, so readers' subscriptions and links survive a move from
  // WordPress to Dateline.
  async redirects() {
    return [
      { source: "/feed/:format(rss|rss2)?", destination: "/feed.xml", permanent: true },
      { source: "/feed/atom", destination: "/atom.xml", permanent: true },
      { source: "/:kind(category|tag|author)/:slug/feed/:format(rss|rss2)?", destination: "/:kind/:slug/feed.xml", permanent: true },
      { source: "/:kind(category|tag|author)/:slug/feed/atom", destination: "/:kind/:slug/atom.xml", permanent: true },
      { source: "/page/:page(\\d+)", destination: "/?page=:page", permanent: true },
      { source: "/:kind(category|tag|author)/:slug/page/:page(\\d+)", destination: "/:kind/:slug?page=:page", permanent: true },
      { source: "/", has: [{ type: "query", key: "s", value: "(?<terms>.+)" }], destination: "/search?q=:terms", permanent: true },
    ];
  },
  async headers() {
    return [
      // Our JSON endpoints (the view counter and its pixel, health, uploads) answer with the API's headers. Everything
      // else is a page, next-auth's own pages under /api/auth and the 404 of an unknown /api address included.
      { source: "/((?!api/views|api/health|api/uploads).*)", headers: baseSecurityHeaders },
      // The dashboard and sign-in page get a nonce-based policy per request from proxy.ts instead: those two addresses
      // exactly, not every first-level address they begin (the site's own pages are there).
      { source: "/((?!(?:dashboard|login)(?:/|$)|api/views|api/health|api/uploads).*)", headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy }] },
      { source: "/api/:endpoint(views|health|uploads)/:path*", headers: apiSecurityHeaders },
    ];
  },
};

export default nextConfig;
