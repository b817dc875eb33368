import type { Metadata } from "next";
import { ArticleForm } from "@/components/dashboard/ArticleForm";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { listCategories } from "@/db/queries/taxonomy";
import { staffForPage } from "@/lib/auth/page-guard";
import { siteConfig } from "@/lib/config";
import { newArticleValues } from "@/lib/dashboard/editor-values";
import { previewMarkdown, saveArticleAction } from "../actions";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const staff = await staffForPage("/dashboard/articles/new");
  if (!staff) return <AccessDenied />;
  return (
    <>
      <h1>New article</h1>
      <ArticleForm
        action={saveArticleAction}
        preview={previewMarkdown}
        initial={newArticleValues()}
        initialHtml=""
        article={null}
        categories={listCategories().map((c) => ({ id: c.id, name: c.name }))}
        timeZone={siteConfig().timeZone}
        staffId={staff.id}
      />
    </>
  );
}
