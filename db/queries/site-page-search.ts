import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matchEnd, matchStart, toMatchExpression } from "@/lib/search/query";

export type SitePageHit = { slug: string; title: string; snippet: string };

/**
 * The site's own pages matching what the reader typed, by the articles' rules (every word, anywhere in the title,
 * description or text; db/migrations/0020), best match first: a site has a handful, so ranking them costs nothing.
 * Matched words are marked, as in the articles' results.
 */
export function searchSitePages(input: string, limit = 5): SitePageHit[] {
  const expression = toMatchExpression(input);
  if (!expression) return [];
  return getDb().all<SitePageHit>(sql`
    SELECT site_pages.slug AS slug,
      highlight(site_page_search, 0, ${matchStart}, ${matchEnd}) AS title,
      snippet(site_page_search, 2, ${matchStart}, ${matchEnd}, '…', 28) AS snippet
    FROM site_page_search JOIN site_pages ON site_pages.id = site_page_search.rowid
    WHERE site_page_search MATCH ${expression}
    ORDER BY rank LIMIT ${limit}`);
}
