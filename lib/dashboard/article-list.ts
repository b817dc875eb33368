/** What the dashboard's article table shows, read from and written back to its query string. */

export const listStatuses = ["draft", "scheduled", "published", "unpublished"] as const;
export type ListStatus = (typeof listStatuses)[number];

export const sortKeys = ["updated", "title", "published", "views", "comments"] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDir = "asc" | "desc";

export type ListQuery = { status: ListStatus | null; q: string; sort: SortKey; dir: SortDir; page: number };

export const perPage = 25;
export const defaultQuery: ListQuery = { status: null, q: "", sort: "updated", dir: "desc", page: 1 };

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function oneOf<T extends string>(options: readonly T[], value: string): T | null {
  return (options as readonly string[]).includes(value) ? (value as T) : null;
}

const sortDirs = ["asc", "desc"] as const;

/** Every order the filter form's "Sort by" offers, as `<sort>-<dir>` with its words: the column headers' orders too. */
export const orderChoices: { value: string; label: string }[] = [
  ["updated", "Last updated, newest first", "Last updated, oldest first"],
  ["published", "Published, newest first", "Published, oldest first"],
  ["title", "Title, Z to A", "Title, A to Z"],
  ["views", "Most viewed first", "Least viewed first"],
  ["comments", "Most comments first", "Fewest comments first"],
].flatMap(([sort, desc, asc]) => [
  { value: `${sort}-desc`, label: desc },
  { value: `${sort}-asc`, label: asc },
]);

/**
 * Unknown or malformed values fall back to the defaults, so a hand-edited URL still shows a table. The order comes
 * from `sort` and `dir` (the column headers' links) or from `order` (the filter form's "Sort by", for phones, where
 * the table's headers are hidden).
 */
export function parseListQuery(params: Params): ListQuery {
  const [orderSort = "", orderDir = ""] = first(params.order).split("-", 2);
  const sort = oneOf(sortKeys, first(params.sort)) ?? oneOf(sortKeys, orderSort) ?? defaultQuery.sort;
  const dir = oneOf(sortDirs, first(params.dir)) ?? oneOf(sortDirs, orderDir) ?? (sort === "title" ? "asc" : "desc");
  const page = Number(first(params.page));
  return {
    status: oneOf(listStatuses, first(params.status)),
    q: first(params.q).trim().slice(0, 200),
    sort,
    dir,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The table's address with some settings changed; defaults are left out to keep URLs short. */
export function listHref(query: ListQuery, change: Partial<ListQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.status) params.set("status", next.status);
  if (next.q) params.set("q", next.q);
  if (next.sort !== defaultQuery.sort || next.dir !== defaultQuery.dir) {
    params.set("sort", next.sort);
    params.set("dir", next.dir);
  }
  if (next.page > 1) params.set("page", String(next.page));
  const text = params.toString();
  return text ? `/dashboard?${text}` : "/dashboard";
}

/** Clicking a column header: first its natural direction, then the other way round. */
export function sortHref(query: ListQuery, sort: SortKey): string {
  const natural: SortDir = sort === "title" ? "asc" : "desc";
  const dir: SortDir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : natural;
  return listHref(query, { sort, dir, page: 1 });
}

/** How the article stands for readers now: a scheduled article whose time has come is published. */
export function displayStatus(article: { status: string; publishedAt: Date | null; unpublishedAt: Date | null }, now: Date): ListStatus {
  if (article.status === "draft") return article.unpublishedAt ? "unpublished" : "draft";
  return article.publishedAt && article.publishedAt <= now ? "published" : "scheduled";
}
