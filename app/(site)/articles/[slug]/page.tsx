import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { AuthorBox } from "@/components/article/AuthorBox";
import { CommentList } from "@/components/article/CommentList";
import { CommentForm } from "@/components/comments/CommentForm";
import { HeroImage } from "@/components/article/HeroImage";
import { ListenControl } from "@/components/article/ListenControl";
import { RelatedArticles } from "@/components/article/RelatedArticles";
import { SourceLink } from "@/components/article/SourceLink";
import { TagList } from "@/components/article/TagList";
import { JsonLd } from "@/components/seo/JsonLd";
import { getPublicArticle } from "@/db/queries/article-page";
import { listApprovedComments } from "@/db/queries/comments";
import { listRelated } from "@/db/queries/related";
import { getCommentSettings } from "@/db/queries/settings";
import { commentsOpen } from "@/lib/comments/open";
import { replyableNames, threadComments } from "@/lib/comments/thread";
import { siteConfig } from "@/lib/config";
import { readingMinutes } from "@/lib/reading-time";
import { articleJsonLd, articleMetadata } from "@/lib/seo/article-metadata";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ replyto?: string | string[] }> };

// One read per request, shared by the metadata and the page.
const loadArticle = cache(async (slug: string) => {
  await connection();
  return getPublicArticle(slug, new Date());
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  return article ? articleMetadata(article) : { title: "Page not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  const { timeZone } = siteConfig();
  const comments = listApprovedComments(article.id);
  const threads = threadComments(comments);
  const { replyto } = await searchParams;
  const now = new Date();
  const related = listRelated(article.id, article.categoryId, now, 4);
  const open = commentsOpen(article, getCommentSettings(), now);

  return (
    <>
      <article className="article">
        {articleJsonLd(article).map((data, i) => (
          <JsonLd key={i} data={data} />
        ))}
        <ArticleHeader article={article} timeZone={timeZone} readingMinutes={readingMinutes(article.bodyText, article.hero !== null)} />
        <ListenControl title={article.title} />
        {article.hero ? <HeroImage image={article.hero} alt={article.heroAlt} caption={article.heroCaption} /> : null}
        <ArticleBody html={article.bodyHtml} />
        <AuthorBox author={article.author} avatar={article.avatar} />
        <SourceLink url={article.sourceUrl} />
        <TagList tags={article.tags} />
        <CommentList
          threads={threads}
          count={comments.length}
          closed={!open}
          timeZone={timeZone}
          form={<CommentForm articleId={article.id} articlePath={`/articles/${article.slug}`} closed={!open} replyable={replyableNames(threads)} replyTo={typeof replyto === "string" ? replyto : undefined} />}
        />
      </article>
      <RelatedArticles articles={related} />
      {/* Plain, deferred and same-origin: the counter, the Reply links and the listen control (see public/article.js). */}
      <script src="/article.js" defer />
    </>
  );
}
