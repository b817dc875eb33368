import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { SitePagesTable } from "@/components/dashboard/SitePagesTable";
import { deletedPageTitle } from "@/db/queries/audit";
import { listSitePagesForStaff } from "@/db/queries/site-pages";
import { staffForPage } from "@/lib/auth/page-guard";
import { siteConfig } from "@/lib/config";

export const metadata: Metadata = { title: "Pages" };

type Props = { searchParams: Promise<{ deleted?: string | string[] }> };

export default async function SitePagesPage({ searchParams }: Props) {
  if (!(await staffForPage("/dashboard/pages"))) return <AccessDenied />;
  const { deleted: deletedId } = await searchParams;
  const deleted = typeof deletedId === "string" && /^\d{1,15}$/.test(deletedId) ? deletedPageTitle(Number(deletedId)) : undefined;
  const pages = listSitePagesForStaff();
  return (
    <div className="admin-page site-pages-page">
      <h1>Pages</h1>
      <p className="hint">The site&apos;s own pages, such as About or a corrections policy: once published, each at its own address and listed in the footer of every page; a draft is seen here only.</p>
      {deleted ? (
        <p className="form__success" role="status">
          Deleted the page “{deleted}”.
        </p>
      ) : null}
      <p>
        <Link href="/dashboard/pages/new" className="button button--primary">
          New page
        </Link>
      </p>
      {pages.length === 0 ? <p>There are no pages yet.</p> : <SitePagesTable pages={pages} timeZone={siteConfig().timeZone} />}
    </div>
  );
}
