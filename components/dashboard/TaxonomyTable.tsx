import Link from "next/link";
import type { FormState } from "@/lib/auth/guards";
import { ActionForm } from "./ActionForm";

type Row = { id: number; name: string; slug: string; description?: string; published: number; articles: number };

const kinds = {
  section: { caption: "Sections", edit: "/dashboard/sections/", page: "/category/" },
  tag: { caption: "Tags", edit: "/dashboard/tags/", page: "/tag/" },
} as const;

type Props = {
  kind: keyof typeof kinds;
  rows: Row[];
  /** For sections: moves one a place up or down the site's menu, in whose order the rows are. */
  reorder?: (state: FormState, data: FormData) => Promise<FormState>;
};

/** One of a row's Up and Down buttons. */
function MoveButton({ reorder, row, direction }: { reorder: NonNullable<Props["reorder"]>; row: Row; direction: "up" | "down" }) {
  return (
    <ActionForm action={reorder} className="inline-form">
      <input type="hidden" name="sectionId" value={row.id} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" className="button button--small">
        {direction === "up" ? "Up" : "Down"}
        <span className="visually-hidden"> {row.name}</span>
      </button>
    </ActionForm>
  );
}

/** Sections or tags, each with the articles it holds, a link to edit it and its page on the site. */
export function TaxonomyTable({ kind, rows, reorder }: Props) {
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
          {reorder ? <th scope="col">Place in the menu</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
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
            {reorder ? (
              <td data-label="Place in the menu">
                <div className="move-buttons">
                  {i > 0 ? <MoveButton reorder={reorder} row={r} direction="up" /> : null}
                  {i < rows.length - 1 ? <MoveButton reorder={reorder} row={r} direction="down" /> : null}
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
