import Link from "next/link";
import { formatDateTime } from "@/lib/dates";

type Row = { id: number; slug: string; title: string; position: number; published: boolean; updatedAt: Date; updatedBy: string | null };

/** The site's pages: each with its editor, its address on the site, its place in the footer and its last change. */
export function SitePagesTable({ pages, timeZone }: { pages: Row[]; timeZone: string }) {
  return (
    <table className="data-table data-table--stack site-pages-table">
      <caption className="visually-hidden">Pages</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Address</th>
          <th scope="col" className="number">
            Order
          </th>
          <th scope="col">Last changed</th>
        </tr>
      </thead>
      <tbody>
        {pages.map((page) => (
          <tr key={page.id}>
            <th scope="row" data-label="Title">
              <Link href={`/dashboard/pages/${page.id}`}>
                {page.title}
                <span className="visually-hidden"> (edit)</span>
              </Link>
              {!page.published && (
                <>
                  {" "}
                  <span className="badge badge--draft">draft</span>
                </>
              )}
            </th>
            <td data-label="Address">
              {page.published ? <a href={`/${page.slug}`}>/{page.slug}</a> : `/${page.slug}`}
            </td>
            <td data-label="Order" className="number">
              {page.position}
            </td>
            <td data-label="Last changed">
              {formatDateTime(page.updatedAt, timeZone)}
              {page.updatedBy ? ` by ${page.updatedBy}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
