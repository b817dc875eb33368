import Link from "next/link";
import type { SectionForAdmin } from "@/db/queries/taxonomy";

/** The site's sections, as readers find them in its menu, each with its articles and a link to edit it. */
export function SectionsTable({ sections }: { sections: SectionForAdmin[] }) {
  return (
    <table className="data-table data-table--stack sections-table">
      <caption className="visually-hidden">Sections</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Address</th>
          <th scope="col">Description</th>
          <th scope="col" className="number">
            Published
          </th>
          <th scope="col" className="number">
            All articles
          </th>
        </tr>
      </thead>
      <tbody>
        {sections.map((s) => (
          <tr key={s.id}>
            <th scope="row" data-label="Name">
              <Link href={`/dashboard/sections/${s.id}`}>
                {s.name}
                <span className="visually-hidden"> (edit)</span>
              </Link>
            </th>
            <td data-label="Address">
              <Link href={`/category/${s.slug}`}>/category/{s.slug}</Link>
            </td>
            <td data-label="Description">{s.description || "—"}</td>
            <td data-label="Published" className="number">
              {s.published.toLocaleString("en-US")}
            </td>
            <td data-label="All articles" className="number">
              {s.articles.toLocaleString("en-US")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
