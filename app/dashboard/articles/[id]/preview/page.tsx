import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { AuthorBox } from "@/components/article/AuthorBox";
import { CommentList } from "@/components/article/CommentList";
import { HeroImage } from "@/components/article/HeroImage";
import { SourceLink } from "@/components/article/SourceLink";
import { TagList } from "@/components/article/TagList";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { PreviewBar } from "@/components/dashboard/PreviewBar";
import { getArticleForPreview } from "@/db/queries/article-editor";
import { listApprovedComments } from "@/db/queries/comments";
import { staffForPage } from "@/lib/auth/page-guard";
import { siteConfig } from "@/lib/config";
import { readingMinutes } from "@/lib/reading-time";
import { displayStatus } from "@/lib/dashboard/article-list";
import { threadComments } from "@/lib/comments/thread";

export const metadata: Metadata = { title: "Preview", robots: { index: false } };

/** The article as readers will see it, whatever its status; built from the public article components. */
export default async function PreviewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  if (!(await staffForPage(`/dashboard/articles/${rawId}/preview`))) return <AccessDenied />;
  const id = Number(rawId);
  const found = Number.isInteger(id) && id > 0 ? getArticleForPreview(id) : undefined;
  if (!found) notFound();
  const now = new Date();
  const { timeZone } = siteConfig();
  // A draft has no date yet: show the date it would get if published now.
  const article = { ...found, publishedAt: found.publishedAt ?? now };
  const comments = listApprovedComments(article.id);
  return (
    <>
      <PreviewBar editHref={`/dashboard/articles/${article.id}/edit`} status={displayStatus(found, now)} />
      <div className="preview-page">
        <article className="article">
          <ArticleHeader article={article} timeZone={timeZone} readingMinutes={readingMinutes(article.bodyText, article.hero !== null)} countViews={false} />
          {article.hero ? <HeroImage image={article.hero} alt={article.heroAlt} caption={article.heroCaption} /> : null}
          <ArticleBody html={article.bodyHtml} />
          <AuthorBox author={article.author} avatar={article.avatar} />
          <SourceLink url={article.sourceUrl} />
          <TagList tags={article.tags} />
          <CommentList threads={threadComments(comments)} count={comments.length} closed={article.commentsClosed} timeZone={timeZone} />
        </article>
      </div>
    </>
  );
}
