import { lastChanged, latestChange } from "@/lib/last-changed";
import { feedContent, feedImage } from "./content";
import { escapeXml } from "./xml";

const enclosure = ({ url, type }: ReturnType<typeof feedImage>) => `<link rel="enclosure" type="${type}" href="${escapeXml(url)}"/>`;
import { articleUrl, type Feed } from "./feed";

/** Atom 1.0 (RFC 4287). */
export function renderAtom(feed: Feed): string {
  // Atom requires <updated> even without entries. Categories and tags have no timestamps, and an author's creation
  // time is older than the withdrawal of an article that emptied their feed: the time this copy was made is never
  // earlier than the feed's last change.
  const latest = latestChange(feed.articles) ?? feed.madeAt;
  const entries = feed.articles.map((a) => {
    const url = articleUrl(feed.siteUrl, a.slug);
    return [
      "<entry>",
      `<id>${escapeXml(`${feed.siteUrl}/articles/id/${a.id}`)}</id>`,
      `<title type="text">${escapeXml(a.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `<published>${a.publishedAt.toISOString()}</published>`,
      `<updated>${lastChanged(a).toISOString()}</updated>`,
      `<author><name>${escapeXml(a.authorName)}</name>${a.authorEmail ? `<email>${escapeXml(a.authorEmail)}</email>` : ""}</author>`,
      `<category term="${escapeXml(a.categoryName)}"/>`,
      ...a.tags.map((t) => `<category term="${escapeXml(t)}"/>`),
      `<summary type="text">${escapeXml(a.summary)}</summary>`,
      ...(a.hero ? [enclosure(feedImage(feed.siteUrl, a.hero))] : []),
      // "via": where the entry's content came from (RFC 4287, 4.2.7.2).
      ...(a.sourceUrl ? [`<link rel="via" href="${escapeXml(a.sourceUrl)}"/>`] : []),
      `<content type="html">${escapeXml(feedContent(a, feed.siteUrl, url))}</content>`,
      "</entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `<id>${escapeXml(feed.atomUrl)}</id>`,
    `<title type="text">${escapeXml(feed.title)}</title>`,
    `<subtitle type="text">${escapeXml(feed.description)}</subtitle>`,
    `<updated>${latest.toISOString()}</updated>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.atomUrl)}"/>`,
    `<author><name>${escapeXml(feed.title)}</name></author>`,
    ...entries,
    "</feed>",
  ].join("\n");
}
