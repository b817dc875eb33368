import type { Metadata } from "next";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { TaxonomyTable } from "@/components/dashboard/TaxonomyTable";
import { Pagination } from "@/components/site/Pagination";
import { removedTagNote } from "@/db/queries/audit";
import { countTags, listTagsForStaff } from "@/db/queries/taxonomy";
import { staffForPage } from "@/lib/auth/page-guard";
import { pageParam } from "@/lib/paging";
import { pluralize } from "@/lib/text";

export const metadata: Metadata = { title: "Tags" };

const perPage = 100;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function TagsPage({ searchParams }: Props) {
  if (!(await staffForPage("/dashboard/tags"))) return <AccessDenied />;
  const params = await searchParams;
  const search = first(params.q).trim().slice(0, 100);
  const removedId = first(params.removed);
  const removed = /^\d{1,15}$/.test(removedId) ? removedTagNote(Number(removedId)) : undefined;
  const total = countTags(search);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(pageParam(params.page), pageCount);
  const tags = listTagsForStaff(search, perPage, (page - 1) * perPage, new Date());
  return (
    <div className="admin-page tags-page">
      <h1>Tags</h1>
      <p className="hint">Editors add tags in an article&apos;s Tags field. Here they are renamed, merged when two mean the same, or deleted.</p>
      {removed ? (
        <p className="form__success" role="status">
          {removed}
        </p>
      ) : null}
      <form method="get" action="/dashboard/tags" className="toolbar form" role="search" aria-label="Find tags">
        <div>
          <label htmlFor="tags-q">Name contains</label>
          <input id="tags-q" name="q" type="search" defaultValue={search} maxLength={100} />
        </div>
        <button type="submit" className="button">
          Find
        </button>
      </form>
      <p className="hint">
        {pluralize(total, "tag")}
        {search ? ` with “${search}” in the name` : ""}.
      </p>
      {tags.length ? <TaxonomyTable kind="tag" rows={tags} /> : <p className="empty">{search ? "No tag has that in its name." : "No tags yet."}</p>}
      <Pagination basePath="/dashboard/tags" page={page} pageCount={pageCount} params={search ? { q: search } : {}} labels={["← Previous", "Next →"]} />
    </div>
  );
}
