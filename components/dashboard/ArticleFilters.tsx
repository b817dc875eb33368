import Link from "next/link";
import { listHref, listStatuses, orderChoices, type ListQuery } from "@/lib/dashboard/article-list";

/** A plain GET form, so filtering, searching and sorting work without JavaScript. */
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
      <div>
        <label htmlFor="filter-order">Sort by</label>
        <select id="filter-order" name="order" defaultValue={`${query.sort}-${query.dir}`}>
          {orderChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Filter
      </button>
      {/* Anything but the default list: listHref leaves defaults out of the address. */}
      {listHref({ ...query, page: 1 }) !== "/dashboard" ? (
        <Link href="/dashboard" className="toolbar__reset">
          Show all
        </Link>
      ) : null}
    </form>
  );
}
