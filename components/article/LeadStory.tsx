import type { ArticleSummary } from "@/db/queries/articles";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { formatLongDate } from "@/lib/dates";

export function LeadStory({ article, timeZone }: { article: ArticleSummary; timeZone: string }) {
  return (
    <article className="lead">
      {article.heroImageId && article.heroWidth && article.heroHeight ? (
        <a href={`/articles/${article.slug}`} className="lead__image" tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            id={article.heroImageId}
            width={article.heroWidth}
            height={article.heroHeight}
            alt=""
            sizes="(max-width: 760px) 100vw, 740px"
            priority
          />
        </a>
      ) : null}
      <div className="lead__text">
        <a href={`/category/${article.categorySlug}`} className="kicker">
          {article.categoryName}
        </a>
        <h2 className="lead__title">
          <a href={`/articles/${article.slug}`}>{article.title}</a>
        </h2>
        <p className="lead__excerpt">{article.summary}</p>
        <p className="byline">
          By <a href={`/author/${article.authorSlug}`}>{article.authorName}</a> ·{" "}
          <time dateTime={article.publishedAt.toISOString()}>{formatLongDate(article.publishedAt, timeZone)}</time>
        </p>
      </div>
    </article>
  );
}
