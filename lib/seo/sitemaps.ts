import "server-only";
import { countSitemapArticles, newsSitemapArticles, sitemapArticles, sitemapPages } from "@/db/queries/sitemap";
import { siteConfig } from "@/lib/config";
import { renderNewsSitemap, renderSitemapIndex, renderUrlset, urlsPerSitemap } from "./sitemap-xml";

const xml = (body: string) => new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" } });
const notFound = () => new Response("Not found", { status: 404 });

/** /sitemap.xml: every URL in one file while they fit, otherwise an index of /sitemaps/pages.xml and /sitemaps/articles-N.xml. */
export function sitemapResponse(now = new Date()): Response {
  const { url } = siteConfig();
  const pages = sitemapPages(now);
  const articleCount = countSitemapArticles(now);
  if (pages.length + articleCount <= urlsPerSitemap) return xml(renderUrlset(url, [...pages, ...sitemapArticles(now, 0, urlsPerSitemap)]));
  const files = Math.ceil(articleCount / urlsPerSitemap);
  return xml(renderSitemapIndex(url, [{ path: "/sitemaps/pages.xml" }, ...Array.from({ length: files }, (_, i) => ({ path: `/sitemaps/articles-${i + 1}.xml` }))]));
}

/** One file of the sitemap index. */
export function sitemapPartResponse(file: string, now = new Date()): Response {
  const { url } = siteConfig();
  if (file === "pages.xml") return xml(renderUrlset(url, sitemapPages(now)));
  const part = /^articles-([1-9]\d{0,5})\.xml$/.exec(file);
  if (!part) return notFound();
  const entries = sitemapArticles(now, (Number(part[1]) - 1) * urlsPerSitemap, urlsPerSitemap);
  return entries.length ? xml(renderUrlset(url, entries)) : notFound();
}

/** The Google News sitemap: articles of the last two days. */
export function newsSitemapResponse(now = new Date()): Response {
  const { url, name } = siteConfig();
  return xml(renderNewsSitemap(url, name, newsSitemapArticles(now, new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000))));
}

export function robotsTxt(): Response {
  const { url } = siteConfig();
  const body = ["User-agent: *", "Allow: /", "Disallow: /dashboard", "Disallow: /login", "Disallow: /api/", "", `Sitemap: ${url}/sitemap.xml`, `Sitemap: ${url}/news-sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
