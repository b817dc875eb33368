import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { PreviewBar } from "@/components/dashboard/PreviewBar";
import { SitePageArticle } from "@/components/site/SitePageArticle";
import { getSitePageById } from "@/db/queries/site-pages";
import { staffForPage } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Preview", robots: { index: false } };

/** A site page as readers will see it once published, as last saved: a draft's only view. */
export default async function PreviewSitePagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  if (!(await staffForPage(`/dashboard/pages/${rawId}/preview`))) return <AccessDenied />;
  const id = Number(rawId);
  const page = Number.isInteger(id) && id > 0 ? getSitePageById(id) : undefined;
  if (!page) notFound();
  return (
    <>
      <PreviewBar editHref={`/dashboard/pages/${page.id}`} status={page.published ? "published" : "draft"} />
      <div className="preview-page">
        <SitePageArticle title={page.title} bodyHtml={page.bodyHtml} />
      </div>
    </>
  );
}
