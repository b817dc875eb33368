import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { DeleteForm } from "@/components/dashboard/DeleteForm";
import { getSitePageById } from "@/db/queries/site-pages";
import { staffForPage } from "@/lib/auth/page-guard";
import { deleteSitePageAction } from "../../actions";

export const metadata: Metadata = { title: "Delete page" };

export default async function DeleteSitePagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  if (!(await staffForPage(`/dashboard/pages/${rawId}/delete`))) return <AccessDenied />;
  const id = Number(rawId);
  const page = Number.isInteger(id) && id > 0 ? getSitePageById(id) : undefined;
  if (!page) notFound();
  return (
    <>
      <h1>Delete the page “{page.title}”? This cannot be undone.</h1>
      <p>
        {page.published
          ? `It leaves the site's footer and search, and its address, /${page.slug}, will answer “not found”, as will any old address that led to it.`
          : "It is a draft: readers have never seen it."}
      </p>
      <DeleteForm field={{ name: "pageId", value: page.id }} keepHref={`/dashboard/pages/${page.id}`} action={deleteSitePageAction} />
    </>
  );
}
