import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matchEnd, matchStart, toMatchExpression } from "@/lib/search/query";

export type SitePageHit = { slug: string; title: string; snippet: string };

// The index holds drafts too (its triggers follow every page): readers are shown published pages alone.
const published = sql.raw("site_page_search JOIN site_pages ON site_pages.id = site_page_search.rowid AND site_pages.published = 1");

/**
 * The site's published pages matching what the reader typed, by the articles' rules (every word, anywhere in the title,
 * description or text; db/migrations/0020): how many, and the best `limit` of them first, their matched words marked
 * as in the articles' results. A site has a handful of pages, so ranking them all costs nothing.
 */
export function searchSitePages(input: string, limit = 5): { hits: SitePageHit[]; total: number } {
  const expression = toMatchExpression(input);
  if (!expression) return { hits: [], total: 0 };
  const hits = getDb().all<SitePageHit>(sql`
    SELECT site_pages.slug AS slug,
      highlight(site_page_search, 0, ${matchStart}, ${matchEnd}) AS title,
      snippet(site_page_search, 2, ${matchStart}, ${matchEnd}, '…', 28) AS snippet
    FROM ${published}
    WHERE site_page_search MATCH ${expression}
    ORDER BY rank LIMIT ${limit}`);
  const { total } = getDb().get<{ total: number }>(sql`SELECT count(*) AS total FROM ${published} WHERE site_page_search MATCH ${expression}`);
  return { hits, total };
}
