import type { FeedArticle } from "@/db/queries/feed";
import { singleImage } from "@/lib/images";
import { absolutizeHtml, escapeXml } from "./xml";

/** The hero picture's one file for feeds, at its stored size: the one an enclosure names and the content shows. */
export function feedImage(siteUrl: string, hero: NonNullable<FeedArticle["hero"]>) {
  const { path, width, height } = singleImage(hero);
  return { url: `${siteUrl}${path}`, width, height, type: "image/webp" };
}

/**
 * An entry's full content, as the article page shows it: the hero picture with its caption, the body (its links
 * made absolute), and for a syndicated piece the credit and link to where it first appeared, which a feed reader
 * would otherwise present as ours.
 */
export function feedContent(article: FeedArticle, siteUrl: string, url: string): string {
  const parts: string[] = [];
  if (article.hero) {
    const image = feedImage(siteUrl, article.hero);
    const caption = article.hero.caption ? `<figcaption>${escapeXml(article.hero.caption)}</figcaption>` : "";
    // The markup an article body may hold (no width or height: feed readers lay pictures out themselves).
    parts.push(`<figure><img src="${escapeXml(image.url)}" alt="${escapeXml(article.hero.alt)}">${caption}</figure>`);
  }
  parts.push(absolutizeHtml(article.bodyHtml, url));
  if (article.sourceUrl) parts.push(`<p>Source link: <a href="${escapeXml(article.sourceUrl)}">${escapeXml(article.sourceUrl)}</a></p>`);
  return parts.join("\n");
}
