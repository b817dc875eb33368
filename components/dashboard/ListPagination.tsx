import Link from "next/link";
import { listHref, type ListQuery } from "@/lib/dashboard/article-list";

/** Previous/next pages of the table, keeping its filter, search and sort. */
export function ListPagination({ query, page, pageCount, total }: { query: ListQuery; page: number; pageCount: number; total: number }) {
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={listHref(query, { page: page - 1 })} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} of {pageCount} · {total.toLocaleString("en-US")} {total === 1 ? "article" : "articles"}
      </span>
      {page < pageCount ? (
        <Link href={listHref(query, { page: page + 1 })} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
