/**
 * When an article last changed for readers. A scheduled article is usually last edited before its publish time, so its
 * updatedAt alone would date the change before anyone could read it: it changed for readers when it went live.
 */
export function lastChanged(article: { publishedAt: Date; updatedAt: Date }): Date {
  return article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
}

/** The latest change among articles (a feed's or a listing's), or undefined when there are none. */
export function latestChange(articles: { publishedAt: Date; updatedAt: Date }[]): Date | undefined {
  return articles.map(lastChanged).reduce<Date | undefined>((latest, at) => (latest && latest >= at ? latest : at), undefined);
}
