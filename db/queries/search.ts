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

/**
 * Published articles matching what the reader typed (every word, anywhere), in two groups, newest first within each:
 * those whose title holds every searched word, then the others. This is WordPress's order, shortened: title matches
 * before the rest, and dates rather than a relevance score, because news goes stale and because ranking a common
 * word's tens of thousands of matches costs tens of milliseconds at 100,000 articles. Matched words are marked.
 */
export function searchArticles(input: string, now: Date, page: number, perPage: number): Page<SearchHit> {
  const expression = toMatchExpression(input);
  if (!expression) return { items: [], total: 0, page: 1, pageCount: 1 };
  const hidden = scheduledIds(now);
  const total = countVisible(everywhere, expression, hidden);
  const inTitle = countVisible(inTitles, expression, hidden);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pageCount);
  const groups = [titleMatches(expression, inTitle), otherMatches(expression, total - inTitle)];
  const ids = pageOf(groups, now, (current - 1) * perPage, perPage);
  return { items: hits(expression, ids, now), total, page: current, pageCount };
}

// The two full-text indexes (db/migrations/0003, 0007 and 0009): title, excerpt and body; and titles alone. Neither
// holds drafts, and both use the same tokenizer, so an article whose title holds the words is a match of the first.
const everywhere = sql.raw("article_search");
const inTitles = sql.raw("article_titles");

const matching = (index: SQL, expression: string) => sql`SELECT rowid FROM ${index} WHERE ${index} MATCH ${expression}`;
const indexHas = (index: SQL, expression: string, id: SQL) => sql`EXISTS (SELECT 1 FROM ${index} WHERE ${index} MATCH ${expression} AND rowid = ${id})`;

/**
 * The indexes can count on their own; only articles scheduled for later can be in them yet hidden from readers. They
 * are few, so their ids are fetched and left out by hand.
 */
function scheduledIds(now: Date): number[] {
  return ids(sql`SELECT id FROM articles WHERE published_at > ${now.getTime()} AND status <> 'draft'`);
}

/** count(*) reads the index's lists of articles only: no positions, no article rows. */
function countVisible(index: SQL, expression: string, hidden: number[]): number {
  const count = (extra: SQL) => getDb().get<{ n: number }>(sql`SELECT count(*) AS n FROM ${index} WHERE ${index} MATCH ${expression}${extra}`).n;
  return count(sql``) - (hidden.length ? count(sql` AND rowid IN (${idList(hidden)})`) : 0);
}

/** A group of results: how many readers may see, their rowids as a subquery, and a test of one article id. */
type MatchGroup = { count: number; rowids: SQL; has: (id: SQL) => SQL };

function titleMatches(expression: string, count: number): MatchGroup {
  return { count, rowids: matching(inTitles, expression), has: (id) => indexHas(inTitles, expression, id) };
}

function otherMatches(expression: string, count: number): MatchGroup {
  return {
    count,
    rowids: sql`${matching(everywhere, expression)} EXCEPT ${matching(inTitles, expression)}`,
    has: (id) => sql`${indexHas(everywhere, expression, id)} AND NOT ${indexHas(inTitles, expression, id)}`,
  };
}

/** The ids of one page: `offset` and `limit` over the groups one after the other. */
function pageOf(groups: MatchGroup[], now: Date, offset: number, limit: number): number[] {
  const page: number[] = [];
  let skip = offset;
  for (const group of groups) {
    if (page.length === limit) break;
    if (skip >= group.count) {
      skip -= group.count;
      continue;
    }
    page.push(...newestOf(group, now, skip, limit - page.length));
    skip = 0;
  }
  return page;
}

// Below this many matches, sorting them all by date is cheapest: each costs one article row read.
const sortAllUpTo = 1000;
// Checking one article against an index costs 20–100 µs (a seek per word), so at most this many are checked.
const probeUpTo = 60;

/**
 * A group's matches newest first, `skip` and `limit` within them. Three ways to the same answer, chosen by cost:
 * sorting a few matches; checking the newest articles one by one, which finds an early page of a common word in a few
 * dozen checks; else collecting every match once and walking the date index to the page.
 */
function newestOf(group: MatchGroup, now: Date, skip: number, limit: number): number[] {
  if (group.count <= sortAllUpTo) return sortedMatches(group, now, skip, limit);
  const wanted = skip + limit;
  const probes = probesFor(group.count, wanted);
  if (probes <= probeUpTo) {
    const probed = probedMatches(group, now, probes, wanted);
    if (probed.length === wanted) return probed.slice(skip);
  }
  return walkedMatches(group, now, skip, limit);
}

/**
 * How many of the newest articles to check to find `wanted` matches with a good margin: twice what the matches'
 * share of the archive predicts. The highest article id stands for the archive's size; it costs one index seek.
 */
function probesFor(count: number, wanted: number): number {
  const archive = getDb().get<{ n: number | null }>(sql`SELECT max(id) AS n FROM articles`).n ?? count;
  return Math.ceil((2 * wanted * Math.max(archive, count)) / count);
}

const newestFirst = sql`ORDER BY articles.published_at DESC, articles.id DESC`;

/** CROSS JOIN keeps SQLite from walking every visible article's date instead of reading the matches' rows. */
function sortedMatches(group: MatchGroup, now: Date, skip: number, limit: number): number[] {
  return ids(sql`SELECT articles.id AS id FROM (${group.rowids}) AS matched CROSS JOIN articles ON articles.id = matched.rowid
    WHERE ${visibleToReaders(now)} ${newestFirst} LIMIT ${limit} OFFSET ${skip}`);
}

/** Matches among the newest `probes` visible articles: all the `wanted` first ones, or fewer. */
function probedMatches(group: MatchGroup, now: Date, probes: number, wanted: number): number[] {
  return ids(sql`SELECT newest.id AS id
    FROM (SELECT articles.id AS id, articles.published_at AS at FROM articles WHERE ${visibleToReaders(now)} ${newestFirst} LIMIT ${probes}) AS newest
    WHERE ${group.has(sql`newest.id`)}
    ORDER BY newest.at DESC, newest.id DESC LIMIT ${wanted}`);
}

/**
 * The matches go into a temporary set, then the date index is read newest first until the page is full. INDEXED BY:
 * left to itself, SQLite reads every match's article row to sort them by date, ten times slower for a common word.
 */
function walkedMatches(group: MatchGroup, now: Date, skip: number, limit: number): number[] {
  return ids(sql`SELECT articles.id AS id FROM articles INDEXED BY articles_published_idx
    WHERE ${visibleToReaders(now)} AND articles.id IN (${group.rowids})
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
