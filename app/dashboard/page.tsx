import type { Metadata } from "next";
import Link from "next/link";
import { ArticleFilters } from "@/components/dashboard/ArticleFilters";
import { ArticleTable } from "@/components/dashboard/ArticleTable";
import { BulkCommentsForm } from "@/components/dashboard/BulkCommentsForm";
import { ListPagination } from "@/components/dashboard/ListPagination";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { deletedArticleTitle } from "@/db/queries/audit";
import { listDashboardArticles } from "@/db/queries/dashboard-articles";
import { staffForPage } from "@/lib/auth/page-guard";
import { siteConfig } from "@/lib/config";
import { listHref, parseListQuery, perPage } from "@/lib/dashboard/article-list";

// The layout of this same segment names its pages "… | Dashboard", but its template applies only below it.
export const metadata: Metadata = { title: { absolute: "Articles | Dashboard" } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = parseListQuery(params);
  const staff = await staffForPage(listHref(query));
  if (!staff) return <AccessDenied />;
  // Admins also open and close comments here, one article at a time or for every ticked one.
  const bulkFormId = staff.role === "admin" ? "article-bulk" : undefined;
  const now = new Date();
  const { items, total, page, pageCount } = listDashboardArticles(query, perPage, now);
  const deleted = typeof params.deleted === "string" && /^\d{1,15}$/.test(params.deleted) ? deletedArticleTitle(Number(params.deleted)) : undefined;
  return (
    <>
      <div className="page-heading">
        <h1>Articles</h1>
        <Link href="/dashboard/articles/new" className="button button--primary">
          New article
        </Link>
      </div>
      {deleted ? (
        <p className="form__success" role="status">
          Deleted “{deleted}”.
        </p>
      ) : null}
      <ArticleFilters query={query} />
      {items.length === 0 ? (
        <p className="empty">{query.q || query.status ? "No articles match. Try another search or status." : "No articles yet."}</p>
      ) : (
        <>
          {bulkFormId ? <BulkCommentsForm id={bulkFormId} /> : null}
          <ArticleTable rows={items} query={{ ...query, page }} timeZone={siteConfig().timeZone} now={now} bulkFormId={bulkFormId} />
        </>
      )}
      <ListPagination query={{ ...query, page }} page={page} pageCount={pageCount} total={total} />
    </>
  );
}
