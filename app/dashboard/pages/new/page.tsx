import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { SitePageForm } from "@/components/dashboard/SitePageForm";
import { staffForPage } from "@/lib/auth/page-guard";
import { previewMarkdown } from "../../articles/actions";
import { saveSitePageAction } from "../actions";

export const metadata: Metadata = { title: "New page" };

export default async function NewSitePagePage() {
  if (!(await staffForPage("/dashboard/pages/new"))) return <AccessDenied />;
  return (
    <div className="admin-page site-pages-page">
      <p>
        <Link href="/dashboard/pages">← All pages</Link>
      </p>
      <h1>New page</h1>
      <SitePageForm action={saveSitePageAction} preview={previewMarkdown} initial={{ published: "on" }} initialHtml="" />
    </div>
  );
}
