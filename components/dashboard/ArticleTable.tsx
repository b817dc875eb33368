import Link from "next/link";
import type { DashboardRow } from "@/db/queries/dashboard-articles";
import { displayStatus, sortHref, type ListQuery, type SortKey } from "@/lib/dashboard/article-list";
import { formatDateTime } from "@/lib/dates";
import { CommentsToggle } from "./CommentsToggle";
import { StatusBadge } from "./StatusBadge";

/** `bulkFormId`: for admins, the id of the BulkCommentsForm that each row's checkbox joins; rows then also get a comments toggle. */
type Props = { rows: DashboardRow[]; query: ListQuery; timeZone: string; now: Date; bulkFormId?: string };

/** A column header that sorts by its column; aria-sort tells screen readers the current order. */
function SortHeader({ query, sort, label, numeric }: { query: ListQuery; sort: SortKey; label: string; numeric?: boolean }) {
  const active = query.sort === sort;
  const arrow = active ? (query.dir === "asc" ? " ↑" : " ↓") : "";
  return (
    <th scope="col" className={numeric ? "number" : undefined} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sortHref(query, sort)} className="sort-link">
        {label}
        {arrow}
      </Link>
    </th>
  );
}

export function ArticleTable({ rows, query, timeZone, now, bulkFormId }: Props) {
  return (
    // On a phone each row becomes a card (the filter form's "Sort by" stands in for the hidden headers); between that
    // and a wide screen the table scrolls sideways in its box rather than the whole page.
    <div className="table-scroll">
      <table className="data-table data-table--stack article-table">
        <caption className="visually-hidden">Articles, sorted by {query.sort} ({query.dir === "asc" ? "ascending" : "descending"})</caption>
        <thead>
          <tr>
            {bulkFormId ? (
              <th scope="col">
                <span className="visually-hidden">Tick</span>
              </th>
            ) : null}
            <SortHeader query={query} sort="title" label="Title" />
            <th scope="col">Status</th>
            <th scope="col">Author</th>
            <th scope="col">Section</th>
            <SortHeader query={query} sort="published" label="Published" />
            <SortHeader query={query} sort="views" label="Views" numeric />
            <SortHeader query={query} sort="comments" label="Comments" numeric />
            {bulkFormId ? <th scope="col">Discussion</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {bulkFormId ? (
                <td className="data-table__check">
                  <input type="checkbox" name="ids" value={row.id} form={bulkFormId} aria-label={`Tick “${row.title}”`} />
                </td>
              ) : null}
              <th scope="row">
                <Link href={`/dashboard/articles/${row.id}/edit`}>{row.title}</Link>
              </th>
              <td data-label="Status">
                <StatusBadge status={displayStatus(row, now)} />
              </td>
              <td data-label="Author">{row.authorName}</td>
              <td data-label="Section">{row.categoryName}</td>
              <td data-label="Published">{row.publishedAt ? <time dateTime={row.publishedAt.toISOString()}>{formatDateTime(row.publishedAt, timeZone)}</time> : "—"}</td>
              <td data-label="Views" className="number">
                {row.views.toLocaleString("en-US")}
              </td>
              <td data-label="Comments" className="number">
                {row.commentCount.toLocaleString("en-US")}
              </td>
              {bulkFormId ? (
                <td data-label="Discussion">
                  <CommentsToggle articleId={row.id} commentsClosed={row.commentsClosed} articleTitle={row.title} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
