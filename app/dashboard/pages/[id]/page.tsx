import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { SitePageForm } from "@/components/dashboard/SitePageForm";
import { getSitePageById } from "@/db/queries/site-pages";
import { staffForPage } from "@/lib/auth/page-guard";
import { previewMarkdown } from "../../articles/actions";
import { saveSitePageAction } from "../actions";

export const metadata: Metadata = { title: "Edit page" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditSitePagePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  if (!(await staffForPage(`/dashboard/pages/${rawId}`))) return <AccessDenied />;
  const id = Number(rawId);
  const page = Number.isInteger(id) && id > 0 ? getSitePageById(id) : undefined;
  if (!page) notFound();
  const { created } = await searchParams;
  const initial = { pageId: String(page.id), seenSavedAt: String(page.updatedAt.getTime()), title: page.title, slug: page.slug, description: page.description, position: String(page.position), inMenu: page.inMenu ? "on" : "", published: page.published ? "on" : "", bodyMarkdown: page.bodyMarkdown };
  const createdNotice = page.published ? `Created. Readers see it at /${page.slug}, and it is listed in the site's footer.` : "Created as a draft: readers cannot see it until it is published.";
  return (
    <div className="admin-page site-pages-page">
      <p>
        <Link href="/dashboard/pages">← All pages</Link>
      </p>
      <h1>Edit page: {page.title}</h1>
      <p className="hint">
        {page.published ? (
          <a href={`/${page.slug}`}>View it on the site</a>
        ) : (
          <>
            A draft: not on the site yet. <Link href={`/dashboard/pages/${page.id}/preview`}>Preview it</Link>
          </>
        )}{" "}
        · <Link href={`/dashboard/pages/${page.id}/delete`}>Delete this page</Link>
      </p>
      <SitePageForm
        action={saveSitePageAction}
        preview={previewMarkdown}
        initial={initial}
        initialHtml={page.bodyHtml}
        notice={created === "1" ? createdNotice : undefined}
      />
    </div>
  );
}
