import Link from "next/link";

type Row = { id: number; name: string; slug: string; description?: string; published: number; articles: number };

const kinds = {
  section: { caption: "Sections", edit: "/dashboard/sections/", page: "/category/" },
  tag: { caption: "Tags", edit: "/dashboard/tags/", page: "/tag/" },
} as const;

/** Sections or tags, each with the articles it holds, a link to edit it and its page on the site. */
export function TaxonomyTable({ kind, rows }: { kind: keyof typeof kinds; rows: Row[] }) {
  const { caption, edit, page } = kinds[kind];
  const described = kind === "section";
  return (
    <table className="data-table data-table--stack taxonomy-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Address</th>
          {described ? <th scope="col">Description</th> : null}
          <th scope="col" className="number">
            Published
          </th>
          <th scope="col" className="number">
            All articles
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" data-label="Name">
              <Link href={`${edit}${r.id}`}>
                {r.name}
                <span className="visually-hidden"> (edit)</span>
              </Link>
            </th>
            <td data-label="Address">
              <Link href={`${page}${r.slug}`}>
                {page}
                {r.slug}
              </Link>
            </td>
            {described ? <td data-label="Description">{r.description || "—"}</td> : null}
            <td data-label="Published" className="number">
              {r.published.toLocaleString("en-US")}
            </td>
            <td data-label="All articles" className="number">
              {r.articles.toLocaleString("en-US")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
