import type { PublicArticle } from "@/db/queries/article-page";
import { formatLongDate } from "@/lib/dates";
import { pluralize } from "@/lib/text";

// An edit within this long after publishing is a correction of the launch, not an update worth announcing.
const updateThresholdMs = 60 * 1000;

type Props = { article: PublicArticle; timeZone: string; readingMinutes: number; countViews?: boolean };

/** `countViews={false}` for the staff preview: it shows the count but must never add to it. */
export function ArticleHeader({ article, timeZone, readingMinutes, countViews = true }: Props) {
  const updated = article.updatedAt.getTime() - article.publishedAt.getTime() > updateThresholdMs;
  return (
    <header className="article-header">
      <a href={`/category/${article.category.slug}`} className="kicker">
        {article.category.name}
      </a>
      <p className="article-meta">
        <span>
          Published on <time dateTime={article.publishedAt.toISOString()}>{formatLongDate(article.publishedAt, timeZone)}</time>
        </span>
        {updated ? (
          <span>
            Updated on <time dateTime={article.updatedAt.toISOString()}>{formatLongDate(article.updatedAt, timeZone)}</time>
          </span>
        ) : null}
        {/* public/article.js counts the view and puts the live count here; the staff preview only shows it. */}
        <span className="article-meta__views" data-view-count={countViews ? "" : undefined} data-article-id={countViews ? article.id : undefined} suppressHydrationWarning>
          {pluralize(article.views, "View")}
        </span>
        <a href="#comments">{pluralize(article.commentCount, "Comment")}</a>
        <span>{readingMinutes} min read</span>
      </p>
      <h1 className="article-title">{article.title}</h1>
      {countViews ? (
        <noscript>
        {/* Readers without JavaScript are counted by this image instead of the script. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={`/api/views/${article.id}/pixel`} alt="" width={1} height={1} className="view-pixel" />
        </noscript>
      ) : null}
    </header>
  );
}
