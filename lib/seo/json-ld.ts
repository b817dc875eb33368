/** Structured data for search engines: schema.org NewsArticle and BreadcrumbList, built in one place. */

import { lastChanged } from "@/lib/last-changed";
import { shortenAtWord } from "@/lib/text";

export type Crumb = { name: string; path: string };

export function breadcrumbList(siteUrl: string, crumbs: Crumb[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: `${siteUrl}${c.path}` })),
  };
}

type NewsArticleInput = {
  siteUrl: string;
  siteName: string;
  url: string;
  headline: string;
  description: string;
  imageUrl: string;
  publishedAt: Date;
  updatedAt: Date;
  section: string;
  keywords: string[];
  author: { name: string; path: string };
};

export function newsArticle(a: NewsArticleInput) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": a.url },
    // Google asks for headlines of at most 110 characters.
    headline: shortenAtWord(a.headline, 110),
    description: a.description,
    image: [a.imageUrl],
    datePublished: a.publishedAt.toISOString(),
    dateModified: lastChanged(a).toISOString(),
    articleSection: a.section,
    keywords: a.keywords,
    author: [{ "@type": "Person", name: a.author.name, url: `${a.siteUrl}${a.author.path}` }],
    publisher: { "@type": "Organization", name: a.siteName, url: a.siteUrl, logo: { "@type": "ImageObject", url: `${a.siteUrl}/logo.png` } },
  };
}
