import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matchStart, matchEnd, toMatchExpression } from "@/lib/search/query";
import { visibleToReaders } from "./visibility";
import type { Page } from "./articles";

export type SearchHit = {
  id: number;
  slug: string;
  title: string;
  snippet: string;
  publishedAt: Date;
  categoryName: string;
  categorySlug: string;
  authorName: string;
};

type Row = Omit<SearchHit, "publishedAt"> & { publishedAt: number };

// bm25 weights per column: a word in the title counts ten times one in the body, one in the excerpt four times.
const rank = sql`bm25(article_search, 10.0, 4.0, 1.0)`;

/** Published articles matching what the reader typed, best first, with matched words marked in title and snippet. */
export function searchArticles(input: string, now: Date, page: number, perPage: number): Page<SearchHit> {
  const match = toMatchExpression(input);
  if (!match) return { items: [], total: 0, page: 1, pageCount: 1 };
  const db = getDb();
  const where = sql`article_search MATCH ${match} AND ${visibleToReaders(now)}`;
  const from = sql`article_search JOIN articles ON articles.id = article_search.rowid`;
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${from} WHERE ${where}`).n;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = db.all<Row>(sql`
    SELECT articles.id AS id, articles.slug AS slug,
      highlight(article_search, 0, ${matchStart}, ${matchEnd}) AS title,
      snippet(article_search, 2, ${matchStart}, ${matchEnd}, '…', 28) AS snippet,
      articles.published_at AS publishedAt,
      categories.name AS categoryName, categories.slug AS categorySlug, authors.name AS authorName
    FROM ${from}
      JOIN categories ON categories.id = articles.category_id
      JOIN authors ON authors.id = articles.author_id
    WHERE ${where}
    ORDER BY ${rank}, articles.published_at DESC
    LIMIT ${perPage} OFFSET ${(current - 1) * perPage}`);
  return { items: rows.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt) })), total, page: current, pageCount };
}
