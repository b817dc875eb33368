import { latestChange } from "@/lib/last-changed";
import { absolutizeHtml, cdata, escapeXml } from "./xml";
import { articleUrl, type Feed } from "./feed";

/** RSS 2.0 with the content and Atom namespaces (full content and a self link). */
export function renderRss(feed: Feed): string {
  const items = feed.articles.map((a) => {
    const url = articleUrl(feed.siteUrl, a.slug);
    return [
      "<item>",
      `<title>${escapeXml(a.title)}</title>`,
      `<link>${escapeXml(url)}</link>`,
      `<guid isPermaLink="false">${escapeXml(`${feed.siteUrl}/articles/id/${a.id}`)}</guid>`,
      `<pubDate>${a.publishedAt.toUTCString()}</pubDate>`,
      `<dc:creator>${escapeXml(a.authorName)}</dc:creator>`,
      `<category>${escapeXml(a.categoryName)}</category>`,
      ...a.tags.map((t) => `<category>${escapeXml(t)}</category>`),
      `<description>${escapeXml(a.summary)}</description>`,
      `<content:encoded>${cdata(absolutizeHtml(a.bodyHtml, url))}</content:encoded>`,
      "</item>",
    ].join("\n");
  });
  // Optional in RSS: a feed with no items has no content to date.
  const lastBuild = latestChange(feed.articles);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.pageUrl)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    "<language>en</language>",
    ...(lastBuild ? [`<lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>`] : []),
    `<atom:link href="${escapeXml(feed.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "</channel>",
    "</rss>",
  ].join("\n");
}
