import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleForm } from "@/components/dashboard/ArticleForm";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { CommentsToggle } from "@/components/dashboard/CommentsToggle";
import { RevisionList } from "@/components/dashboard/RevisionList";
import { ViewsChart } from "@/components/dashboard/ViewsChart";
import { dailyViewsSince, getArticleForEditor, getRevision, listRevisions } from "@/db/queries/article-editor";
import { listCategories } from "@/db/queries/taxonomy";
import { staffForPage } from "@/lib/auth/page-guard";
import { siteConfig } from "@/lib/config";
import { displayStatus } from "@/lib/dashboard/article-list";
import { editorValues, savedNotice, storedFields } from "@/lib/dashboard/editor-values";
import { dayKey, formatDateTime, shiftDay } from "@/lib/dates";
import { renderMarkdown } from "@/lib/markdown";
import { parseRevisionFields } from "@/lib/validation/article";
import { dailySeries } from "@/lib/views/daily-series";
import { previewMarkdown, saveArticleAction } from "../../actions";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; restore?: string }> };

const chartDays = 30;

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const { saved, restore } = await searchParams;
  const staff = await staffForPage(`/dashboard/articles/${rawId}/edit`);
  if (!staff) return <AccessDenied />;
  const id = Number(rawId);
  const article = Number.isInteger(id) && id > 0 ? getArticleForEditor(id) : undefined;
  if (!article) notFound();

  const { timeZone } = siteConfig();
  const now = new Date();
  const revision = restore ? getRevision(article.id, Number(restore)) : undefined;
  const restored = revision ? parseRevisionFields(revision.fields) : undefined;
  const fields = restored ?? storedFields(article);
  const saveNotice = savedNotice(saved, article.publishedAt, timeZone);
  let notice: { kind: "success" | "info"; text: string } | undefined = saveNotice ? { kind: "success", text: saveNotice } : undefined;
  if (restore) {
    notice = restored
      ? { kind: "info", text: `Loaded the revision of ${formatDateTime(revision!.savedAt, timeZone)} — not saved yet. Save to keep it.` }
      : { kind: "info", text: "That revision could not be loaded; the form shows the current version." };
  }
  const today = dayKey(now, timeZone);
  const series = dailySeries(dailyViewsSince(article.id, shiftDay(today, chartDays - 1)), today, chartDays);

  return (
    <>
      <div className="page-heading">
        <h1>Edit “{article.title}”</h1>
        {staff.role === "admin" ? <CommentsToggle articleId={article.id} commentsClosed={article.commentsClosed} articleTitle={article.title} /> : null}
      </div>
      <ArticleForm
        // A restore or a save starts the form afresh from the server's values.
        key={`${article.revision}-${revision?.id ?? "current"}`}
        action={saveArticleAction}
        preview={previewMarkdown}
        initial={editorValues(article, timeZone, fields)}
        initialHtml={renderMarkdown(fields.bodyMarkdown)}
        article={{ id: article.id, status: displayStatus(article, now), slug: article.slug }}
        categories={listCategories().map((c) => ({ id: c.id, name: c.name }))}
        notice={notice}
        timeZone={timeZone}
        startsUnsaved={restored !== undefined}
        staffId={staff.id}
      />
      <div className="editor-extras">
        <ViewsChart series={series} />
        <RevisionList articleId={article.id} revisions={listRevisions(article.id)} current={article.revision} timeZone={timeZone} />
      </div>
    </>
  );
}
