import "server-only";
import { sql, type SQL } from "drizzle-orm";
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
/**
 * Published articles matching what the reader typed, best first, with matched words marked in title and snippet.
 * The index holds no drafts (db/migrations/0007), so it ranks on its own; only articles scheduled for later can be
 * in it yet hidden, and they are few: the ranking fetches that many more ids than the page needs and drops them.
 * Snippets are made for the page's rows alone.
 */
export function searchArticles(input: string, now: Date, page: number, perPage: number): Page<SearchHit> {
  const match = toMatchExpression(input);
  if (!match) return { items: [], total: 0, page: 1, pageCount: 1 };
  const db = getDb();
  const future = db.all<{ id: number }>(sql`SELECT id FROM articles WHERE published_at > ${now.getTime()} AND status <> 'draft'`).map((r) => r.id);
  const futureList = idList(future);
  const matching = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM article_search WHERE article_search MATCH ${match}`).n;
  const hiddenMatching = future.length ? db.get<{ n: number }>(sql`SELECT count(*) AS n FROM article_search WHERE article_search MATCH ${match} AND rowid IN (${futureList})`).n : 0;
  const total = matching - hiddenMatching;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pageCount);
  const wanted = current * perPage;
  const ranked = db
    .all<{ id: number }>(sql`SELECT rowid AS id FROM article_search WHERE article_search MATCH ${match} ORDER BY ${rank} LIMIT ${wanted + future.length}`)
    .map((r) => r.id)
    .filter((id) => !future.includes(id))
    .slice(wanted - perPage, wanted);
  if (ranked.length === 0) return { items: [], total, page: current, pageCount };
  const rows = db.all<Row>(sql`
    SELECT articles.id AS id, articles.slug AS slug,
      highlight(article_search, 0, ${matchStart}, ${matchEnd}) AS title,
      snippet(article_search, 2, ${matchStart}, ${matchEnd}, '…', 28) AS snippet,
      articles.published_at AS publishedAt,
      categories.name AS categoryName, categories.slug AS categorySlug, authors.name AS authorName
    FROM article_search
      JOIN articles ON articles.id = article_search.rowid
      JOIN categories ON categories.id = articles.category_id
      JOIN authors ON authors.id = articles.author_id
    WHERE article_search MATCH ${match} AND article_search.rowid IN (${idList(ranked)}) AND ${visibleToReaders(now)}`);
  const byId = new Map(rows.map((r) => [r.id, { ...r, publishedAt: new Date(r.publishedAt) }]));
  return { items: ranked.flatMap((id) => byId.get(id) ?? []), total, page: current, pageCount };
}

/**
 * Ids bound as integers. better-sqlite3 binds a JS number as a REAL, and FTS5 ignores a rowid constraint that is not
 * an integer: `rowid IN (?)` with one REAL id matched every article (SQLite turns a one-value IN into `=`).
 */
function idList(list: number[]): SQL {
  return sql.join(
    list.map((id) => sql`${BigInt(id)}`),
    sql`, `,
  );
}
