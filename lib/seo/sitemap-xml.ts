import { escapeXml } from "@/lib/feeds/xml";

/** The sitemaps protocol allows 50,000 URLs per file; more need a sitemap index. */
export const urlsPerSitemap = 50_000;

const head = '<?xml version="1.0" encoding="UTF-8"?>';

export function renderUrlset(siteUrl: string, entries: { path: string; lastModified: Date }[]): string {
  const urls = entries.map((e) => `<url><loc>${escapeXml(siteUrl + e.path)}</loc><lastmod>${e.lastModified.toISOString()}</lastmod></url>`);
  return [head, '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, "</urlset>"].join("\n");
}

export function renderSitemapIndex(siteUrl: string, paths: { path: string; lastModified?: Date }[]): string {
  const maps = paths.map((p) => `<sitemap><loc>${escapeXml(siteUrl + p.path)}</loc>${p.lastModified ? `<lastmod>${p.lastModified.toISOString()}</lastmod>` : ""}</sitemap>`);
  return [head, '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...maps, "</sitemapindex>"].join("\n");
}

export function renderNewsSitemap(siteUrl: string, publication: string, items: { slug: string; title: string; publishedAt: Date }[]): string {
  const urls = items.map((a) =>
    [
      "<url>",
      `<loc>${escapeXml(`${siteUrl}/articles/${a.slug}`)}</loc>`,
      "<news:news>",
      `<news:publication><news:name>${escapeXml(publication)}</news:name><news:language>en</news:language></news:publication>`,
      `<news:publication_date>${a.publishedAt.toISOString()}</news:publication_date>`,
      `<news:title>${escapeXml(a.title)}</news:title>`,
      "</news:news>",
      "</url>",
    ].join(""),
  );
  return [head, '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">', ...urls, "</urlset>"].join("\n");
}
