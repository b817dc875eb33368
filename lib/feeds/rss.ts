import { latestChange } from "@/lib/last-changed";
import { feedContent, feedImage } from "./content";
import { cdata, escapeXml } from "./xml";
import { articleUrl, type Feed } from "./feed";

// Media RSS names the picture without the byte length that RSS's own <enclosure> requires.
const mediaContent = ({ url, width, height, type }: ReturnType<typeof feedImage>) => `<media:content url="${escapeXml(url)}" medium="image" type="${type}" width="${width}" height="${height}"/>`;

/** RSS 2.0 with the content, Dublin Core, Atom and Media RSS namespaces (full content, a self link, the picture). */
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
      `<content:encoded>${cdata(feedContent(a, feed.siteUrl, url))}</content:encoded>`,
      ...(a.hero ? [mediaContent(feedImage(feed.siteUrl, a.hero))] : []),
      "</item>",
    ].join("\n");
  });
  // Optional in RSS: a feed with no items has no content to date.
  const lastBuild = latestChange(feed.articles);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
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
