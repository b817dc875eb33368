import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { matchStart, matchEnd, toMatchExpressions, type MatchExpressions } from "@/lib/search/query";
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

/**
 * Published articles matching what the reader typed: first those with a query word in the title, best first, then
 * the others, newest first. Ranking costs time for every article it ranks, and a common word is in the text of half
 * the archive; title matches are far fewer. Past them, among articles that only mention the words, a news reader is
 * better served by the newest than by bm25, which rewards short texts and repetition. Matched words are marked.
 */
export function searchArticles(input: string, now: Date, page: number, perPage: number): Page<SearchHit> {
  const match = toMatchExpressions(input);
  if (!match) return { items: [], total: 0, page: 1, pageCount: 1 };
  const hidden = scheduledIds(now);
  const total = countVisible(match.all, hidden);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pageCount);
  const ids = pageIds(match, hidden, now, total, (current - 1) * perPage, perPage);
  return { items: hits(match.all, ids, now), total, page: current, pageCount };
}

/**
 * The index holds no drafts (db/migrations/0007), so it can rank and count on its own; only articles scheduled for
 * later can be in it yet hidden from readers. They are few, so their ids are fetched and left out by hand.
 */
function scheduledIds(now: Date): number[] {
  return getDb()
    .all<{ id: number }>(sql`SELECT id FROM articles WHERE published_at > ${now.getTime()} AND status <> 'draft'`)
    .map((r) => r.id);
}

/** count(*) reads the index's doclists only: no ranking, no article rows. */
function countVisible(expression: string, hidden: number[]): number {
  const db = getDb();
  const count = (extra: SQL) => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM article_search WHERE article_search MATCH ${expression}${extra}`).n;
  return count(sql``) - (hidden.length ? count(sql` AND rowid IN (${idList(hidden)})`) : 0);
}

/** The ids of one page: title matches by rank, and once they run out, the other matches by date. */
function pageIds(match: MatchExpressions, hidden: number[], now: Date, total: number, offset: number, limit: number): number[] {
  const wanted = offset + limit;
  const inTitle = rankedTitleMatches(match.inTitle, hidden, wanted);
  const fromTitle = inTitle.slice(offset);
  if (inTitle.length >= wanted) return fromTitle;
  // Fewer than `wanted` came back, so these are all the title matches, and every other visible match is a text match.
  const skip = Math.max(0, offset - inTitle.length);
  return [...fromTitle, ...newestTextMatches(match.notInTitle, now, total - inTitle.length, skip, limit - fromTitle.length)];
}

/**
 * The first `wanted` visible title matches by bm25, or all of them when there are fewer. The expression names the
 * query words twice, once for any column and once for the title, so bm25 counts a word in the title twice.
 */
function rankedTitleMatches(expression: string, hidden: number[], wanted: number): number[] {
  return getDb()
    .all<{ id: number }>(sql`SELECT rowid AS id FROM article_search WHERE article_search MATCH ${expression} ORDER BY ${rank} LIMIT ${wanted + hidden.length}`)
    .map((r) => r.id)
    .filter((id) => !hidden.includes(id))
    .slice(0, wanted);
}

// Below this many text matches, sorting them all by date is cheapest: each costs one article row read.
const sortAllUpTo = 1000;
// The first pages of a common word are found by checking the newest articles one by one, this many per result wanted.
const probesPerResult = 4;
const probeUpTo = 30;

/**
 * Text matches newest first, `skip` and `limit` within them; `count` is how many readers may see. Three ways to the
 * same answer, chosen by cost: sorting a few matches; checking the newest articles against the index, which finds
 * an early page of a common word after a few dozen checks (each check seeks in the index, so it is only tried on a
 * bounded window); else collecting every match once and walking the date index to the page.
 */
function newestTextMatches(expression: string, now: Date, count: number, skip: number, limit: number): number[] {
  if (skip >= count) return [];
  if (count <= sortAllUpTo) return sortedTextMatches(expression, now, skip, limit);
  const wanted = skip + limit;
  if (wanted <= probeUpTo) {
    const probed = probedTextMatches(expression, now, wanted);
    if (probed.length === wanted) return probed.slice(skip);
  }
  return walkedTextMatches(expression, now, skip, limit);
}

const newestFirst = sql`ORDER BY articles.published_at DESC, articles.id DESC`;

function sortedTextMatches(expression: string, now: Date, skip: number, limit: number): number[] {
  return ids(sql`SELECT articles.id AS id FROM article_search JOIN articles ON articles.id = article_search.rowid
    WHERE article_search MATCH ${expression} AND ${visibleToReaders(now)} ${newestFirst} LIMIT ${limit} OFFSET ${skip}`);
}

/** Matches among the newest `probesPerResult * wanted` visible articles: all the `wanted` first ones, or fewer. */
function probedTextMatches(expression: string, now: Date, wanted: number): number[] {
  return ids(sql`SELECT newest.id AS id
    FROM (SELECT articles.id AS id, articles.published_at AS at FROM articles WHERE ${visibleToReaders(now)} ${newestFirst} LIMIT ${probesPerResult * wanted}) AS newest
    WHERE EXISTS (SELECT 1 FROM article_search WHERE article_search MATCH ${expression} AND article_search.rowid = newest.id)
    ORDER BY newest.at DESC, newest.id DESC LIMIT ${wanted}`);
}

/**
 * The matches go into a temporary set, then the date index is read newest first until the page is full. INDEXED BY:
 * left to itself, SQLite reads every match's article row to sort them by date, ten times slower for a common word.
 */
function walkedTextMatches(expression: string, now: Date, skip: number, limit: number): number[] {
  return ids(sql`SELECT articles.id AS id FROM articles INDEXED BY articles_published_idx
    WHERE ${visibleToReaders(now)} AND articles.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ${expression})
    ${newestFirst} LIMIT ${limit} OFFSET ${skip}`);
}

/** The display columns of the page's articles, in the page's order, with snippets made for these rows alone. */
function hits(expression: string, pageIds: number[], now: Date): SearchHit[] {
  if (pageIds.length === 0) return [];
  const rows = getDb().all<Row>(sql`
    SELECT articles.id AS id, articles.slug AS slug,
      highlight(article_search, 0, ${matchStart}, ${matchEnd}) AS title,
      snippet(article_search, 2, ${matchStart}, ${matchEnd}, '…', 28) AS snippet,
      articles.published_at AS publishedAt,
      categories.name AS categoryName, categories.slug AS categorySlug, authors.name AS authorName
    FROM article_search
      JOIN articles ON articles.id = article_search.rowid
      JOIN categories ON categories.id = articles.category_id
      JOIN authors ON authors.id = articles.author_id
    WHERE article_search MATCH ${expression} AND article_search.rowid IN (${idList(pageIds)}) AND ${visibleToReaders(now)}`);
  const byId = new Map(rows.map((r) => [r.id, { ...r, publishedAt: new Date(r.publishedAt) }]));
  return pageIds.flatMap((id) => byId.get(id) ?? []);
}

function ids(query: SQL): number[] {
  return getDb()
    .all<{ id: number }>(query)
    .map((r) => r.id);
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
