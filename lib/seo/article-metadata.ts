import "server-only";
import type { Metadata } from "next";
import type { PublicArticle } from "@/db/queries/article-page";
import { siteConfig } from "@/lib/config";
import { feedAlternates } from "@/lib/feeds/alternates";
import { singleImage } from "@/lib/images";
import { lastChanged } from "@/lib/last-changed";
import { breadcrumbList, newsArticle } from "./json-ld";

/**
 * The picture that represents an article elsewhere: its hero at 1280 px, else one generated from its headline. A hero
 * narrower than 1280 px is stored only at smaller widths, and the declared size must be that of the file served.
 */
function shareImage(article: PublicArticle) {
  if (!article.hero) return { url: `/og/${article.slug}`, width: 1200, height: 630, alt: article.title };
  const { path, width, height } = singleImage(article.hero);
  return { url: path, width, height, alt: article.heroAlt };
}

export function articleMetadata(article: PublicArticle): Metadata {
  const path = `/articles/${article.slug}`;
  const image = shareImage(article);
  return {
    title: article.title,
    description: article.summary,
    // A syndicated piece names its original as the canonical copy.
    alternates: { canonical: article.sourceUrl ?? path, types: feedAlternates() },
    openGraph: {
      type: "article",
      url: path,
      title: article.title,
      description: article.summary,
      siteName: siteConfig().name,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: lastChanged(article).toISOString(),
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
      // Open Graph wants a full URL here, and Next resolves only url and images against metadataBase.
      authors: [`${siteConfig().url}/author/${article.author.slug}`],
      images: [image],
    },
    twitter: { card: "summary_large_image", title: article.title, description: article.summary, images: [image.url] },
  };
}

export function articleJsonLd(article: PublicArticle): object[] {
  const site = siteConfig();
  const path = `/articles/${article.slug}`;
  return [
    newsArticle({
      siteUrl: site.url,
      siteName: site.name,
      url: `${site.url}${path}`,
      headline: article.title,
      description: article.summary,
      imageUrl: `${site.url}${shareImage(article).url}`,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      section: article.category.name,
      keywords: article.tags.map((t) => t.name),
      author: { name: article.author.name, path: `/author/${article.author.slug}` },
    }),
    breadcrumbList(site.url, [
      { name: "Home", path: "/" },
      { name: article.category.name, path: `/category/${article.category.slug}` },
      { name: article.title, path },
    ]),
  ];
}
