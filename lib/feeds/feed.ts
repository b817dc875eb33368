import type { FeedArticle } from "@/db/queries/feed";

/** What both feed formats describe: a channel and its newest articles. */
export type Feed = {
  title: string;
  description: string;
  siteUrl: string;
  // The page the feed belongs to, and the feed's own addresses.
  pageUrl: string;
  rssUrl: string;
  atomUrl: string;
  // When this copy was made: the Atom <updated> of a feed with no articles to date it by.
  madeAt: Date;
  articles: FeedArticle[];
};

export function articleUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}/articles/${slug}`;
}
