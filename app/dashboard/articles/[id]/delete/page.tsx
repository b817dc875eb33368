import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/dashboard/DeleteForm";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { getArticleForEditor } from "@/db/queries/article-editor";
import { staffForPage } from "@/lib/auth/page-guard";
import { deleteArticleAction } from "../../actions";

export const metadata: Metadata = { title: "Delete article" };

export default async function DeleteArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  if (!(await staffForPage(`/dashboard/articles/${rawId}/delete`))) return <AccessDenied />;
  const id = Number(rawId);
  const article = Number.isInteger(id) && id > 0 ? getArticleForEditor(id) : undefined;
  if (!article) notFound();
  return (
    <>
      <h1>Delete “{article.title}”? This cannot be undone.</h1>
      <p>The article, its revisions, tags links, comments and view counts are deleted. Its address will answer “not found”.</p>
      <DeleteForm field={{ name: "id", value: article.id }} keepHref={`/dashboard/articles/${article.id}/edit`} action={deleteArticleAction} />
    </>
  );
}
