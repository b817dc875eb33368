import Link from "next/link";
import { listStatuses, type ListQuery } from "@/lib/dashboard/article-list";

/** A plain GET form, so filtering and searching work without JavaScript; the sort order is kept. */
export function ArticleFilters({ query }: { query: ListQuery }) {
  return (
    <form method="get" action="/dashboard" className="toolbar form" role="search" aria-label="Filter articles">
      <div>
        <label htmlFor="filter-q">Title contains</label>
        <input id="filter-q" name="q" type="search" defaultValue={query.q} />
      </div>
      <div>
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={query.status ?? ""}>
          <option value="">All</option>
          {listStatuses.map((s) => (
            <option key={s} value={s}>
              {s[0].toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
      </div>
      {query.sort !== "updated" || query.dir !== "desc" ? (
        <>
          <input type="hidden" name="sort" value={query.sort} />
          <input type="hidden" name="dir" value={query.dir} />
        </>
      ) : null}
      <button type="submit" className="button">
        Filter
      </button>
      {query.q || query.status ? (
        <Link href="/dashboard" className="toolbar__reset">
          Show all
        </Link>
      ) : null}
    </form>
  );
}
