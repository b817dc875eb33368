import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleBody } from "@/components/article/ArticleBody";
import { JsonLd } from "@/components/seo/JsonLd";
import { getSitePage } from "@/db/queries/site-pages";
import { htmlToText } from "@/lib/markdown";
import { archiveBreadcrumbs, sitePageMetadata } from "@/lib/seo/page-metadata";
import { shortenAtWord } from "@/lib/text";

// The site's own pages (About, a corrections policy…), at the root as in WordPress: every other address the app
// answers at its first level is a folder of app/, which Next matches before this one.
type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const page = getSitePage((await params).page);
  if (!page) return { title: "Page not found" };
  return sitePageMetadata({ title: page.title, description: page.description || shortenAtWord(htmlToText(page.bodyHtml), 160), path: `/${page.slug}` });
}

export default async function SitePage({ params }: Props) {
  await connection();
  const page = getSitePage((await params).page);
  if (!page) notFound();
  return (
    <article className="article">
      <JsonLd data={archiveBreadcrumbs(page.title, `/${page.slug}`)} />
      <h1 className="article-title">{page.title}</h1>
      <ArticleBody html={page.bodyHtml} />
    </article>
  );
}
